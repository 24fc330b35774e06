// The panels with more features than fit on screen: a windowed feature list and capped article chips, on
// the benchmark's synthetic 1k corpus (generated here, served as if published next to the app).
import { expect, test, type Page } from '@playwright/test';
import { generateSyntheticAtlas, syntheticDataFiles } from '../../bench/synthetic/generate';
import { waitForFirstIdle, waitForMapIdle } from './support/atlas';
import { atlas } from './support/data';

const shipped = atlas();
const article = shipped.articles[0];
if (!article) throw new Error('no article in the shipped atlas');
const synthetic = generateSyntheticAtlas({ featureCount: 1_000, article });
const files = new Map(syntheticDataFiles(synthetic).map((file) => [file.path, file.content]));

/** The sites as the list orders them: most severe first, then by English name. */
const collator = new Intl.Collator('en');
const siteNames = synthetic.features
  .map((feature) => feature.properties)
  .filter((properties) => properties.layer === 'sites')
  .sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || collator.compare(a.name.en, b.name.en))
  .map((properties) => properties.name.en);

async function openSynthetic(
  page: Page,
  served: ReadonlyMap<string, string | Uint8Array> = files,
): Promise<void> {
  await page.route('**/fixtures/scale/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\/scale\//, '');
    const body = served.get(path);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ status: 200, body: typeof body === 'string' ? body : Buffer.from(body) });
  });
  await page.goto('/?data=fixtures/scale');
  await waitForFirstIdle(page);
}

test('a long layer scrolls and keys to its far rows; a much-cited passage opens its chips in steps', async ({
  page,
}) => {
  await openSynthetic(page);
  const list = page.getByRole('navigation', { name: 'All features by layer' });
  const sites = list.getByRole('region', { name: /^Sites/ });
  const row = (index: number) =>
    sites.getByRole('button', { name: siteNames.at(index) ?? '(none)', exact: true });
  const last = siteNames.at(-1) ?? '';
  expect(siteNames.length).toBeGreaterThan(200);
  expect(await sites.getByRole('listitem').count()).toBeLessThan(60);

  // Scrolling to the end draws the last row; choosing it opens its details.
  await sites.locator('.feature-list-scroller').evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await row(-1).click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: last }),
  ).toBeVisible();

  // Home and End move the focus through the whole layer, Tab on to the next row.
  await row(-1).focus();
  await page.keyboard.press('Home');
  await expect(row(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(-1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(-2)).toBeFocused();

  // A passage cited by dozens of features shows the first chips and "+N more" for the rest.
  const articleRegion = page.getByRole('region', { name: 'Article' });
  const moreButton = page.getByRole('button', { name: /^\+\d+ more/ });
  // Pinned by id: once all its chips show, the passage no longer matches a filter on its button.
  const passageId = await articleRegion
    .locator('.passage')
    .filter({ has: moreButton })
    .first()
    .getAttribute('id');
  const passage = articleRegion.locator(`[id="${passageId ?? ''}"]`);
  const more = passage.getByRole('button', { name: /^\+\d+ more/ });
  const hidden = Number((await more.textContent())?.match(/\d+/)?.[0]);
  await expect(passage.locator('.chip-list > li')).toHaveCount(24);
  await more.click();
  await expect(passage.locator('.chip-list > li')).toHaveCount(24 + Math.min(hidden, 100));
});

test('at a low zoom crowded sites are one counted point that says so and zooms in on click or Enter', async ({
  page,
}) => {
  await openSynthetic(page);
  // The whole region at the map's lowest zoom: far too many sites to draw one by one.
  const collapsedOnScreen = () =>
    page.evaluate(() => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('window.riskAtlas.map is missing');
      const points = map.queryRenderedFeatures({ layers: ['sites-collapsed'] });
      const rect = map.getCanvas().getBoundingClientRect();
      return points.map((point) => {
        const [lng, lat] = (point.geometry as GeoJSON.Point).coordinates as [number, number];
        const at = map.project([lng, lat]);
        return {
          count: Number(point.properties['count']),
          lng,
          lat,
          x: rect.left + at.x,
          y: rect.top + at.y,
        };
      });
    });
  await page.evaluate(() => window.riskAtlas?.map.jumpTo({ center: [48, 36], zoom: 2.6 }));
  await waitForMapIdle(page);
  const points = await collapsedOnScreen();
  expect(points.length).toBeGreaterThan(0);
  const counted = points.reduce((sum, point) => sum + point.count, 0);
  expect(counted).toBeGreaterThan(1);
  // The biggest: the hover label gives its number, never a feature's name, and the counts of the other
  // layers' points under it (the synthetic layers crowd the same places), sites on top.
  const biggest = points.reduce((a, b) => (b.count > a.count ? b : a));
  await page.mouse.move(biggest.x, biggest.y);
  const count = '\\d{1,3}(,\\d{3})*';
  const otherLayers = `(, (Evacuation routes|Aid corridors|Risk zones|Energy infrastructure): ${count})*`;
  await expect(page.locator('.map-tooltip')).toHaveText(
    new RegExp(
      `^Sites: ${biggest.count.toLocaleString('en')}${otherLayers} here, too close together to draw at this zoom \\(click to zoom in\\)$`,
    ),
  );
  // One count for each layer whose point is under the pointer.
  const layersUnderPointer = await page.evaluate(
    ([lng, lat]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('window.riskAtlas.map is missing');
      const at = map.project([lng, lat]);
      const layers = ['evacuation', 'aid', 'risk', 'infrastructure', 'sites'].map(
        (layer) => `${layer}-collapsed`,
      );
      const box: [[number, number], [number, number]] = [
        [at.x - 6, at.y - 6],
        [at.x + 6, at.y + 6],
      ];
      return new Set(map.queryRenderedFeatures(box, { layers }).map((point) => point.layer.id)).size;
    },
    [biggest.lng, biggest.lat] as const,
  );
  const label = (await page.locator('.map-tooltip').textContent()) ?? '';
  expect(label.match(/: \d/g)?.length).toBe(layersUnderPointer);
  const zoomBefore = await page.evaluate(() => window.riskAtlas?.map.getZoom() ?? 0);
  await page.mouse.click(biggest.x, biggest.y);
  await page.waitForFunction((before) => {
    const map = window.riskAtlas?.map;
    return map !== undefined && !map.isMoving() && map.getZoom() > before + 1;
  }, zoomBefore);
  await expect(page.getByRole('region', { name: 'Details' })).toHaveCount(0);

  // Keyboard: a collapsed point at the centre of the focused map, Enter zooms in as well.
  await page.evaluate(() => window.riskAtlas?.map.jumpTo({ center: [48, 36], zoom: 2.6 }));
  await waitForMapIdle(page);
  const [first] = await collapsedOnScreen();
  if (!first) throw new Error('no collapsed point at the lowest zoom');
  await page.evaluate(([lng, lat]) => window.riskAtlas?.map.jumpTo({ center: [lng, lat] }), [
    first.lng,
    first.lat,
  ] as const);
  await waitForMapIdle(page);
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const map = window.riskAtlas?.map;
    return map !== undefined && !map.isMoving() && map.getZoom() > 3.6;
  });
});

test('many articles with long titles leave the map its share of the page', async ({ page }) => {
  // 40 articles, one a day, each with the real article's long title: the chooser lists them all.
  const manyArticles = generateSyntheticAtlas({ featureCount: 200, article, articleCount: 40 });
  await openSynthetic(
    page,
    new Map(syntheticDataFiles(manyArticles).map((file) => [file.path, file.content])),
  );
  const chooser = page.getByRole('combobox', { name: 'Article', exact: true });
  await expect(chooser).toBeVisible();
  const panel = await page.locator('.side-panel-right').boundingBox();
  const chooserBox = await chooser.boundingBox();
  const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!panel || !chooserBox || !canvas) throw new Error('the panel, the chooser or the map is not laid out');
  expect(chooserBox.x + chooserBox.width).toBeLessThanOrEqual(panel.x + panel.width);
  // 1280 px wide: the left panel and the article's 25rem leave the map more than 500 px.
  expect(canvas.width).toBeGreaterThan(500);
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(panel.x + 1);
  const atCentre = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false,
    [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2] as const,
  );
  expect(atCentre).toBe(true);
});
