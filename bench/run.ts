// `npm run bench`: builds the app, the bare-MapLibre baseline (the app's style without React) and the light
// page (bare MapLibre with Natural Earth 110m countries only), serves them on 127.0.0.1, measures them
// alternately in headless Chromium, then the app on synthetic corpora of 1k, 10k and 100k features.
// Prints one table with budgets and writes bench/results.json. Exits 0 whether budgets pass or not;
// non-zero only when something crashed.
//
// Environment: BENCH_RUNS (runs per page, default 5), BENCH_SCALE_RUNS (runs per synthetic size,
// default 3), BENCH_CLICKS (clicks per app run, default 20), BENCH_SCALE_CLICKS (clicks per app run
// on synthetic data, default 10), BENCH_SIZES (e.g. "1k,10k"),
// BENCH_APP_DIST (app build folder, default dist), BENCH_SKIP_BUILD=1 (reuse both builds),
// BENCH_SCALE_BASELINE (baseline runs per synthetic size, default 1; 0 = app only),
// BENCH_AA (0 = do not measure the baseline a second time per round; see README),
// BENCH_LIGHTHOUSE_RUNS (Lighthouse runs per form factor, default 3; 0 = none),
// BENCH_ONLY=lighthouse (build the app and run only Lighthouse), BENCH_ONLY=editor (bench/editor.ts only).
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { readAtlasFolder } from '../geo/lib/atlasFolder';
import type { Article, CompiledAtlas } from '../src/data/schema';
import { PICKABLE_LAYER_IDS } from '../src/map/overlayStyle';
import { runEditorBench } from './editor';
import {
  detectDetailsSignal,
  IDLE_TIMEOUT_MS,
  measureRun,
  type ClickPlan,
  type RunMeasurement,
  type RunOptions,
} from './lib/measure';
import {
  budgetVerdict,
  bytesBeforeIdleBudget,
  describeLightComparison,
  evaluateBudgets,
  KB,
  lightPageBudgets,
  MB,
  renderTable,
  summarise,
  tableRows,
  type ScaleSummary,
} from './lib/report';
import {
  BASELINE_CONFIG,
  findFreePort,
  LIGHT_CONFIG,
  startPreview,
  viteBuild,
  type PreviewServer,
} from './lib/servers';
import { clickTargets } from './lib/targets';
import {
  FORM_FACTORS,
  LIGHTHOUSE_CATEGORIES,
  renderLighthouse,
  runLighthouse,
  summariseLighthouse,
  type LighthouseRun,
  type LighthouseSummary,
} from './lib/lighthouse';
import type { ClickTarget, Interaction } from './page/probe';
import { probeScript } from './page/probeScript';
import {
  generateSyntheticAtlas,
  SYNTHETIC_SIZES,
  syntheticDataFiles,
  syntheticFolder,
} from './synthetic/generate';

const BASELINE_DIST = 'dist-bench-baseline';
const LIGHT_DIST = 'dist-bench-light';
const RESULTS_FILE = 'bench/results.json';
/** BENCH_ONLY=lighthouse writes here (not committed), leaving the whole bench's results alone. */
const LIGHTHOUSE_RESULTS_FILE = 'bench/results-raw/lighthouse.json';
/** Per run: enough for 20 clicks on a healthy page; a page needing more is reported with fewer clicks. */
const CLICK_TIME_BUDGET_MS = 45_000;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const runs = positiveInteger('BENCH_RUNS', 7);
/**
 * The baseline a second time in every round (an A/A comparison): the spread between two medians of the
 * very same page in this run, printed beside each app/baseline ratio.
 */
const measureBaselineTwice = process.env['BENCH_AA'] !== '0';
const scaleRuns = positiveInteger('BENCH_SCALE_RUNS', Math.min(runs, 3));
const clicksPerRun = positiveInteger('BENCH_CLICKS', 20);
/** Fewer on the synthetic corpora, where one click can take a second: their latency is reported, not budgeted. */
const clicksPerScaleRun = positiveInteger('BENCH_SCALE_CLICKS', Math.min(clicksPerRun, 10));
const appDist = process.env['BENCH_APP_DIST'] || 'dist';
const skipBuild = process.env['BENCH_SKIP_BUILD'] === '1';
/** Baseline runs per synthetic size: context for the app's figures, not budgeted, so one is the default. */
const scaleBaselineRuns =
  process.env['BENCH_SCALE_BASELINE'] === '0' ? 0 : positiveInteger('BENCH_SCALE_BASELINE', 1);
const requestedSizes = (process.env['BENCH_SIZES'] ?? '').split(',').filter(Boolean);
const lighthouseRuns =
  process.env['BENCH_LIGHTHOUSE_RUNS'] === '0' ? 0 : positiveInteger('BENCH_LIGHTHOUSE_RUNS', 3);
const only = process.env['BENCH_ONLY'];
if (only !== undefined && only !== 'lighthouse' && only !== 'editor')
  throw new Error(`BENCH_ONLY=${only}: only "lighthouse" and "editor" are known`);
const sizes = SYNTHETIC_SIZES.filter(
  (size) => requestedSizes.length === 0 || requestedSizes.includes(size.label),
);

const log = (message: string) => console.info(`[bench] ${message}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** gzip of MapLibre's own distributed ES module and worker: what any MapLibre page has to ship. */
function maplibreOwnJs() {
  const files = [
    'node_modules/maplibre-gl/dist/maplibre-gl.mjs',
    'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
  ];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(file);
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { files, rawBytes, gzipBytes };
}

/**
 * What each run on a synthetic corpus changes after its clicks: the Sites layer off and on again, and
 * where the corpus spans more than one day (so the timeline shows), "From" set to its middle day and
 * then "All dates".
 */
function scaleInteractions(atlas: CompiledAtlas): Interaction[] {
  const toggles: Interaction[] = [
    { kind: 'toggle-layer', label: 'Sites' },
    { kind: 'toggle-layer', label: 'Sites' },
  ];
  const days = [...new Set(atlas.articles.map((a) => a.date))].sort();
  const middle = days[Math.floor(days.length / 2)];
  if (days.length < 2 || middle === undefined) return toggles;
  return [...toggles, { kind: 'range-from', day: middle }, { kind: 'all-dates' }];
}
const interactionsBySize = new Map<string, Interaction[]>();

/**
 * Writes each synthetic corpus into the app build (served at /bench-data/...) and links it into the
 * baseline build too, so both pages can read it; keeps only what the clicks need in memory.
 */
function writeSyntheticCorpora(article: Article): Map<string, ClickTarget[]> {
  const targetsBySize = new Map<string, ClickTarget[]>();
  interactionsBySize.clear();
  for (const size of sizes) {
    const started = performance.now();
    const atlas = generateSyntheticAtlas({
      featureCount: size.features,
      article,
      articleCount: size.articles,
    });
    for (const file of syntheticDataFiles(atlas)) {
      const path = join(appDist, syntheticFolder(size), file.path);
      const baselinePath = join(BASELINE_DIST, syntheticFolder(size), file.path);
      mkdirSync(dirname(path), { recursive: true });
      mkdirSync(dirname(baselinePath), { recursive: true });
      writeFileSync(path, file.content);
      rmSync(baselinePath, { force: true });
      try {
        linkSync(path, baselinePath);
      } catch {
        copyFileSync(path, baselinePath); // another file system: a copy does as well
      }
    }
    targetsBySize.set(size.label, clickTargets(atlas, clicksPerScaleRun * 3));
    interactionsBySize.set(size.label, scaleInteractions(atlas));
    log(`wrote ${join(appDist, syntheticFolder(size))} (${size.features} features) in ${seconds(started)}`);
  }
  return targetsBySize;
}

function describeRun(name: string, run: RunMeasurement): string {
  const parts = [
    `idle ${run.timeToIdleMs.toFixed(0)} ms`,
    `heap ${(run.heapUsedBytes / MB).toFixed(1)} MB`,
    `JS gzip ${(run.bytes.jsGzipBytes / KB).toFixed(1)} KB`,
  ];
  if (run.frames) parts.push(`frames ${run.frames.frames}, p95 ${run.frames.p95Ms?.toFixed(1) ?? '—'} ms`);
  if (run.clicks) {
    parts.push(
      `clicks ${run.clicks.latenciesMs.length} (${run.clicks.unusableTargets} targets not clickable alone), p95 ${run.clicks.p95Ms?.toFixed(1) ?? '—'} ms`,
    );
  }
  if (run.interactions && run.interactions.length > 0) {
    const shown = run.interactions.map(
      (i) =>
        `${i.kind} ${i.ms === null ? (i.problem ?? '—') : `${i.ms} ms (handlers ${i.handlersMs ?? '—'} ms)`}`,
    );
    parts.push(shown.join(', '));
  }
  return `${name}: ${parts.join(', ')}`;
}

/**
 * Lighthouse against the app's production build as served (gzipped), desktop then mobile, each
 * `lighthouseRuns` times; its own Chromium per run, so it is run while no other page is measured.
 */
async function measureLighthouse(appOrigin: string): Promise<LighthouseSummary[]> {
  if (lighthouseRuns === 0) return [];
  const chromePath = (findChromium as () => string | undefined)() ?? '/usr/bin/chromium';
  const summaries: LighthouseSummary[] = [];
  for (const formFactor of FORM_FACTORS) {
    const measured: LighthouseRun[] = [];
    for (let run = 1; run <= lighthouseRuns; run += 1) {
      const started = performance.now();
      const result = await runLighthouse(`${appOrigin}/`, formFactor, chromePath, CHROMIUM_ARGS as string[]);
      measured.push(result);
      const scores = LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${result.scores[c] ?? '—'}`).join(', ');
      log(
        `lighthouse ${formFactor} ${run}/${lighthouseRuns}: ${scores}; TBT ${Math.round(result.metrics.tbtMs ?? NaN)} ms (${seconds(started)})`,
      );
    }
    summaries.push(summariseLighthouse(formFactor, measured));
  }
  return summaries;
}

/** `BENCH_ONLY=lighthouse`: build the app, serve it, run Lighthouse, print and keep its figures. */
async function lighthouseOnly(): Promise<void> {
  const started = performance.now();
  if (!skipBuild) await viteBuild(['--outDir', appDist, '--emptyOutDir']);
  const app = await startPreview({ port: await findFreePort(4190), configArgs: ['--outDir', appDist] });
  process.once('SIGINT', () => {
    app.stop();
    process.exit(130);
  });
  try {
    const loadBefore = loadavg();
    const lighthouse = await measureLighthouse(app.origin);
    const loadAfter = loadavg();
    console.info(`\n${renderLighthouse(lighthouse)}`);
    console.info(
      `Load average before/after: ${loadBefore[0]?.toFixed(1)}/${loadAfter[0]?.toFixed(1)} on ${cpus().length} cores.`,
    );
    mkdirSync(dirname(LIGHTHOUSE_RESULTS_FILE), { recursive: true });
    writeFileSync(
      LIGHTHOUSE_RESULTS_FILE,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, lighthouse }, null, 2)}\n`,
    );
    log(`wrote ${LIGHTHOUSE_RESULTS_FILE} in ${seconds(started)}`);
  } finally {
    app.stop();
  }
}

async function main(): Promise<void> {
  // The editor's figures (bench/editor.ts) alone: BENCH_ONLY=editor.
  if (process.env['BENCH_ONLY'] === 'editor')
    return void (await runEditorBench({ appDist, build: !skipBuild }));
  const started = performance.now();
  const loadBefore = loadavg();
  log(
    `runs ${runs} per page${measureBaselineTwice ? ' (the baseline twice per round)' : ''}, ` +
      `${scaleRuns} per synthetic size; ${clicksPerRun} clicks per app run (${clicksPerScaleRun} on synthetic data)`,
  );
  if ((loadBefore[0] ?? 0) > cpus().length) {
    log(
      `warning: load average ${loadBefore[0]?.toFixed(1)} on ${cpus().length} cores; figures will be noisy`,
    );
  }

  if (skipBuild) log('BENCH_SKIP_BUILD=1: using the existing builds');
  else {
    await viteBuild(['--outDir', appDist, '--emptyOutDir']);
    await viteBuild(['--config', BASELINE_CONFIG]);
    await viteBuild(['--config', LIGHT_CONFIG]);
    log(`built ${appDist}/, ${BASELINE_DIST}/ and ${LIGHT_DIST}/ in ${seconds(started)}`);
  }

  const realAtlas = readAtlasFolder(join(appDist, 'data'));
  const article = realAtlas.articles[0];
  if (!article) throw new Error('the atlas has no article to quote from');
  const scaleTargets = writeSyntheticCorpora(article);
  const realTargets = clickTargets(realAtlas, realAtlas.features.length);
  const maplibre = maplibreOwnJs();
  const layers = [...PICKABLE_LAYER_IDS];
  const script = probeScript();

  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  const stopAll = () => {
    for (const server of servers) server.stop();
  };
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    const appPort = await findFreePort(4190);
    const baselinePort = await findFreePort(4191, new Set([appPort]));
    const lightPort = await findFreePort(4192, new Set([appPort, baselinePort]));
    const [app, baseline, light] = await Promise.all([
      startPreview({ port: appPort, configArgs: ['--outDir', appDist] }),
      startPreview({ port: baselinePort, configArgs: ['--config', BASELINE_CONFIG] }),
      startPreview({ port: lightPort, configArgs: ['--config', LIGHT_CONFIG] }),
    ]);
    servers.push(app, baseline, light);
    log(
      `serving the app at ${app.origin}/, the baseline at ${baseline.origin}/, the light page at ${light.origin}/`,
    );

    const executablePath = (findChromium as () => string | undefined)() ?? '/usr/bin/chromium';
    const launch = () => chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] });
    browser = await launch();
    log(`Chromium ${browser.version()} at ${executablePath}`);
    const relaunches: string[] = [];
    /**
     * One run in a fresh context. If Chromium itself went away during it (a crash, or someone ending it),
     * the browser is relaunched and the run tried once more, so one lost process does not lose the bench.
     */
    const measure = async (name: string, options: RunOptions): Promise<RunMeasurement> => {
      for (let attempt = 1; ; attempt += 1) {
        if (!browser?.isConnected()) {
          relaunches.push(name);
          log(`Chromium is gone; relaunching it for ${name}`);
          browser = await launch();
        }
        try {
          return await measureRun(browser, options);
        } catch (error) {
          if (attempt >= 2 || browser.isConnected()) throw error;
        }
      }
    };

    // Warm-up visits (not counted): the OS file cache and the server get their first hit here, and the
    // app tells us its map size (the baseline draws the same) and how its details panel can be seen.
    const appUrl = `${app.origin}/`;
    const probeStarted = performance.now();
    const { signal, canvas } = await detectDetailsSignal(browser, {
      url: appUrl,
      probeScript: script,
      targets: realTargets,
      layers,
    });
    log(
      `details signal: ${signal}; app map canvas ${canvas.width}×${canvas.height} (${seconds(probeStarted)})`,
    );
    const baselineUrl = `${baseline.origin}/?width=${canvas.width}&height=${canvas.height}`;
    await measure('baseline warm-up', { url: baselineUrl, probeScript: script, measureFrames: false });
    const lightUrl = `${light.origin}/?width=${canvas.width}&height=${canvas.height}`;
    await measure('light page warm-up', { url: lightUrl, probeScript: script, measureFrames: false });

    const unusableByCorpus = new Map<string, Set<string>>();
    const clickPlan = (corpus: string, targets: readonly ClickTarget[], count: number): ClickPlan => {
      const unusable = unusableByCorpus.get(corpus) ?? new Set<string>();
      unusableByCorpus.set(corpus, unusable);
      return { targets, count, signal, layers, timeBudgetMs: CLICK_TIME_BUDGET_MS, unusable };
    };
    const appRuns: RunMeasurement[] = [];
    const baselineRuns: RunMeasurement[] = [];
    const baselineAgainRuns: RunMeasurement[] = [];
    const lightRuns: RunMeasurement[] = [];
    for (let run = 1; run <= runs; run += 1) {
      // Alternating, so slow drift on a shared machine hits both pages alike.
      const appRun = await measure(`app run ${run}`, {
        url: appUrl,
        probeScript: script,
        measureFrames: true,
        clicks: clickPlan('real', realTargets, clicksPerRun),
      });
      appRuns.push(appRun);
      log(describeRun(`app run ${run}/${runs}`, appRun));
      const baselineRun = await measure(`baseline run ${run}`, {
        url: baselineUrl,
        probeScript: script,
        measureFrames: true,
      });
      baselineRuns.push(baselineRun);
      log(describeRun(`baseline run ${run}/${runs}`, baselineRun));
      const lightRun = await measure(`light page run ${run}`, {
        url: lightUrl,
        probeScript: script,
        measureFrames: true,
      });
      lightRuns.push(lightRun);
      log(describeRun(`light page run ${run}/${runs}`, lightRun));
      if (!measureBaselineTwice) continue;
      const againRun = await measure(`baseline again run ${run}`, {
        url: baselineUrl,
        probeScript: script,
        measureFrames: true,
      });
      baselineAgainRuns.push(againRun);
      log(describeRun(`baseline again run ${run}/${runs}`, againRun));
    }

    // Interleaved by size within each round, app then baseline, for the same reason. A page whose map
    // never becomes idle at a size is recorded as failed there and not tried again: another timeout
    // would tell nothing new and would cost minutes.
    type Attempts = { runs: RunMeasurement[]; failures: string[] };
    const scaleResults = new Map(
      sizes.map((size) => [
        size.label,
        { app: { runs: [], failures: [] } as Attempts, baseline: { runs: [], failures: [] } as Attempts },
      ]),
    );
    const attempt = async (name: string, into: Attempts, options: RunOptions) => {
      if (into.failures.length > 0) return;
      try {
        const measured = await measure(name, options);
        into.runs.push(measured);
        log(describeRun(name, measured));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        into.failures.push(message);
        log(`${name} failed: ${message}`);
      }
    };
    for (let run = 1; run <= scaleRuns; run += 1) {
      for (const size of sizes) {
        const results = scaleResults.get(size.label);
        if (!results) continue;
        const data = `data=${syntheticFolder(size)}`;
        await attempt(`app synthetic-${size.label} run ${run}/${scaleRuns}`, results.app, {
          url: `${app.origin}/?${data}`,
          probeScript: script,
          measureFrames: true,
          clicks: clickPlan(size.label, scaleTargets.get(size.label) ?? [], clicksPerScaleRun),
          interactions: interactionsBySize.get(size.label) ?? [],
        });
        if (run > scaleBaselineRuns) continue;
        await attempt(
          `baseline synthetic-${size.label} run ${run}/${Math.min(scaleRuns, scaleBaselineRuns)}`,
          results.baseline,
          {
            url: `${baselineUrl}&${data}`,
            probeScript: script,
            measureFrames: true,
          },
        );
      }
    }

    // Last, with the bench's own pages closed: Lighthouse starts a Chromium of its own per run.
    const lighthouse = await measureLighthouse(app.origin);

    const appSummary = summarise(appRuns);
    const baselineSummary = summarise(baselineRuns);
    const baselineAgainSummary = measureBaselineTwice ? summarise(baselineAgainRuns) : null;
    const lightSummary = summarise(lightRuns);
    const scale: ScaleSummary[] = sizes.map((size) => {
      const results = scaleResults.get(size.label);
      return {
        label: size.label,
        features: size.features,
        app: summarise(results?.app.runs ?? [], results?.app.failures.length ?? 0),
        baseline:
          scaleBaselineRuns > 0
            ? summarise(results?.baseline.runs ?? [], results?.baseline.failures.length ?? 0)
            : null,
      };
    });
    const budgets = [
      ...evaluateBudgets({
        app: appSummary,
        baseline: baselineSummary,
        baselineAgain: baselineAgainSummary,
        maplibreGzipBytes: maplibre.gzipBytes,
        scale,
      }),
      ...lightPageBudgets({ app: appSummary, light: lightSummary }),
      bytesBeforeIdleBudget(appSummary),
    ];
    const clickSignal =
      signal === 'testid'
        ? 'panel [data-testid=feature-details]'
        : signal === 'heading'
          ? 'panel heading section.details h2'
          : 'feature-state selected';

    const allRuns = [
      ...appRuns,
      ...baselineRuns,
      ...baselineAgainRuns,
      ...lightRuns,
      ...[...scaleResults.values()].flatMap((results) => [...results.app.runs, ...results.baseline.runs]),
    ];
    const pageErrors = [...new Set(allRuns.flatMap((run) => run.pageErrors))];
    const clickProblems = [...new Set(allRuns.flatMap((run) => run.clicks?.problems ?? []))];
    const loadAfter = loadavg();

    console.info('');
    console.info(
      renderTable(
        tableRows({
          app: appSummary,
          baseline: baselineSummary,
          baselineAgain: baselineAgainSummary,
          scale,
          budgets,
          idleTimeoutMs: IDLE_TIMEOUT_MS,
        }),
      ),
    );
    console.info('');
    console.info(
      `MapLibre's own JS (maplibre-gl.mjs + worker): ${(maplibre.rawBytes / KB).toFixed(1)} KB raw, ` +
        `${(maplibre.gzipBytes / KB).toFixed(1)} KB gzip. 1 KB = 1024 bytes. Click-to-details ends at: ${clickSignal}.`,
    );
    console.info(describeLightComparison(appSummary, lightSummary));
    if (lighthouse.length > 0) console.info(`\n${renderLighthouse(lighthouse)}\n`);
    console.info(
      `Load average before/after: ${loadBefore[0]?.toFixed(1)}/${loadAfter[0]?.toFixed(1)} on ${cpus().length} cores.`,
    );
    if (relaunches.length > 0)
      console.warn(`Chromium had to be relaunched before: ${relaunches.join(', ')}.`);
    if (pageErrors.length > 0) console.warn(`Page errors:\n  ${pageErrors.join('\n  ')}`);
    if (clickProblems.length > 0)
      console.warn(`Click problems:\n  ${clickProblems.slice(0, 10).join('\n  ')}`);
    console.info(budgetVerdict(budgets));

    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          environment: {
            chromium: browser.version(),
            chromiumArgs: CHROMIUM_ARGS as string[],
            node: process.version,
            cpus: cpus().length,
            loadAverageBefore: loadBefore,
            loadAverageAfter: loadAfter,
            viewport: { width: 1280, height: 800 },
            mapCanvas: canvas,
          },
          chromiumRelaunches: relaunches,
          settings: {
            runs,
            baselineTwice: measureBaselineTwice,
            scaleRuns,
            scaleBaselineRuns,
            idleTimeoutMs: IDLE_TIMEOUT_MS,
            clicksPerRun,
            clicksPerScaleRun,
            appDist,
            baselineDist: BASELINE_DIST,
            lightDist: LIGHT_DIST,
            clickSignal: signal,
          },
          maplibreOwnJs: maplibre,
          summary: {
            app: appSummary,
            baseline: baselineSummary,
            baselineAgain: baselineAgainSummary,
            light: lightSummary,
            scale,
          },
          budgets,
          lighthouse,
          runs: {
            app: appRuns,
            baseline: baselineRuns,
            baselineAgain: baselineAgainRuns,
            light: lightRuns,
            scale: Object.fromEntries(scaleResults),
          },
        },
        null,
        2,
      )}\n`,
    );
    log(`wrote ${RESULTS_FILE}; whole bench took ${seconds(started)}`);
    await runEditorBench({ appDist, build: false });
  } finally {
    await browser?.close();
    stopAll();
  }
}

(only === 'lighthouse' ? lighthouseOnly() : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
