import { expect, test, type Page } from '@playwright/test';
import { REGIONS } from '../../src/data/regions';
import { LAYER_IDS } from '../../src/data/schema';
import { openAtlas, waitForMapIdle, watchPage } from './support/atlas';
import { atlas } from './support/data';

const ROUNDS = 500;

type Snapshot = { layers: number; sources: number; listeners: number; heap: number };

async function snapshot(page: Page): Promise<Snapshot> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  const counts = await page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    // Internal, but the honest count of what is subscribed to the map.
    const listeners = (map as unknown as { _listeners?: Record<string, unknown[]> })._listeners ?? {};
    return {
      layers: map.getStyle().layers.length,
      sources: Object.keys(map.getStyle().sources).length,
      listeners: Object.values(listeners).reduce((sum, list) => sum + list.length, 0),
    };
  });
  return { ...counts, heap: usedSize };
}

test('500 rounds of select, toggle, region jump and language switch leave nothing behind', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const watch = watchPage(page);
  await openAtlas(page);
  await waitForMapIdle(page);

  const features = atlas().features.map((feature) => feature.properties.id);
  // Each round is one link, as a person clicking through shared links or Back/Forward would produce.
  const links = Array.from({ length: ROUNDS }, (_, round) => {
    const region = REGIONS[round % REGIONS.length];
    const [west, south, east, north] = region?.bbox ?? [40, 38, 50, 44];
    const layers = LAYER_IDS.filter((_, index) => (round + index) % 3 !== 0).join(',');
    const lang = round % 2 === 0 ? 'ru' : 'en';
    const zoom = 4 + (round % 4);
    const map = `${zoom}/${((south + north) / 2).toFixed(2)}/${((west + east) / 2).toFixed(2)}`;
    return `#map=${map}&layers=${layers}&sel=${features[round % features.length]}&region=${region?.id}&lang=${lang}`;
  });

  const runRounds = (from: number, to: number) =>
    page.evaluate(
      async ([all, start, end]) => {
        for (let round = start; round < end; round += 1) {
          // The same path as Back/Forward: a new history entry, then popstate. Yielding to microtasks lets
          // React and the map react to every round without waiting for a drawn frame each time.
          window.history.pushState(null, '', all[round] ?? '');
          window.dispatchEvent(new PopStateEvent('popstate'));
          await Promise.resolve();
          await Promise.resolve();
        }
      },
      [links, from, to] as const,
    );

  await runRounds(0, 100);
  await waitForMapIdle(page);
  const early = await snapshot(page);
  await runRounds(100, 300);
  await waitForMapIdle(page);
  const middle = await snapshot(page);
  await runRounds(300, ROUNDS);
  await waitForMapIdle(page);
  const late = await snapshot(page);

  expect(watch.consoleErrors).toEqual([]);
  expect(late.layers).toBe(early.layers);
  expect(late.sources).toBe(early.sources);
  expect(late.listeners).toBe(early.listeners);
  // Generous bound: 200 more rounds may cost a little (caches), never a steady climb.
  const growthFirst = middle.heap - early.heap;
  const growthSecond = late.heap - middle.heap;
  expect(late.heap, `heap ${early.heap} → ${middle.heap} → ${late.heap}`).toBeLessThan(
    early.heap * 1.5 + 10e6,
  );
  expect(growthSecond, `heap ${early.heap} → ${middle.heap} → ${late.heap}`).toBeLessThan(
    Math.max(growthFirst, 0) + 5e6,
  );
  await expect(page.getByRole('region', { name: /Details|Подробности/ })).toBeVisible();
});
