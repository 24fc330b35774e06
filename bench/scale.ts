// A quick look at one synthetic size, without the whole bench: time to map:idle, main-thread long tasks
// while loading, and how long the reader waits for each thing the Scale budget names (details after a
// click, a layer toggle, "What's here", scrolling the feature list). A diagnosis tool, like profile.ts.
//
// Usage: npx tsx bench/scale.ts [size] [runs]   size: 1k, 10k or 100k (default); runs: loads (default 1)
//        SCALE_OUT_DIR=<dir> (default dist-scale-check) where the app is built; SCALE_SKIP_BUILD=1 reuses it
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readAtlasFolder } from '../geo/lib/atlasFolder';
import { PICKABLE_LAYER_IDS } from '../src/map/overlayStyle';
import { CLICK_TOLERANCE_PX, CLICK_ZOOM, VIEWPORT } from './lib/measure';
import { callProbe, launchChromium, runScript, writeSyntheticCorpus } from './lib/harness';
import { findFreePort, startPreview, viteBuild } from './lib/servers';
import { median } from './lib/stats';
import { clickTargets } from './lib/targets';
import type { ClickTarget } from './page/probe';
import { probeScript } from './page/probeScript';
import { SYNTHETIC_SIZES, syntheticFolder } from './synthetic/generate';

const CLICKS = 5;

/** Long tasks (over 50 ms) as the page reports them, kept from the start of the navigation. */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

type LongTask = [start: number, duration: number];

const now = (page: Page) => page.evaluate(() => performance.now());

async function longTasksSince(
  page: Page,
  since: number,
): Promise<{ count: number; totalMs: number; maxMs: number }> {
  const tasks = (await page.evaluate(
    () => (window as unknown as { __longTasks: LongTask[] }).__longTasks,
  )) as LongTask[];
  const recent = tasks.filter(([start]) => start >= since).map(([, duration]) => duration);
  return {
    count: recent.length,
    totalMs: Math.round(recent.reduce((sum, ms) => sum + ms, 0)),
    maxMs: Math.round(Math.max(0, ...recent)),
  };
}

/** Time from now until the page has painted twice, i.e. until it answers again. */
const framesLater = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      }),
  );

async function clickToDetails(page: Page, targets: readonly ClickTarget[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const target of targets) {
    if (latencies.length >= CLICKS) break;
    const point = (await callProbe(
      page,
      'aimAt',
      target,
      CLICK_ZOOM,
      [...PICKABLE_LAYER_IDS],
      CLICK_TOLERANCE_PX,
    )) as {
      x: number;
      y: number;
    } | null;
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    await callProbe(page, 'settle');
    await callProbe(page, 'armClick', target, 'heading', 10_000);
    await page.mouse.click(point.x, point.y);
    const result = (await callProbe(page, 'clickResult')) as { latencyMs: number | null; problem?: string };
    if (result.latencyMs === null) console.info(`  click: ${result.problem ?? 'no result'}`);
    else latencies.push(result.latencyMs);
    await page.keyboard.press('Escape');
  }
  return latencies;
}

async function toggleLayer(page: Page, name: RegExp): Promise<{ toIdleMs: number; longestTaskMs: number }> {
  const checkbox = page.getByRole('region', { name: 'Layers' }).getByRole('checkbox', { name });
  const started = await now(page);
  const idle = callProbe(page, 'mapIdle');
  await checkbox.click();
  await idle;
  const toIdleMs = (await now(page)) - started;
  const { maxMs } = await longTasksSince(page, started);
  return { toIdleMs: Math.round(toIdleMs), longestTaskMs: maxMs };
}

/** Centres the map somewhere with nothing under the pointer and clicks there; ms until the answer shows. */
async function whatsHereAt(page: Page): Promise<number | null> {
  const point = await page.evaluate(
    async ([layers, tolerance]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      for (const [lng, lat] of [
        [47.3, 38.9],
        [45.1, 41.7],
        [50.2, 36.4],
        [53.3, 31.1],
      ] as const) {
        await new Promise<void>((resolve) => {
          map.once('idle', () => resolve());
          map.jumpTo({ center: [lng, lat], zoom: 13 });
        });
        const canvas = map.getCanvas();
        const rect = canvas.getBoundingClientRect();
        for (let y = 40; y < canvas.clientHeight - 40; y += 37) {
          for (let x = 40; x < canvas.clientWidth - 40; x += 41) {
            const hits = map.queryRenderedFeatures(
              [
                [x - tolerance, y - tolerance],
                [x + tolerance, y + tolerance],
              ],
              { layers: layers.filter((id) => map.getLayer(id)) },
            );
            const onPage = { x: rect.left + x, y: rect.top + y };
            if (hits.length === 0 && document.elementFromPoint(onPage.x, onPage.y) === canvas) return onPage;
          }
        }
      }
      return null;
    },
    [[...PICKABLE_LAYER_IDS], CLICK_TOLERANCE_PX + 2] as const,
  );
  if (!point) return null;
  const started = await now(page);
  await page.mouse.click(point.x, point.y);
  const row = page.getByRole('region', { name: 'What’s here' }).getByText('Nearest border crossing');
  await row.waitFor();
  await page.getByRole('region', { name: 'What’s here' }).getByRole('status').waitFor({ state: 'detached' });
  return Math.round((await now(page)) - started);
}

/** Scrolls every scroll box holding feature-list rows to a few places; the slowest wait for a frame. */
async function scrollList(page: Page): Promise<{ worstFrameMs: number; longestTaskMs: number }> {
  const started = await now(page);
  let worst = 0;
  const boxes = await page.evaluate(() => {
    const scrollers = new Set<Element>();
    for (const list of document.querySelectorAll('.feature-list')) {
      let element: Element | null = list;
      while (element && getComputedStyle(element).overflowY !== 'auto') element = element.parentElement;
      if (element) scrollers.add(element);
    }
    [...scrollers].forEach((element, index) => element.setAttribute('data-scale-scroller', String(index)));
    return scrollers.size;
  });
  for (let box = 0; box < boxes; box += 1) {
    for (const fraction of [0.1, 0.5, 0.9, 0.3]) {
      await page.evaluate(
        ([index, at]) => {
          const element = document.querySelector(`[data-scale-scroller="${index}"]`);
          if (element) element.scrollTop = (element.scrollHeight - element.clientHeight) * at;
        },
        [box, fraction] as const,
      );
      worst = Math.max(worst, await framesLater(page));
    }
  }
  const { maxMs } = await longTasksSince(page, started);
  return { worstFrameMs: Math.round(worst), longestTaskMs: maxMs };
}

async function main(): Promise<void> {
  const sizeLabel = process.argv[2] ?? '100k';
  const runs = Number(process.argv[3] ?? 1);
  const size = SYNTHETIC_SIZES.find((candidate) => candidate.label === sizeLabel);
  if (!size) throw new Error(`unknown size ${sizeLabel}`);
  const outDir = process.env['SCALE_OUT_DIR'] ?? 'dist-scale-check';
  if (process.env['SCALE_SKIP_BUILD'] !== '1') await viteBuild(['--outDir', outDir, '--emptyOutDir']);
  const realAtlas = readAtlasFolder(join(outDir, 'data'));
  const article = realAtlas.articles[0];
  if (!article) throw new Error('no article');
  const atlas = writeSyntheticCorpus(outDir, size, article);
  const server = await startPreview({ port: await findFreePort(4196), configArgs: ['--outDir', outDir] });
  const browser = await launchChromium();
  try {
    for (let run = 1; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      await context.addInitScript({ content: LONG_TASK_RECORDER });
      await context.addInitScript({ content: probeScript() });
      const page = await context.newPage();
      await page.goto(`${server.origin}/?data=${syntheticFolder(size)}`, { waitUntil: 'commit' });
      const idleMs = Number(await callProbe(page, 'idleMark'));
      const load = await longTasksSince(page, 0);
      await callProbe(page, 'settle');
      console.info(
        `run ${run}: map:idle ${Math.round(idleMs)} ms; long tasks to then: ${load.count}, ${load.totalMs} ms, longest ${load.maxMs} ms`,
      );
      if (run < runs) {
        await context.close();
        continue;
      }
      const clicks = await clickToDetails(page, clickTargets(atlas, 40));
      console.info(
        `click-to-details: median ${Math.round(median(clicks) ?? NaN)} ms, max ${Math.round(Math.max(...clicks))} ms (${clicks.length} clicks)`,
      );
      console.info('layer toggle off:', await toggleLayer(page, /Sites/));
      console.info('layer toggle on:', await toggleLayer(page, /Sites/));
      console.info('what’s here (first, loads the province table):', await whatsHereAt(page), 'ms');
      console.info('what’s here (again):', await whatsHereAt(page), 'ms');
      console.info('feature list scroll:', await scrollList(page));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

runScript(main);
