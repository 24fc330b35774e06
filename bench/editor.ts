// The editor's speed on the seed corpus (issue 16): opening it once the map is idle (edit=1 given to the
// loaded page, until its tools can be used: chunk fetched and run, drafts opened from IndexedDB), and one
// validation of a draft by the shared schema (every feature of the seed corpus, as the editor's form checks
// it on each change). Reported with targets, never asserted in tests.
//
// `npm run bench` runs it after the rest; `BENCH_ONLY=editor npm run bench` (or `tsx bench/editor.ts`)
// runs only this part. BENCH_EDITOR_RUNS (default 5) page opens, each in a fresh browser context (so the
// chunk comes over the network every time); BENCH_SKIP_BUILD=1 reuses the app build.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { draftFromFeature, type OverlayFile } from '../src/editor/corpusFiles';
import { isLayerId, validateDraft, type DraftFeature } from '../src/editor/draft';
import type { Geometry } from '../src/data/schema';
import { findFreePort, startPreview, viteBuild } from './lib/servers';
import { median, percentile } from './lib/stats';

export const EDITOR_TARGETS = { openMs: 1000, validationMs: 16 } as const;

export type EditorBenchResult = {
  openMs: number[];
  validationMs: number[];
  drafts: number;
  loadAverage: { before: number; after: number };
};

const log = (message: string) => console.info(`[bench:editor] ${message}`);

/** Every feature of the seed corpus (geo/overlays) as the editor holds it when opened for editing. */
function seedDrafts(): DraftFeature[] {
  const drafts: DraftFeature[] = [];
  for (const file of readdirSync('geo/overlays').filter((name) => name.endsWith('.geojson'))) {
    const layer = file.replace('.geojson', '');
    if (!isLayerId(layer)) continue;
    const overlay = JSON.parse(readFileSync(join('geo/overlays', file), 'utf8')) as OverlayFile;
    for (const raw of overlay.features) {
      drafts.push(draftFromFeature(`d${drafts.length + 1}`, raw, layer, raw.geometry as Geometry | null));
    }
  }
  return drafts;
}

/** One validation per draft, a few rounds over the corpus after a warm-up round (the form's steady state). */
export function measureValidation(rounds = 20): { timesMs: number[]; drafts: number } {
  const drafts = seedDrafts();
  if (drafts.length === 0) throw new Error('the seed corpus has no features to validate');
  for (const draft of drafts) validateDraft(draft);
  const timesMs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const draft of drafts) {
      const started = performance.now();
      validateDraft(draft);
      timesMs.push(performance.now() - started);
    }
  }
  return { timesMs, drafts: drafts.length };
}

/**
 * Run in the page as text: tsx would otherwise wrap the named arrow function in a helper the page lacks.
 * Sets the hash the way a link does and resolves on the first frame where Point is enabled.
 */
const OPEN_AND_WAIT = `new Promise((resolve) => {
  const started = performance.now();
  window.location.hash = '#edit=1';
  const usable = () => {
    const point = document.querySelector('section.editor .editor-toolbar button');
    if (point && !point.disabled) resolve(performance.now() - started);
    else requestAnimationFrame(usable);
  };
  usable();
})`;

/** From edit=1 given to the page (map idle, panels filled) to the editor's Point button being usable. */
async function measureOpen(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
      timeout: 60_000,
    });
    await page.getByRole('navigation', { name: 'All features by layer' }).waitFor({ timeout: 60_000 });
    return await page.evaluate<number>(OPEN_AND_WAIT);
  } finally {
    await context.close();
  }
}

export async function runEditorBench(options: {
  appDist: string;
  build: boolean;
  runs?: number;
}): Promise<EditorBenchResult> {
  const runs = options.runs ?? Number(process.env['BENCH_EDITOR_RUNS'] ?? 5);
  const before = loadavg()[0] ?? 0;
  if (options.build) await viteBuild(['--outDir', options.appDist, '--emptyOutDir']);
  const validation = measureValidation();
  const port = await findFreePort(4196);
  const server = await startPreview({ port, configArgs: ['--outDir', options.appDist] });
  const executablePath = (findChromium as () => string | undefined)() ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] });
  const openMs: number[] = [];
  try {
    // One unmeasured visit: the OS file cache and the server get their first hit here.
    await measureOpen(browser, server.origin);
    for (let run = 1; run <= runs; run += 1) {
      const ms = await measureOpen(browser, server.origin);
      openMs.push(ms);
      log(`open run ${run}/${runs}: ${ms.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const result = {
    openMs,
    validationMs: validation.timesMs,
    drafts: validation.drafts,
    loadAverage: { before, after: loadavg()[0] ?? 0 },
  };
  console.info(describeEditorBench(result));
  return result;
}

const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const verdict = (value: number | null, limit: number) => (value !== null && value <= limit ? 'pass' : 'FAIL');

export function describeEditorBench(result: EditorBenchResult): string {
  const openMedian = median(result.openMs);
  const validationP95 = percentile(result.validationMs, 95);
  const validationMax = result.validationMs.length > 0 ? Math.max(...result.validationMs) : null;
  return [
    `Editor, seed corpus (load average ${result.loadAverage.before.toFixed(1)} → ${result.loadAverage.after.toFixed(1)} on ${cpus().length} cores):`,
    `  open after map idle: median ${ms(openMedian)}, max ${ms(result.openMs.length > 0 ? Math.max(...result.openMs) : null)} over ${result.openMs.length} runs; target ≤ ${EDITOR_TARGETS.openMs} ms: ${verdict(openMedian, EDITOR_TARGETS.openMs)}`,
    `  one validation: median ${ms(median(result.validationMs))}, p95 ${ms(validationP95)}, max ${ms(validationMax)} over ${result.validationMs.length} (${result.drafts} drafts); target each ≤ ${EDITOR_TARGETS.validationMs} ms: ${verdict(validationMax, EDITOR_TARGETS.validationMs)}`,
  ].join('\n');
}

const invokedDirectly = process.argv[1]?.endsWith('bench/editor.ts') === true;
if (invokedDirectly) {
  runEditorBench({
    appDist: process.env['BENCH_APP_DIST'] || 'dist',
    build: process.env['BENCH_SKIP_BUILD'] !== '1',
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
