import { expect, test, type Page } from '@playwright/test';
import { inlineScriptsOf } from '../../build/contentSecurityPolicy';
import { findRegion } from '../../src/data/regions';
import { openAtlas, waitForMapIdle, watchPage } from './support/atlas';
import { atlas, feature } from './support/data';

const crossing = () => feature((f) => f.properties.kind === 'border_crossing', 'a border crossing');

async function mapCamera(page: Page) {
  return page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    const center = map.getCenter();
    const bounds = map.getBounds();
    return {
      zoom: map.getZoom(),
      lat: center.lat,
      lng: center.lng,
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] as [
        number,
        number,
        number,
        number,
      ],
    };
  });
}

async function visibility(page: Page, styleLayerId: string) {
  return page.evaluate(
    (id) => window.riskAtlas?.map.getLayoutProperty(id, 'visibility') ?? 'visible',
    styleLayerId,
  );
}

/** The map state of an overlay feature: each overlay layer is a source layer of the one overlay source. */
async function featureState(page: Page, layer: string, id: string) {
  return page.evaluate(
    ([layerArg, idArg]) =>
      window.riskAtlas?.map.getFeatureState({ source: 'overlays', sourceLayer: layerArg, id: idArg }),
    [layer, id] as const,
  );
}

test.describe('deep links', () => {
  test('restore the view', async ({ page }) => {
    await openAtlas(page, '#map=6.5/41.2/47.9');
    const camera = await mapCamera(page);
    expect(camera.zoom).toBeCloseTo(6.5, 1);
    expect(camera.lat).toBeCloseTo(41.2, 1);
    expect(camera.lng).toBeCloseTo(47.9, 1);
    await expect(page).toHaveURL(/#map=6\.5\/41\.2\/47\.9/);
  });

  test('restore the visible layers', async ({ page }) => {
    await openAtlas(page, '#layers=risk,sites');
    expect(await visibility(page, 'risk-fill')).toBe('visible');
    expect(await visibility(page, 'sites-icons')).toBe('visible');
    expect(await visibility(page, 'evacuation-line')).toBe('none');
    expect(await visibility(page, 'aid-line')).toBe('none');
    expect(await visibility(page, 'infrastructure-line')).toBe('none');
  });

  test('restore the selected feature', async ({ page }) => {
    const target = crossing();
    await openAtlas(page, `#sel=${target.properties.id}`);
    await expect
      .poll(() => featureState(page, 'sites', target.properties.id))
      .toMatchObject({ selected: true });
    await expect(page).toHaveURL(new RegExp(`sel=${target.properties.id}`));
  });

  test('restore the passage, marked and scrolled into view, with its features highlighted', async ({
    page,
  }) => {
    const passage = 'p12';
    const cited = atlas().features.filter((f) =>
      f.properties.sources.some((source) => source.passage === passage),
    );
    const first = cited[0];
    if (!first) throw new Error(`no feature cites ${passage}`);
    await openAtlas(page, `#p=${passage}`);
    const current = page.getByRole('region', { name: 'Article' }).locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Иран продолжает удары');
    await expect(current).toBeInViewport();
    await expect
      .poll(() => featureState(page, first.properties.layer, first.properties.id))
      .toMatchObject({ highlighted: true });
    await expect(page).toHaveURL(/p=p12/);
  });

  test('restore the interface and label language', async ({ page }) => {
    await openAtlas(page, '#lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас рисков');
    expect(await page.evaluate(() => window.riskAtlas?.map.getGlobalState()['lang'])).toBe('ru');
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`fit a named region on a ${viewport.name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openAtlas(page, '#region=caspian');
      await waitForMapIdle(page);
      const region = findRegion('caspian');
      if (!region) throw new Error('caspian region missing');
      const [west, south, east, north] = region.bbox;
      const centre = { lng: (west + east) / 2, lat: (south + north) / 2 };
      const camera = await mapCamera(page);
      // The region's centre is on screen and the view is not wider than the region needs on this screen.
      expect(camera.bounds[0]).toBeLessThan(centre.lng);
      expect(camera.bounds[2]).toBeGreaterThan(centre.lng);
      expect(camera.bounds[1]).toBeLessThan(centre.lat);
      expect(camera.bounds[3]).toBeGreaterThan(centre.lat);
      expect(camera.bounds[3] - camera.bounds[1]).toBeGreaterThanOrEqual((north - south) * 0.6);
      await expect(page).toHaveURL(/region=caspian/);
      await expect(page).toHaveURL(/map=\d/);
    });
  }

  test('go back and forward through discrete actions', async ({ page }) => {
    await openAtlas(page);
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.selectOption('ru');
    await expect(page).toHaveURL(/lang=ru/);
    const historyLength = await page.evaluate(() => history.length);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
    await expect(page).not.toHaveURL(/lang=ru/);

    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас рисков');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('panning replaces the history entry instead of adding one', async ({ page }) => {
    await openAtlas(page);
    const before = await page.evaluate(() => history.length);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map box');
    for (const dx of [120, -80, 60]) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + 30, { steps: 5 });
      await page.mouse.up();
      await waitForMapIdle(page);
    }
    await expect(page).toHaveURL(/map=/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a bad link shows what was ignored and a working map', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(
      page,
      '#map=abc/99/x&layers=risk,bogus&sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&p=javascript:alert(1)&lang=xx&zz=1&p=%E0%A4%A',
    );
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(notices).toContainText('Parts of the link were ignored');
    await expect(notices).toContainText('bogus');
    // The only inline script is the one the static page ships (its loading line): the link added none.
    const shipped = inlineScriptsOf(await (await page.request.get('/')).text());
    expect(shipped).toHaveLength(1);
    expect(await page.locator('script:not([src])').allTextContents()).toEqual(shipped);
    expect(await visibility(page, 'risk-fill')).toBe('visible');
    expect(await visibility(page, 'evacuation-line')).toBe('none');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a layers list naming no layer of this map is ignored whole: every layer shows', async ({ page }) => {
    await openAtlas(page, '#layers=floods,evacuation-routes');
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(notices).toContainText('floods');
    await expect(notices).toContainText('evacuation-routes');
    expect(await visibility(page, 'evacuation-line')).toBe('visible');
    expect(await visibility(page, 'risk-fill')).toBe('visible');
    await expect(page.getByRole('checkbox', { name: /Sites/ })).toBeChecked();
  });

  test('what a Russian link got wrong is said in Russian, the feature found later included', async ({
    page,
  }) => {
    await openAtlas(page, '#lang=ru&layers=floods&sel=no-such-feature');
    const notices = page.getByRole('status', { name: 'Уведомления' });
    // One notice for the one link, the id found unknown once the data came included.
    await expect(notices).toContainText(
      'Часть ссылки не учтена: layers=floods (на этой карте нет такого слоя); ' +
        'sel=no-such-feature (нет объекта с таким id).',
    );
    await expect(notices.getByRole('button', { name: 'Закрыть' })).toHaveCount(1);
    await expect(notices).not.toContainText('ignored');
  });

  test('Share, pressed while the map still flies to a chosen feature, gives the view it lands on', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const target = crossing();
    const name = target.properties.name.en;
    await openAtlas(page, '#layers=risk,sites&map=4.5/41/46');
    await page
      .getByRole('navigation', { name: 'All features by layer' })
      .getByRole('button', { name })
      .click();
    // Straight away: the map is still on its way.
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Link copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(copied);
    expect(copied).toContain(`sel=${target.properties.id}`);
    expect(copied).toContain('layers=risk,sites');
    expect(copied).toContain('lang=en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitForMapIdle(page);
    const landed = await mapCamera(page);

    const opened = await context.newPage();
    await openAtlas(opened, new URL(copied).hash);
    const shown = await mapCamera(opened);
    expect(Math.abs(shown.zoom - landed.zoom)).toBeLessThanOrEqual(0.05);
    // Within a pixel: the landed centre projected on the opened page.
    const offset = await opened.evaluate(
      ([lng, lat]) => {
        const map = window.riskAtlas?.map;
        if (!map) throw new Error('no map');
        const here = map.project([lng, lat]);
        const centre = map.project(map.getCenter());
        return Math.hypot(here.x - centre.x, here.y - centre.y);
      },
      [landed.lng, landed.lat] as const,
    );
    expect(offset).toBeLessThanOrEqual(1);
    await expect(
      opened.getByRole('region', { name: 'Details' }).getByRole('heading', { name }),
    ).toBeVisible();
    expect(await visibility(opened, 'evacuation-line')).toBe('none');
    expect(await visibility(opened, 'risk-fill')).toBe('visible');
  });

  test('the shared link names the passage and the language the reader has open', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAtlas(page, '#lang=ru&p=p11');
    // The passage is applied once the atlas data has come.
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Поделиться' }).click();
    const dialog = page.getByRole('dialog', { name: 'Поделиться этим видом' });
    const link = await dialog.getByRole('textbox', { name: 'Ссылка на этот вид' }).inputValue();
    expect(link).toContain('p=p11');
    expect(link).toContain('lang=ru');
    expect(link).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
  });
});

test.describe('the interface language', () => {
  test.describe('in a browser that prefers Russian', () => {
    test.use({ locale: 'ru-RU' });

    test('opens in Russian when the link does not say', async ({ page }) => {
      await openAtlas(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас рисков');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('button', { name: 'Поделиться' })).toBeVisible();
    });

    test('follows a link that says English', async ({ page }) => {
      await openAtlas(page, '#lang=en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
      await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    });
  });
});
