// Many articles over time: the article chooser, the timeline and its range in the link, old links, and a
// feature's history. The corpus is tests/fixtures/corpus-time (test texts, not news).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readAtlasFolder } from '../../geo/lib/atlasFolder';
import { chunkRequests, openAtlas, waitForFirstIdle, waitForMapIdle } from './support/atlas';

const FIXTURE = 'tests/fixtures/corpus-time/data';
const corpus = readAtlasFolder(FIXTURE);
const newestFirst = [...corpus.articles].sort((a, b) => (a.date < b.date ? 1 : -1));

async function openCorpus(page: Page, hash = ''): Promise<void> {
  await page.route('**/fixtures/corpus-time/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\/corpus-time\//, '');
    route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(`${FIXTURE}/${path}`) });
  });
  await page.goto(`/?data=fixtures/corpus-time${hash}`);
  await waitForFirstIdle(page);
}

function boundsOf(geometry: (typeof corpus.features)[number]['geometry']): [number, number, number, number] {
  const positions = JSON.stringify(geometry.coordinates)
    .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)
    ?.map((pair) => pair.split(',').map(Number) as [number, number]);
  if (!positions?.length) throw new Error('a feature without positions');
  const lngs = positions.map(([lng]) => lng);
  const lats = positions.map(([, lat]) => lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const featureList = (page: Page) => page.getByRole('navigation', { name: 'All features by layer' });
const dates = (page: Page) => page.getByRole('group', { name: 'Dates' });

/** Whether the map draws any of a feature now. */
async function mapDraws(page: Page, layer: string, id: string): Promise<boolean> {
  await waitForMapIdle(page);
  return page.evaluate(
    ([sourceLayer, featureId]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      // Each overlay layer is a source layer of the one overlay tile source.
      return (
        map.querySourceFeatures('overlays', { sourceLayer, filter: ['==', ['get', 'id'], featureId] })
          .length > 0 &&
        map
          .queryRenderedFeatures({
            layers: map
              .getStyle()
              .layers.filter((l) => 'source-layer' in l && l['source-layer'] === sourceLayer)
              .map((l) => l.id),
          })
          .some((feature) => feature.properties['id'] === featureId)
      );
    },
    [layer, id] as const,
  );
}

test.describe('a corpus of many articles', () => {
  test('opens the newest article and chooses another from a labelled list, newest first', async ({
    page,
  }) => {
    await openCorpus(page);
    const chooser = page.getByRole('combobox', { name: 'Article' });
    await expect(chooser).toBeVisible();
    // Whole titles in its options, cut short in the closed control: it keeps within the panel, in the
    // panel's type size.
    const [box, panel] = await Promise.all([chooser.boundingBox(), article(page).boundingBox()]);
    if (!box || !panel) throw new Error('no chooser or no article panel');
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    const fontSizes = await chooser.evaluate((select) => [
      getComputedStyle(select).fontSize,
      getComputedStyle(select.closest('section') ?? document.body).fontSize,
    ]);
    expect(fontSizes[0]).toBe(fontSizes[1]);
    const options = await chooser.locator('option').allTextContents();
    expect(options).toHaveLength(corpus.articles.length);
    expect(options[0]).toContain(newestFirst[0]?.title.en);
    expect(options.at(-1)).toContain(newestFirst.at(-1)?.title.en);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(newestFirst[0]?.title.ru ?? '');
    const oldest = newestFirst.at(-1);
    if (!oldest) throw new Error('empty corpus');
    await chooser.selectOption(oldest.id);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(oldest.title.ru);
    await expect(page).toHaveURL(new RegExp(`a=${oldest.id}`));
  });

  test('a date range opens its own newest article, and the chooser says which lie outside it', async ({
    page,
  }) => {
    // The fourth newest article's day, as the end of the range: the newer ones are outside it.
    const end = newestFirst[3]?.date;
    const newestInRange = newestFirst.find((candidate) => end !== undefined && candidate.date <= end);
    if (!newestInRange) throw new Error('corpus too small');
    await openCorpus(page, `#to=${newestInRange.date}`);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(newestInRange.title.ru);
    const chooser = page.getByRole('combobox', { name: 'Article' });
    const options = await chooser.locator('option').allTextContents();
    const outside = options.filter((option) => option.endsWith(', outside the dates shown'));
    expect(outside).toHaveLength(newestFirst.filter((a) => a.date > newestInRange.date).length);
    expect(options[0]).toContain('outside the dates shown');
    // Back to all dates: the newest of all again, and no article is outside.
    await dates(page).getByRole('button', { name: 'All dates' }).click();
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(newestFirst[0]?.title.ru ?? '');
    await expect(chooser.locator('option', { hasText: 'outside the dates shown' })).toHaveCount(0);
    // An article the reader chose stays open whatever the range.
    await chooser.selectOption(newestInRange.id);
    await dates(page)
      .getByLabel('From')
      .fill(newestFirst[0]?.date ?? '');
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(newestInRange.title.ru);
  });

  test('a passage in a link opens in its own article, even where passage ids repeat across articles', async ({
    page,
  }) => {
    const second = newestFirst[1];
    if (!second) throw new Error('corpus too small');
    await openCorpus(page, `#a=${second.id}&p=p1`);
    const current = article(page).locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(second.title.ru);
    // Only one element carries each passage's id, whatever the other articles call theirs.
    expect(await page.locator('[id$="--p1"]').count()).toBe(1);
  });

  test('the timeline narrows the map, the list and the counts to the chosen dates, and the link keeps them', async ({
    page,
  }) => {
    await openCorpus(page);
    const group = dates(page);
    await expect(group).toBeVisible();
    await expect(group.locator('figcaption')).toContainText(`${corpus.articles.length} articles`);
    const before = await featureList(page).getByRole('button').count();
    // The first article cites every feature; the last days only a few.
    await group.getByLabel('From').fill('2026-04-20');
    await expect(page).toHaveURL(/from=2026-04-20/);
    await expect.poll(() => featureList(page).getByRole('button').count()).toBeLessThan(before);
    const after = await featureList(page).getByRole('button').count();
    expect(after).toBeGreaterThan(0);
    // Both ends in one global-state value: MapLibre lays the tiles out again once per value that changes.
    expect(await page.evaluate(() => window.riskAtlas?.map.getGlobalState()['dateRange'])).toEqual([
      '2026-04-20',
      '9999-12-31',
    ]);

    const reopened = await page.context().newPage();
    await openCorpus(reopened, new URL(page.url()).hash);
    await expect(dates(reopened).getByLabel('From')).toHaveValue('2026-04-20');
    await expect.poll(() => featureList(reopened).getByRole('button').count()).toBe(after);
  });

  test('a bar of the histogram shows only its day when clicked, and says what it counts', async ({
    page,
  }) => {
    await openCorpus(page);
    const bar = dates(page).locator('.timeline-bar-target[data-from="2026-04-05"]');
    await expect(bar.locator('title')).toHaveText(
      'April 5, 2026: 1 article(s). Click to show only these dates.',
    );
    // Days without an article take no click.
    await expect(dates(page).locator('.timeline-bar-target[data-from="2026-04-06"]')).toHaveCount(0);
    await bar.click();
    await expect(dates(page).getByLabel('From')).toHaveValue('2026-04-05');
    await expect(dates(page).getByLabel('To')).toHaveValue('2026-04-05');
    await expect(page).toHaveURL(/from=2026-04-05&to=2026-04-05/);
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(/Тестовый текст №11:/);
  });

  test('the timeline’s code loads for a corpus of many days, and not for the shipped one-article corpus', async ({
    page,
  }) => {
    const timelineCode = chunkRequests(page, 'Timeline');
    await openAtlas(page);
    await expect(page.getByRole('navigation', { name: 'All features by layer' })).toBeVisible();
    expect(timelineCode).toEqual([]);
    await openCorpus(page);
    await expect(dates(page).getByLabel('From')).toBeVisible();
    expect(timelineCode).toHaveLength(1);
  });

  test('on a desktop the timeline is one row over the map, its histogram as wide as the row allows', async ({
    page,
  }) => {
    // 1280 px wide leaves the map about 585 px: centred from its middle, the timeline had half of that and
    // wrapped into three rows, with the histogram 160 px wide.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCorpus(page);
    const group = dates(page);
    const boxes = await Promise.all(
      [group.locator('.timeline-histogram'), group.getByLabel('From'), group.getByLabel('To')].map(
        async (part) => {
          const box = await part.boundingBox();
          if (!box) throw new Error('a part of the timeline is not shown');
          return box;
        },
      ),
    );
    const bottoms = boxes.map((box) => box.y + box.height);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(4);
    const [histogram] = boxes;
    const map = await page.getByTestId('map').boundingBox();
    if (!histogram || !map) throw new Error('no histogram or no map');
    expect(histogram.width).toBeGreaterThan(160);
    const timeline = await group.boundingBox();
    if (!timeline) throw new Error('no timeline');
    expect(timeline.x).toBeGreaterThanOrEqual(map.x);
    expect(timeline.x + timeline.width).toBeLessThanOrEqual(map.x + map.width);
  });

  test('on a phone the timeline is one line until opened, then two rows, each part within reach', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openCorpus(page, '#to=2026-04-01');
    const group = dates(page);
    const toggle = group.getByRole('button', { name: 'Dates', exact: true });
    // Closed: its name and the dates shown, on one line.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(group).toContainText('April 1, 2026');
    await expect(group.getByLabel('To')).toHaveCount(0);
    const closed = await group.boundingBox();
    if (!closed) throw new Error('no timeline');
    expect(closed.height).toBeLessThan(844 * 0.07);
    // Open: five stacked rows took a quarter of the screen, most of the map once the panels were open.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const box = await group.boundingBox();
    if (!box) throw new Error('no timeline');
    expect(box.height).toBeLessThan(844 * 0.2);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(group.getByLabel('To')).toHaveValue('2026-04-01');
    await group.getByLabel('To').fill('2026-04-02');
    await expect(page).toHaveURL(/to=2026-04-02/);
    await group.getByRole('button', { name: 'All dates' }).click();
    await expect(page).not.toHaveURL(/to=/);
    await toggle.click();
    await expect(group).toContainText('All dates');
  });

  test('a feature reported only before the range leaves the map', async ({ page }) => {
    // The feature whose last report comes first, and a range that starts the day after it.
    const dateOf = new Map(corpus.articles.map((a) => [a.id, a.date]));
    const lastReported = (f: (typeof corpus.features)[number]) =>
      f.properties.sources
        .map((s) => dateOf.get(s.article) ?? '')
        .sort()
        .at(-1) ?? '';
    const [onlyEarly] = [...corpus.features].sort((a, b) => (lastReported(a) < lastReported(b) ? -1 : 1));
    if (!onlyEarly) throw new Error('empty corpus');
    const dayAfter = new Date(Date.parse(`${lastReported(onlyEarly)}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const { id, layer } = onlyEarly.properties;
    const [west, south, east, north] = boundsOf(onlyEarly.geometry);
    await openCorpus(page, `#layers=${layer}&map=6/${(south + north) / 2}/${(west + east) / 2}`);
    await expect.poll(() => mapDraws(page, layer, id)).toBe(true);
    await dates(page).getByLabel('From').fill(dayAfter);
    await expect.poll(() => mapDraws(page, layer, id)).toBe(false);
    await dates(page).getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => mapDraws(page, layer, id)).toBe(true);
  });

  test('a date range change lays each overlay tile out once, and draws it once, when all are back', async ({
    page,
  }) => {
    await openCorpus(page);
    await waitForMapIdle(page);
    type Counted = {
      overlayTileLoads: Record<string, number>;
      drawnWithTilesOut: boolean[];
      framesBeforeIdle: number | null;
    };
    // From here on: the overlay tiles (re)loaded, each by its key, and for each frame drawn, whether some
    // overlay tile was still out.
    await page.evaluate(() => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      const counted = window as unknown as Counted;
      counted.overlayTileLoads = {};
      counted.drawnWithTilesOut = [];
      map.on('sourcedata', (event) => {
        const key = (event.tile as { tileID?: { key: string } } | undefined)?.tileID?.key;
        if (event.sourceId === 'overlays' && key !== undefined)
          counted.overlayTileLoads[key] = (counted.overlayTileLoads[key] ?? 0) + 1;
      });
      map.on('render', () => counted.drawnWithTilesOut.push(!map.isSourceLoaded('overlays')));
      // The map is at rest here, so its next idle is the range change's.
      counted.framesBeforeIdle = null;
      map.once('idle', () => (counted.framesBeforeIdle = counted.drawnWithTilesOut.length));
    });
    await dates(page).getByLabel('From').fill('2026-04-20');
    await expect(page).toHaveURL(/from=2026-04-20/);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Counted).framesBeforeIdle))
      .not.toBeNull();
    const { overlayTileLoads, drawnWithTilesOut, framesBeforeIdle } = await page.evaluate(() => {
      const { overlayTileLoads, drawnWithTilesOut, framesBeforeIdle } = window as unknown as Counted;
      return { overlayTileLoads, drawnWithTilesOut, framesBeforeIdle };
    });
    expect(Object.keys(overlayTileLoads).length).toBeGreaterThan(0);
    // MapLibre on its own reloads them twice: the filters and the severity colour both read the range.
    expect(Object.values(overlayTileLoads).every((count) => count === 1)).toBe(true);
    // And draws a frame at once and at each tile that comes back, mixing the old range with the new.
    expect(drawnWithTilesOut.length).toBeGreaterThan(0);
    expect(drawnWithTilesOut.some(Boolean)).toBe(false);
    // And then one more, the same again: its new labels mark their placement stale, and its style pass
    // asks for another (src/map/repeatFrames.ts).
    expect(framesBeforeIdle).toBe(1);
  });

  test('a bad date in the link falls back with a notice', async ({ page }) => {
    await openCorpus(page, '#from=2026-13-01&to=2026-04-01');
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('from=2026-13-01');
    await expect(dates(page).getByLabel('From')).toHaveValue('');
    await expect(dates(page).getByLabel('To')).toHaveValue('2026-04-01');
  });

  test('a feature’s details show what later articles changed, and open the article that says so', async ({
    page,
  }) => {
    await openCorpus(page, '#sel=risk-cpc-terminal-drones');
    const details = page.getByRole('region', { name: 'Details' });
    const history = details.getByRole('region', { name: 'Reported changes' });
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').first()).toContainText('Risk raised to the highest level');
    await expect(history.getByRole('listitem').first()).toContainText('оценивается как высокий');
    await history
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /Show in article/ })
      .click();
    await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(/Тестовый текст №11:/);
    await expect(page).toHaveURL(/a=test-corpus-11&p=p2/);
  });

  test('a risk a later article changed shows as of the range’s end in the details and the list, as drawn', async ({
    page,
  }) => {
    // First reported 4 of 5 (6 March); raised to 5 on 5 April (test text 11), lowered to 2 on 26 April (18).
    await openCorpus(page, '#sel=risk-cpc-terminal-drones');
    const details = page.getByRole('region', { name: 'Details' });
    const severityRow = details.locator('.details-row', { has: page.getByText('Severity', { exact: true }) });
    const riskRows = featureList(page).getByRole('region', { name: 'Risk zones' }).getByRole('button');
    const drones = riskRows.filter({ hasText: 'Drone attacks on the CPC marine terminal' });
    const position = async () =>
      (await riskRows.allTextContents()).findIndex((text) => text.includes('Drone attacks on the CPC'));

    await expect(severityRow).toContainText('2 of 5');
    await expect(severityRow).toContainText('Since April 26, 2026');
    await expect(severityRow).toContainText('First reported as 4 of 5.');
    await expect(drones).toContainText('Severity 2');
    const lowered = await position();

    await dates(page).getByLabel('To').fill('2026-04-10');
    await expect(severityRow).toContainText('5 of 5');
    await expect(severityRow).toContainText('Since April 5, 2026');
    await expect(drones).toContainText('Severity 5');
    // Most severe first: raised, it climbs the list.
    await expect.poll(position).toBeLessThan(lowered);

    await dates(page).getByLabel('To').fill('2026-03-20');
    await expect(severityRow).toContainText('4 of 5');
    await expect(severityRow).not.toContainText('First reported');
    await expect(drones).toContainText('Severity 4');

    // The map reads the same state from the tiles (held to stateAsOf by tests/unit/time.test.ts).
    await page.goto('about:blank');
    await openCorpus(page, '#sel=evac-tehran-astara-road&to=2026-04-20');
    const statusRow = details.locator('.details-row', { has: page.getByText('Status', { exact: true }) });
    await expect(statusRow).toContainText('Closed');
    await expect(statusRow).toContainText('Since April 14, 2026');
  });

  test('Download data gives each risk’s severity as of the range’s end, as the map draws it', async ({
    page,
  }) => {
    await openCorpus(page, '#layers=risk&to=2026-04-10');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: 'Download data' }).click(),
    ]);
    const collection = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      features: Array<{ properties: { id: string; severity: number | null } }>;
    };
    const severityOf = (id: string) =>
      collection.features.find((f) => f.properties.id === id)?.properties.severity;
    expect(severityOf('risk-cpc-terminal-drones')).toBe(5);
    expect(severityOf('risk-caspian-oil-gas')).toBe(
      corpus.features.find((f) => f.properties.id === 'risk-caspian-oil-gas')?.properties.severity,
    );
  });

  test('a link made before a= existed still opens the seed article at its passage', async ({ page }) => {
    await openAtlas(page, '#p=p11');
    const current = article(page).locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Каспи');
    await expect(page).toHaveURL(/a=vk-2026-03-06-putin-aliyev-evacuation&p=p11/);
    // One article, one day: no chooser and no timeline.
    await expect(page.getByRole('combobox', { name: 'Article' })).toHaveCount(0);
    await expect(dates(page)).toHaveCount(0);
  });
});

test('each quote of a feature cited by several articles shows its own basis', async ({ page }) => {
  await openCorpus(page, '#sel=site-port-aktau');
  const details = page.getByRole('region', { name: 'Details' });
  const sources = details.getByRole('region', { name: 'In the article' });
  await expect(sources.getByRole('listitem').first()).toContainText(
    /Stated in the text|Inferred from the text/,
  );
  await expect(sources.getByRole('listitem').first()).toContainText('Risk Atlas test corpus');
});
