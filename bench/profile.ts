// Where the app's main-thread time goes: CPU profiles (CDP Profiler) of loading to map:idle, of the
// scripted pan and of clicks, from an unminified build so function names are readable. A diagnosis
// tool next to `npm run bench`, not part of it.
//
// Usage: npx tsx bench/profile.ts [size]   size: real (default), 1k, 10k or 100k
//        PROFILE_MODE=trace npx tsx bench/profile.ts [size]   main-thread timeline instead of JS self time
//        PROFILE_LOAD_LIMIT=<s> (default 150): stop profiling a load that has not reached map:idle by then
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { readAtlasFolder } from '../geo/lib/atlasFolder';
import type { CompiledAtlas } from '../src/data/schema';
import { PICKABLE_LAYER_IDS } from '../src/map/overlayStyle';
import { CLICK_TOLERANCE_PX, CLICK_ZOOM, PAN_DURATION_MS, VIEWPORT } from './lib/measure';
import { callProbe, launchChromium, runScript, writeSyntheticCorpus } from './lib/harness';
import { findFreePort, startPreview, viteBuild } from './lib/servers';
import { clickTargets } from './lib/targets';
import type { ClickTarget } from './page/probe';
import { probeScript } from './page/probeScript';
import { SYNTHETIC_SIZES, syntheticFolder } from './synthetic/generate';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const TOP = 25;
/** The page being profiled, for the trace mode (set once the page exists). */
let cdpPage: Page;

/** Self time per function (name, file, line), heaviest first, in milliseconds. */
function selfTimes(profile: CpuProfile): Array<{ where: string; ms: number }> {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    const frame = byNode.get(nodeId)?.callFrame;
    if (!frame) return;
    const file = frame.url ? basename(new URL(frame.url, 'http://x/').pathname) : '';
    const where = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals.entries()].map(([where, ms]) => ({ where, ms })).sort((a, b) => b.ms - a.ms);
}

type TraceEvent = {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
};

/**
 * Inclusive time per trace event name on the renderer's main thread: the CPU profile's "(program)" is
 * native work, and the timeline says which (style recalculation, layout, paint, ...).
 */
function mainThreadTimeline(trace: Buffer): Array<{ name: string; ms: number; count: number }> {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(`${event.pid}:${event.tid}`))
      continue;
    const entry = totals.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += event.dur / 1000;
    entry.count += 1;
    totals.set(event.name, entry);
  }
  return [...totals.entries()].map(([name, entry]) => ({ name, ...entry })).sort((a, b) => b.ms - a.ms);
}

async function traced<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
  const result = await work();
  const trace = await browser.stopTracing();
  console.info(`\n== ${name}: main-thread timeline, inclusive time per event (nested events overlap):`);
  for (const row of mainThreadTimeline(trace).slice(0, TOP)) {
    console.info(`${row.ms.toFixed(1).padStart(9)} ms  ${String(row.count).padStart(6)}×  ${row.name}`);
  }
  return result;
}

async function profiled<T>(cdp: CDPSession, name: string, work: () => Promise<T>): Promise<T> {
  if (process.env['PROFILE_MODE'] === 'trace') return traced(cdpPage, name, work);
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const rows = selfTimes(profile);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  console.info(`\n== ${name}: ${total.toFixed(0)} ms sampled on the main thread; top self time:`);
  for (const row of rows.slice(0, TOP)) console.info(`${row.ms.toFixed(1).padStart(9)} ms  ${row.where}`);
  writeFileSync(
    join(tmpdir(), `risk-atlas-${name.replace(/\W+/g, '-')}.cpuprofile`),
    JSON.stringify(profile),
  );
  return result;
}

async function main(): Promise<void> {
  const sizeLabel = process.argv[2] ?? 'real';
  const size = SYNTHETIC_SIZES.find((candidate) => candidate.label === sizeLabel);
  if (sizeLabel !== 'real' && !size) throw new Error(`unknown size ${sizeLabel}`);
  const outDir = join(tmpdir(), 'risk-atlas-bench-profile');
  await viteBuild(['--outDir', outDir, '--emptyOutDir', '--minify', 'false']);
  const realAtlas: CompiledAtlas = readAtlasFolder(join(outDir, 'data'));
  let atlas = realAtlas;
  let query = '';
  if (size) {
    const article = realAtlas.articles[0];
    if (!article) throw new Error('no article');
    atlas = writeSyntheticCorpus(outDir, size, article);
    query = `?data=${syntheticFolder(size)}`;
  }
  const server = await startPreview({ port: await findFreePort(4195), configArgs: ['--outDir', outDir] });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: probeScript() });
    const page = await context.newPage();
    cdpPage = page;
    // Same origin first, so the renderer (and the profiler attached to it) survives the navigation.
    await page.goto(`${server.origin}/favicon.svg`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const loadLimitMs = Number(process.env['PROFILE_LOAD_LIMIT'] ?? 150) * 1000;
    const reachedIdle = await profiled(cdp, `load ${sizeLabel}`, async () => {
      await page.goto(`${server.origin}/${query}`, { waitUntil: 'commit' });
      // A page that never gets idle is profiled for a while and then reported as it is.
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), loadLimitMs)));
      const idle = await Promise.race([callProbe(page, 'idleMark'), limit]);
      clearTimeout(timer);
      if (idle === null) {
        console.info(`no map:idle within ${loadLimitMs / 1000} s`);
        return false;
      }
      console.info(`map:idle at ${Number(idle).toFixed(0)} ms`);
      await callProbe(page, 'settle');
      return true;
    });
    if (!reachedIdle) return;
    const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('no canvas');
    await profiled(cdp, `pan ${sizeLabel}`, async () => {
      const started = performance.now();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      while (performance.now() - started < PAN_DURATION_MS) {
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let step = 1; step <= 12; step += 1) await page.mouse.move(x - step * 10, y - step * 3);
        await page.mouse.up();
      }
    });
    await callProbe(page, 'mapIdle');
    const targets: ClickTarget[] = clickTargets(atlas, 30);
    const layers = [...PICKABLE_LAYER_IDS];
    await profiled(cdp, `clicks ${sizeLabel}`, async () => {
      let clicked = 0;
      for (const target of targets) {
        if (clicked >= 5) break;
        const point = (await callProbe(page, 'aimAt', target, CLICK_ZOOM, layers, CLICK_TOLERANCE_PX)) as {
          x: number;
          y: number;
        } | null;
        if (!point) continue;
        await page.mouse.click(point.x, point.y);
        await callProbe(page, 'settle');
        clicked += 1;
      }
    });
  } finally {
    await browser.close();
    server.stop();
  }
}

runScript(main);
