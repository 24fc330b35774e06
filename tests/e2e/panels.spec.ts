// The panels around the map, as a reader uses them: layers, the feature list, details, the article, languages,
// the phone layout, the keyboard, and an accessibility scan of the main states.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chunkRequests,
  holdAtlasIndex,
  openAtlas,
  waitForFirstIdle,
  waitForMapIdle,
  watchPage,
} from './support/atlas';
import { atlas as shippedAtlas } from './support/data';

const atlas = shippedAtlas();
const featureNamed = (name: string) => {
  const feature = atlas.features.find((candidate) => candidate.properties.name.en === name);
  if (!feature) throw new Error(`no feature named ${name} in the atlas`);
  return feature;
};

/** A paragraph's number as a reader counts it (headings not counted). */
const paragraphNumber = (passageId: string) =>
  (atlas.articles[0]?.passages ?? [])
    .filter((passage) => passage.kind === 'paragraph')
    .findIndex((passage) => passage.id === passageId) + 1;

const ASTARA_BAKU = 'Evacuation by road: Astara crossing – Lankaran – Baku';
const SANGACHAL = 'Sangachal terminal';

/** The layout visibility of every style layer of an overlay, read from the map itself. */
async function overlayVisibility(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layerArg) => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('window.riskAtlas.map is missing');
    return map
      .getStyle()
      .layers.filter((styleLayer) => {
        const metadata = styleLayer.metadata as Record<string, unknown> | undefined;
        return metadata?.['risk-atlas:layer'] === layerArg;
      })
      .map((styleLayer) => String(map.getLayoutProperty(styleLayer.id, 'visibility') ?? 'visible'));
  }, layer);
}

/** Records whether the map starts moving from now on. */
async function watchCamera(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('window.riskAtlas.map is missing');
    (window as unknown as { cameraMoved: boolean }).cameraMoved = false;
    map.once('movestart', () => {
      (window as unknown as { cameraMoved: boolean }).cameraMoved = true;
    });
  });
  return () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve((window as unknown as { cameraMoved: boolean }).cameraMoved)),
          ),
        ),
    );
}

const layersPanel = (page: Page) => page.getByRole('region', { name: 'Layers' });
const featureList = (page: Page) => page.getByRole('navigation', { name: 'All features by layer' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
/** The list's feature rows (the search's own button aside). */
const rowsOf = (list: Locator) => list.getByRole('list').getByRole('button');
const article = (page: Page) => page.getByRole('region', { name: 'Article' });

/** Every violation axe finds, minor ones too: a skip link to nowhere is "moderate" and cost Lighthouse's 100. */
async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `accessibility violations (${state})`).toEqual([]);
}

/** Panels scroll inside themselves: the page as a whole never scrolls the header or the map away. */
async function expectPageInPlace(page: Page) {
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
}

/** The control is on screen and is what a tap at its centre would reach (nothing covers it). */
async function expectReachable(control: Locator) {
  await expect(control).toBeInViewport();
  const reachable = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(reachable, 'nothing covers the control').toBe(true);
}

test.describe('the layer panel', () => {
  test('hides and shows a layer on the map with its checkbox', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(page);
    const evacuation = layersPanel(page).getByRole('checkbox', { name: /Evacuation routes/ });
    await expect(evacuation).toBeChecked();

    await evacuation.uncheck();
    await expect
      .poll(() =>
        page.evaluate(() => window.riskAtlas?.map.getLayoutProperty('evacuation-line', 'visibility')),
      )
      .toBe('none');
    expect(new Set(await overlayVisibility(page, 'evacuation'))).toEqual(new Set(['none']));
    expect(new Set(await overlayVisibility(page, 'aid'))).toEqual(new Set(['visible']));

    await evacuation.check();
    await expect.poll(() => overlayVisibility(page, 'evacuation')).not.toContain('none');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('hides all layers and shows them all again', async ({ page }) => {
    await openAtlas(page);
    await layersPanel(page).getByRole('button', { name: 'Hide all' }).click();
    for (const layer of ['evacuation', 'aid', 'risk', 'infrastructure', 'sites']) {
      await expect
        .poll(() => overlayVisibility(page, layer))
        .toEqual(expect.not.arrayContaining(['visible']));
    }
    for (const checkbox of await layersPanel(page).getByRole('checkbox').all())
      await expect(checkbox).not.toBeChecked();

    await layersPanel(page).getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => overlayVisibility(page, 'risk')).toEqual(expect.not.arrayContaining(['none']));
    for (const checkbox of await layersPanel(page).getByRole('checkbox').all())
      await expect(checkbox).toBeChecked();
  });

  test('shows each layer with its feature count and filters risk zones by severity', async ({ page }) => {
    await openAtlas(page);
    const riskCount = atlas.features.filter((feature) => feature.properties.layer === 'risk').length;
    const severeCount = atlas.features.filter((feature) => (feature.properties.severity ?? 0) >= 4).length;
    const risk = layersPanel(page).getByRole('checkbox', { name: /Risk zones/ });
    await expect(risk).toHaveAccessibleName(`Risk zones ${riskCount} on the map`);

    await layersPanel(page)
      .getByRole('combobox', { name: 'Risk zones shown' })
      .selectOption({ label: 'Severity 4 and above' });
    await expect(risk).toHaveAccessibleName(`Risk zones ${severeCount} on the map`);
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(window.riskAtlas?.map.getFilter('risk-fill'))))
      .toContain('4');
  });
});

test.describe('choosing a feature', () => {
  test('opens the details of a feature chosen in the list, with its quote marked', async ({ page }) => {
    await openAtlas(page);
    await featureList(page).getByRole('button', { name: ASTARA_BAKU }).click();

    await expect(details(page).getByRole('heading', { name: ASTARA_BAKU })).toBeVisible();
    await expect(featureList(page).getByRole('button', { name: ASTARA_BAKU })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(details(page).getByText('Inferred from the text')).toBeVisible();
    await expect(
      details(page).getByText(/Approximate: the drawn position may be up to 15 km off/),
    ).toBeVisible();
    await expect(
      details(page)
        .getByText(/^\d[\d,.]* km$/)
        .first(),
    ).toBeVisible();
    const quote = featureNamed(ASTARA_BAKU).properties.sources[0]?.quote ?? '';
    await expect(details(page).locator('mark', { hasText: quote })).toBeVisible();
  });

  test('finds features by name in either language, and Enter shows the first', async ({ page }) => {
    await openAtlas(page);
    const list = featureList(page);
    const search = list.getByRole('searchbox', { name: 'Find by name' });
    const everyFeature = atlas.features.length;
    await expect(rowsOf(list)).toHaveCount(everyFeature);
    // A Russian name found from the English interface, whatever the case.
    await search.fill('АКТАУ');
    await expect(list.getByRole('status')).toHaveText('Found: 1 (Enter shows the first)');
    await expect(rowsOf(list)).toHaveCount(1);
    await expect(list.getByRole('button', { name: 'Aktau seaport' })).toBeVisible();
    // Only the layers with a match are listed.
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(['Sites']);
    await search.press('Enter');
    await expect(details(page).getByRole('heading', { name: 'Aktau seaport' })).toBeVisible();
    // Every name with "baku" in it, in English.
    const bakuNames = atlas.features.filter((f) => /baku/i.test(f.properties.name.en)).length;
    expect(bakuNames).toBeGreaterThan(2);
    await search.fill('baku');
    await expect(rowsOf(list)).toHaveCount(bakuNames);
    await search.fill('no such place');
    await expect(list.getByRole('status')).toHaveText(
      'No feature’s name contains “no such place” in the dates shown.',
    );
    await expect(rowsOf(list)).toHaveCount(0);
    await search.fill('');
    await expect(rowsOf(list)).toHaveCount(everyFeature);
  });

  test('shows every feature found on the map at once, turning on a hidden layer they are in', async ({
    page,
  }) => {
    await openAtlas(page, '#map=9/40.4/49.9&layers=risk,infrastructure&lang=en');
    const search = featureList(page).getByRole('searchbox', { name: 'Find by name' });
    await search.fill('air base');
    const airBases = atlas.features.filter((f) => /air base/i.test(f.properties.name.en));
    expect(airBases.length).toBeGreaterThan(2);
    await expect(featureList(page).getByRole('status')).toHaveText(
      `Found: ${airBases.length} (Enter shows the first)`,
    );
    await featureList(page).getByRole('button', { name: 'Show them all on the map' }).click();
    await expect(layersPanel(page).getByRole('checkbox', { name: /Sites/ })).toBeChecked();
    await expect(page).toHaveURL(/layers=risk,infrastructure,sites|[#&]layers=[^&]*sites/);
    const points = airBases.map((f) => {
      if (f.geometry.type !== 'Point') throw new Error(`${f.properties.name.en} is not a point`);
      return f.geometry.coordinates;
    });
    const allInView = () =>
      page.evaluate((lngLats) => {
        const map = window.riskAtlas?.map;
        if (!map || map.isMoving()) return false;
        const { clientWidth, clientHeight } = map.getContainer();
        return lngLats.every(([lng, lat]) => {
          const { x, y } = map.project([lng, lat]);
          return x >= 0 && y >= 0 && x <= clientWidth && y <= clientHeight;
        });
      }, points);
    await expect.poll(allInView).toBe(true);
    // Nothing is chosen: the list stays as the search left it.
    await expect(details(page)).toHaveCount(0);
    await expect(search).toHaveValue('air base');
  });

  test('marks what the search finds on the map, as a passage marks what cites it, and unmarks it when cleared', async ({
    page,
  }) => {
    await openAtlas(page, '#lang=en');
    const airBases = atlas.features.filter((f) => /air base/i.test(f.properties.name.en));
    const others = atlas.features.filter((f) => f.properties.layer === 'sites' && !airBases.includes(f));
    const marked = (ids: string[]) =>
      page.evaluate(
        (wanted) =>
          wanted.filter(
            (id) =>
              window.riskAtlas?.map.getFeatureState({ source: 'overlays', sourceLayer: 'sites', id })[
                'highlighted'
              ] === true,
          ).length,
        ids,
      );
    const ids = (features: typeof airBases) => features.map((f) => f.properties.id);
    const search = featureList(page).getByRole('searchbox', { name: 'Find by name' });
    await search.fill('air base');
    await expect.poll(() => marked(ids(airBases))).toBe(airBases.length);
    expect(await marked(ids(others))).toBe(0);
    await search.fill('');
    await expect.poll(() => marked(ids(airBases))).toBe(0);
  });

  test('keeps the name search in the link: a reload and a link opened open the same narrowed list', async ({
    page,
  }) => {
    await openAtlas(page, '#lang=en');
    const list = featureList(page);
    const search = list.getByRole('searchbox', { name: 'Find by name' });
    const entries = await page.evaluate(() => window.history.length);
    await search.pressSequentially('air base');
    await expect(page).toHaveURL(/[#&]q=air%20base(&|$)/);
    const airBases = atlas.features.filter((f) => /air base/i.test(f.properties.name.en)).length;
    expect(airBases).toBeGreaterThan(0);
    await expect(rowsOf(list)).toHaveCount(airBases);
    // Each letter replaced the entry rather than adding one for Back to step through.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);

    await page.reload();
    await waitForFirstIdle(page);
    await expect(search).toHaveValue('air base');
    await expect(rowsOf(list)).toHaveCount(airBases);

    // A link written by hand, with + for a space, in Russian.
    await page.goto('/#q=+%D0%B0%D0%BA%D1%82%D0%B0%D1%83+&lang=ru');
    const russianList = page.getByRole('navigation', { name: 'Все объекты по слоям' });
    await expect(russianList.getByRole('searchbox')).toHaveValue('актау');
    await expect(rowsOf(russianList)).toHaveCount(1);

    // Clearing the field takes the search out of the link.
    await russianList.getByRole('searchbox').fill('');
    await expect(page).not.toHaveURL(/q=/);
    await expect(rowsOf(russianList)).toHaveCount(atlas.features.length);
  });

  test('shows the quoted passage in the article', async ({ page }) => {
    await openAtlas(page);
    await featureList(page).getByRole('button', { name: ASTARA_BAKU }).click();
    const source = featureNamed(ASTARA_BAKU).properties.sources[0];
    const showInArticle = details(page)
      .getByRole('button', { name: /^Show in article/ })
      .first();
    await showInArticle.click();
    const passage = article(page).locator(`[aria-current="true"]`);
    await expect(passage).toHaveCount(1);
    await expect(passage).toContainText(source?.quote ?? '');
    await expect(passage).toBeInViewport();
    await expect(passage).toBeFocused();
    await expectPageInPlace(page);
  });

  test('selects a feature from a chip in the article and fits the map to it', async ({ page }) => {
    await openAtlas(page);
    const [lng, lat] = featureNamed(SANGACHAL).geometry.coordinates as [number, number];
    const chip = article(page).getByRole('button', { name: SANGACHAL, exact: true });
    await chip.click();
    await expect(details(page).getByRole('heading', { name: SANGACHAL })).toBeVisible();
    await waitForMapIdle(page);
    await expect
      .poll(() =>
        page.evaluate(([x, y]) => window.riskAtlas?.map.getBounds().contains([x, y]), [lng, lat] as const),
      )
      .toBe(true);
    await expect.poll(() => page.evaluate(() => window.riskAtlas?.map.getZoom() ?? 0)).toBeGreaterThan(6);
  });

  test('starts the details of the next feature at their top, wherever the last ones were scrolled to', async ({
    page,
  }) => {
    await openAtlas(page);
    await featureList(page).getByRole('button', { name: ASTARA_BAKU }).click();
    await expect(details(page).getByRole('heading', { name: ASTARA_BAKU })).toBeVisible();
    const box = page.locator('.context-scroll');
    const scrollTop = () => box.evaluate((element) => element.scrollTop);
    await box.hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(scrollTop).toBeGreaterThan(100);
    await expect(details(page).getByRole('heading', { name: ASTARA_BAKU })).not.toBeInViewport();

    await featureList(page).getByRole('button', { name: SANGACHAL }).click();
    await expect(details(page).getByRole('heading', { name: SANGACHAL })).toBeInViewport();
    expect(await scrollTop()).toBe(0);
    await expectPageInPlace(page);
  });

  test("reads a zone's exposed pipelines with each length beside its name", async ({ page }) => {
    await openAtlas(page, '#sel=risk-cpc-terminal-drones');
    const rows = details(page).locator('.exposed-lengths li');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      const [name, length] = await Promise.all([
        row.getByRole('button').boundingBox(),
        row.locator('.exposed-length').boundingBox(),
      ]);
      if (!name || !length) throw new Error('a pipeline without its name or length');
      await expect(row.locator('.exposed-length')).toHaveText(/^[\d.,]+ km$/);
      // Beside the name, not on a line of its own under it.
      expect(length.x).toBeGreaterThan(name.x + name.width - 1);
      expect(length.y + length.height / 2).toBeLessThan(name.y + name.height);
    }
  });

  test('closes the details with their close button', async ({ page }) => {
    await openAtlas(page);
    const listButton = featureList(page).getByRole('button', { name: SANGACHAL });
    await listButton.click();
    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(details(page)).toHaveCount(0);
    await expect(listButton).not.toHaveAttribute('aria-current', 'true');
  });
});

test.describe('the article', () => {
  test('shows the whole text in Russian with its headings, outlet and date', async ({ page }) => {
    await openAtlas(page);
    const source = atlas.articles[0];
    if (!source) throw new Error('the atlas has no article');
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(source.title.ru);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ru');
    const headings = source.passages.filter((passage) => passage.kind === 'heading');
    await expect(article(page).getByRole('heading', { level: 3 })).toHaveText([
      ...headings.map((heading) => heading.text),
      /not mapped/,
    ]);
    await expect(article(page).getByText('Vestnik Kavkaza, March 6, 2026')).toBeVisible();
    const last = source.passages[source.passages.length - 1];
    await expect(article(page).getByText(last?.text ?? '')).toHaveAttribute('lang', 'ru');
  });

  test('marks the chosen passage as the current one', async ({ page }) => {
    await openAtlas(page);
    await article(page)
      .getByRole('button', { name: new RegExp(`^Show on map.*paragraph ${paragraphNumber('p12')}$`) })
      .click();
    const current = article(page).locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Иран продолжает удары');
    await article(page)
      .getByRole('button', { name: new RegExp(`^Show on map.*paragraph ${paragraphNumber('p1')}$`) })
      .click();
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Сегодня состоялся телефонный разговор');
  });

  test('lists the risks named without a place, and their chips do not move the map', async ({ page }) => {
    await openAtlas(page);
    const notMapped = article(page).getByRole('region', { name: /not mapped/ });
    for (const risk of atlas.notMapped) {
      await expect(notMapped.getByText(risk.name.en)).toBeVisible();
      await expect(notMapped.getByText(risk.rationale.en)).toBeVisible();
    }
    const [first] = atlas.notMapped;
    if (!first) throw new Error('the atlas has no risk without a place');
    const moved = await watchCamera(page);
    await article(page)
      .getByRole('button', { name: `${first.name.en} (not on the map)` })
      .first()
      .click();
    await expect(details(page).getByRole('heading', { name: first.name.en })).toBeVisible();
    expect(await moved()).toBe(false);
  });
});

test.describe('languages', () => {
  test('switches the interface to Russian and keeps the article in Russian', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(
      page.getByRole('region', { name: 'Слои' }).getByRole('heading', { name: 'Слои' }),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /Маршруты эвакуации/ })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Скрыть все' })).toBeVisible();
    const russianArticle = page.getByRole('region', { name: 'Статья' });
    await expect(russianArticle.getByText('Москва благодарна Баку за помощь')).toBeVisible();
    await expect(
      russianArticle.getByRole('button', { name: 'Сангачальский терминал', exact: true }),
    ).toBeVisible();

    await page.getByRole('navigation', { name: 'Все объекты по слоям' }).getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Подробности' }).getByText('Основание')).toBeVisible();

    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(layersPanel(page)).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('says the data is loading inside the sheet, not over the map', async ({ page }) => {
    const release = await holdAtlasIndex(page);
    await openAtlas(page);
    const loading = page.getByText('Loading the atlas data…');
    await expect(loading).toBeHidden();
    await expectReachable(page.locator('.maplibregl-ctrl-scale'));
    await page.getByRole('button', { name: 'Show panels' }).tap();
    await expect(loading).toBeVisible();
    release();
    await expect(loading).toBeHidden();
    await expect(layersPanel(page).getByRole('checkbox', { name: /Evacuation routes/ })).toBeVisible();
  });

  test('a search by name put in with the phone’s keyboard opens the details and lets the keyboard go', async ({
    page,
  }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Show panels' }).tap();
    const search = featureList(page).getByRole('searchbox', { name: 'Find by name' });
    await search.tap();
    await search.fill('актау');
    await expect(featureList(page).getByRole('status')).toHaveText('Found: 1 (Enter shows the first)');
    await search.press('Enter');
    await expect(details(page).getByRole('heading', { name: 'Aktau seaport' })).toBeVisible();
    // The field no longer has the focus, so the on-screen keyboard goes down over the details.
    await expect(search).not.toBeFocused();
  });

  test('shows the panels in a bottom sheet that never hides the map controls', async ({ page }) => {
    await openAtlas(page);
    const handle = page.getByRole('button', { name: 'Show panels' });
    await expect(handle).toBeVisible();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    const controls = [
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Zoom out' }),
      page.locator('.maplibregl-ctrl-attrib-button'),
      page.locator('.maplibregl-ctrl-scale'),
    ];
    for (const control of controls) await expectReachable(control);

    await handle.tap();
    await expect(page.getByRole('button', { name: 'Hide panels' })).toHaveAttribute('aria-expanded', 'true');
    await expect(layersPanel(page)).toBeVisible();
    for (const control of controls) await expectReachable(control);

    // The list is below the layers: the sheet scrolls down to it, and back up to the details' start.
    await featureList(page).getByRole('button', { name: SANGACHAL }).tap();
    await expect(details(page).getByRole('heading', { name: SANGACHAL })).toBeInViewport();
    for (const control of controls) await expectReachable(control);
    await details(page)
      .getByRole('button', { name: /^Show in article/ })
      .first()
      .tap();
    await expect(article(page).locator('[aria-current="true"]')).toBeInViewport();
    await expectPageInPlace(page);
    for (const control of controls) await expectReachable(control);

    await page.getByRole('button', { name: 'Hide panels' }).tap();
    await expect(details(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show panels' })).toContainText(SANGACHAL);
  });

  /** Whether the map, shrunk by the open sheet and at rest, shows every corner of the box. */
  const mapShows = (page: Page, box: readonly [number, number, number, number]) =>
    page.evaluate(([west, south, east, north]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      const { clientWidth, clientHeight } = map.getContainer();
      const inside = (lng: number, lat: number) => {
        const { x, y } = map.project([lng, lat]);
        return x >= 0 && y >= 0 && x <= clientWidth && y <= clientHeight;
      };
      return clientHeight < 500 && !map.isMoving() && inside(west, south) && inside(east, north);
    }, box);

  test('a linked feature is in view above the sheet its details open in', async ({ page }) => {
    const route = featureNamed('Evacuation by road: Tehran – Qazvin – Rasht – Astara crossing');
    await openAtlas(page, `#sel=${route.properties.id}`);
    await expect(page.getByRole('button', { name: 'Hide panels' })).toBeVisible();
    if (route.geometry.type !== 'LineString') throw new Error('the route is not a line');
    const lngs = route.geometry.coordinates.map(([lng]) => lng);
    const lats = route.geometry.coordinates.map(([, lat]) => lat);
    const box = [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)] as const;
    await expect.poll(() => mapShows(page, box)).toBe(true);
  });

  test('a feature tapped near the map’s foot stays in view when the sheet opens', async ({ page }) => {
    const port = featureNamed('Aktau seaport');
    if (port.geometry.type !== 'Point') throw new Error('Aktau seaport is not a point');
    const [lng, lat] = port.geometry.coordinates;
    await openAtlas(page, `#map=7/${lat}/${lng}`);
    // The port about 60 px above the map's foot: the half the sheet takes.
    await page.evaluate(() => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      map.panBy([0, 60 - map.getContainer().clientHeight / 2], { duration: 0 });
    });
    await waitForMapIdle(page);
    const at = await page.evaluate(([lng, lat]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      const { x, y } = map.project([lng, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, port.geometry.coordinates);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.getByRole('button', { name: 'Hide panels' })).toBeVisible();
    await expect.poll(() => mapShows(page, [lng, lat, lng, lat])).toBe(true);
  });

  test('has no accessibility violations with the sheet open', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Show panels' }).tap();
    await featureList(page).getByRole('button', { name: ASTARA_BAKU }).tap();
    await expect(details(page)).toBeVisible();
    await expectNoViolations(page, 'phone, sheet open with details');
  });
});

test('an upright tablet (and a phone either way up) reads with the whole width for the map and the panels in a sheet; a tablet on its side, in columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await openAtlas(page);
  await expect(page.getByRole('button', { name: 'Show panels' })).toBeVisible();
  expect((await page.locator('#atlas-map').boundingBox())?.width).toBe(820);
  await page.setViewportSize({ width: 1180, height: 820 });
  await expect(page.getByRole('button', { name: 'Show panels' })).toBeHidden();
  await expect(layersPanel(page)).toBeVisible();
  expect((await page.locator('#atlas-map').boundingBox())?.width).toBeLessThan(700);
  // A phone on its side is short: the same sheet, not two columns round a 284 px map.
  await page.setViewportSize({ width: 844, height: 390 });
  await expect(page.getByRole('button', { name: 'Show panels' })).toBeVisible();
  expect((await page.locator('#atlas-map').boundingBox())?.width).toBe(844);
});

test.describe('with the keyboard only', () => {
  test('reaches the list, opens details with Enter and clears them with Escape', async ({ page }) => {
    await openAtlas(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the feature list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(featureList(page).getByRole('heading', { name: 'Features' })).toBeFocused();

    // The search by name comes first, then the features.
    await page.keyboard.press('Tab');
    await expect(featureList(page).getByRole('searchbox', { name: 'Find by name' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = featureList(page).getByRole('button').first();
    await expect(first).toBeFocused();
    const name = (await first.textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(details(page)).toBeVisible();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);

    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
    await expect(first).toBeFocused();
  });

  test('goes from the header to the layer switches, in reading order', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'About this map' }).focus();
    await page.keyboard.press('Tab');
    await expect(layersPanel(page).getByRole('checkbox', { name: /Evacuation routes/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(layersPanel(page).getByRole('checkbox', { name: /Evacuation routes/ })).not.toBeChecked();
  });

  test('leaves Escape to an open dialog', async ({ page }) => {
    await openAtlas(page);
    await featureList(page).getByRole('button', { name: SANGACHAL }).click();
    await page.getByRole('button', { name: 'About this map' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(details(page)).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test('has no accessibility violations at start, with details open, and in Russian', async ({ page }) => {
    await openAtlas(page);
    // Each check reads a settled page: the panels drawn after the map, then the language applied all
    // through (MapLibre's controls are drawn again in it), not a page halfway between two states.
    await expect(featureList(page).getByRole('button', { name: ASTARA_BAKU })).toBeVisible();
    await expectNoViolations(page, 'start');
    await featureList(page).getByRole('button', { name: ASTARA_BAKU }).click();
    await expect(details(page)).toBeVisible();
    await expectNoViolations(page, 'details open');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Приблизить');
    await expectNoViolations(page, 'Russian interface');
  });

  test('the About dialog can be read and closed on a phone: OK in view, a tap outside closes it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAtlas(page);
    await page.getByRole('button', { name: 'About this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await expect(dialog).toBeVisible();
    await expectNoViolations(page, 'About dialog');
    // Its OK took the header's white-on-blue buttons' style: white on the dialog's white, which axe
    // leaves as "incomplete" over the dialog's backdrop, so the contrast is measured here.
    const ok = dialog.getByRole('button', { name: 'OK' });
    await expect(ok).toBeInViewport();
    const contrast = await ok.evaluate((button) => {
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
        const linear = (c: number) =>
          c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const text = luminance(getComputedStyle(button).color);
      const paper = luminance(getComputedStyle(button.closest('dialog') ?? button).backgroundColor);
      return (Math.max(text, paper) + 0.05) / (Math.min(text, paper) + 0.05);
    });
    expect(contrast).toBeGreaterThan(4.5);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'About this map' }).click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(195, 10);
    await expect(dialog).toBeHidden();
  });

  test('the About dialog’s code loads when it is first opened, and Escape gives the focus back', async ({
    page,
  }) => {
    const aboutCode = chunkRequests(page, 'AboutDialog');
    await openAtlas(page);
    await expect(featureList(page).getByRole('button').first()).toBeVisible();
    expect(aboutCode).toEqual([]);
    const about = page.getByRole('button', { name: 'About this map' });
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    for (let open = 0; open < 2; open += 1) {
      await about.focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(about).toBeFocused();
    }
    expect(aboutCode).toHaveLength(1);
  });
});
