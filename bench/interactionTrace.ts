// Where the time of a layer toggle or a date range change goes at one synthetic size: for each change the
// bench times (the same probe), the busy time of each browser thread (renderer main, MapLibre's workers,
// GPU process), the tasks over 8 ms in order, and the main thread's top functions by inclusive time, from
// an unminified build. A diagnosis tool for the Scale budgets (toggle and range change under 200 ms at
// 100k), not part of `npm run bench`; tracing slows every figure, so read its shares, not its totals.
//
// Usage: npx tsx bench/interactionTrace.ts [size]   size: 1k, 10k or 100k (default)
//        TRACE_SKIP_BUILD=1 reuses the build in TRACE_OUT_DIR (default: a folder under the system temp)
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { readAtlasFolder } from '../geo/lib/atlasFolder';
import { VIEWPORT } from './lib/measure';
import { callProbe, launchChromium, runScript, writeSyntheticCorpus } from './lib/harness';
import { findFreePort, startPreview, viteBuild } from './lib/servers';
import type { Interaction } from './page/probe';
import { probeScript } from './page/probeScript';
import { SYNTHETIC_SIZES, syntheticFolder } from './synthetic/generate';

const TOP = 15;
const TASK_MS = 8;

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };
type ThreadName = TraceEvent & { args?: { name?: string } };
type ProfileNode = {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

async function traced(cdp: CDPSession, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,gpu',
    transferMode: 'ReportEvents',
  });
  await work();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

function threadTimes(events: readonly TraceEvent[]): { busy: string; tasks: string } {
  const names = new Map<string, string>();
  for (const event of events as ThreadName[])
    if (event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
  const runs = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  const start = Math.min(...runs.map((e) => e.ts));
  const busy = new Map<string, number>();
  const tasks: string[] = [];
  for (const run of runs) {
    const thread = names.get(`${run.pid}:${run.tid}`) ?? `${run.pid}:${run.tid}`;
    const ms = (run.dur ?? 0) / 1000;
    busy.set(thread, (busy.get(thread) ?? 0) + ms);
    if (ms > TASK_MS) tasks.push(`${thread} @${Math.round((run.ts - start) / 1000)} ${Math.round(ms)} ms`);
  }
  const threads = [...busy].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
  return {
    busy: threads.map(([thread, ms]) => `${thread} ${Math.round(ms)} ms`).join(', '),
    tasks: tasks.join('; '),
  };
}

/** Inclusive time per function (a function counted once per sample however deep it recurs). */
function inclusiveTimes(profile: CpuProfile): Array<{ where: string; ms: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame) break;
      const file = frame.url ? basename(new URL(frame.url, 'http://x/').pathname) : '';
      const where = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
      if (seen.has(where)) continue;
      seen.add(where);
      totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    }
  });
  return [...totals]
    .filter(([where]) => !where.startsWith('(root)'))
    .map(([where, ms]) => ({ where, ms }))
    .sort((a, b) => b.ms - a.ms);
}

async function main(): Promise<void> {
  const sizeLabel = process.argv[2] ?? '100k';
  const size = SYNTHETIC_SIZES.find((candidate) => candidate.label === sizeLabel);
  if (!size) throw new Error(`unknown size ${sizeLabel}`);
  const outDir = process.env['TRACE_OUT_DIR'] ?? join(tmpdir(), 'risk-atlas-interaction-trace');
  if (process.env['TRACE_SKIP_BUILD'] !== '1')
    await viteBuild(['--outDir', outDir, '--emptyOutDir', '--minify', 'false']);
  const article = readAtlasFolder(join(outDir, 'data')).articles[0];
  if (!article) throw new Error('no article');
  const atlas = writeSyntheticCorpus(outDir, size, article);
  const days = [...new Set(atlas.articles.map((a) => a.date))].sort();
  const middle = days[Math.floor(days.length / 2)];
  const interactions: Interaction[] = [
    { kind: 'toggle-layer', label: 'Sites' },
    { kind: 'toggle-layer', label: 'Sites' },
    ...(middle ? [{ kind: 'range-from', day: middle } as const, { kind: 'all-dates' } as const] : []),
  ];
  const server = await startPreview({ port: await findFreePort(4197), configArgs: ['--outDir', outDir] });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    await context.addInitScript({ content: probeScript() });
    const page = await context.newPage();
    await page.goto(`${server.origin}/?data=${syntheticFolder(size)}`, { waitUntil: 'commit' });
    await callProbe(page, 'idleMark');
    await callProbe(page, 'settle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const interaction of interactions) {
      let result: unknown;
      // Starting the profiler stops the page while V8 lists its code (~250 ms at 100k): done, and let
      // pass, before the traced change.
      await cdp.send('Profiler.start');
      await callProbe(page, 'settle');
      const events = await traced(cdp, async () => {
        result = await callProbe(page, 'timeInteraction', interaction);
      });
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const { busy, tasks } = threadTimes(events);
      console.info(`\n== ${interaction.kind}: ${JSON.stringify(result)}`);
      console.info(`busy: ${busy}`);
      console.info(`tasks over ${TASK_MS} ms: ${tasks}`);
      console.info('main thread, inclusive (from the quiet moment before the change):');
      for (const row of inclusiveTimes(profile).slice(0, TOP))
        console.info(`${row.ms.toFixed(1).padStart(9)} ms  ${row.where}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

runScript(main);
