// One measured visit of one page in a fresh browser context: time to first idle, bytes, heap, frame
// times while panning and zooming, and (for the app) click-to-details latency.
import type { Browser, Page } from '@playwright/test';
import type { BenchProbe, ClickTarget, DetailsSignal, Interaction, InteractionResult } from '../page/probe';
import { NetworkRecorder, type ByteCounts } from './network';
import { harrellDavisPercentile, intervals, percentile } from './stats';

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** The scripted pan-and-zoom lasts this long; the only fixed duration in the bench. */
export const PAN_DURATION_MS = 3_000;
/** Clicks are made at this zoom, where even the 100k corpus leaves most features alone under the pointer. */
export const CLICK_ZOOM = 10;
/** Same as HIT_TOLERANCE in src/map/interaction.ts (not exported): the app's own click box. */
export const CLICK_TOLERANCE_PX = 6;
const CLICK_TIMEOUT_MS = 5_000;
/** A page that is not idle by then counts as failed (the synthetic 100k corpus may be). BENCH_IDLE_TIMEOUT in s. */
export const IDLE_TIMEOUT_MS = Number(process.env['BENCH_IDLE_TIMEOUT'] ?? 60) * 1000 || 60_000;

export type ClickPlan = {
  targets: readonly ClickTarget[];
  count: number;
  signal: DetailsSignal;
  layers: readonly string[];
  /** Stop clicking after this long, so one very slow corpus cannot eat the whole bench's time. */
  timeBudgetMs: number;
  /**
   * Ids of targets no click can hit alone, shared by the runs on one corpus: the view at each target is
   * the same every run, so later runs skip them without the jump and the wait for idle.
   */
  unusable: Set<string>;
};

/**
 * Frame percentiles are Harrell-Davis estimates (see stats.ts): frame intervals come in whole display
 * frames, and an estimate that picks one or two sorted values would jump a full frame at a time.
 */
export type FrameStats = {
  frames: number;
  p50Ms: number | null;
  p95Ms: number | null;
  /** Every interval, to 0.1 ms, so other estimates can be made from results.json later. */
  intervalsMs: number[];
};
export type ClickStats = {
  signal: DetailsSignal;
  latenciesMs: number[];
  p50Ms: number | null;
  p95Ms: number | null;
  /** Targets that cannot be clicked alone (a click would hit more, or nothing), known after this run. */
  unusableTargets: number;
  /** True when the time budget ran out before `count` clicks. */
  outOfTime: boolean;
  problems: string[];
};

export type RunMeasurement = {
  url: string;
  /** Wall time of the whole run (load, heap, pan, clicks), for planning the bench's own duration. */
  wallMs: number;
  timeToIdleMs: number;
  heapUsedBytes: number;
  bytes: ByteCounts;
  /** What had come over the wire by the first idle (page, scripts, styles, fonts, tiles, data). */
  bytesBeforeIdle: number;
  canvas: { width: number; height: number };
  frames: FrameStats | null;
  clicks: ClickStats | null;
  /** Each change the run made (a layer toggled, the date range changed) and how long the map took. */
  interactions: Array<InteractionResult & { kind: Interaction['kind'] }> | null;
  pageErrors: string[];
};

export type RunOptions = {
  url: string;
  probeScript: string;
  measureFrames: boolean;
  clicks?: ClickPlan;
  /** Changes to time after the clicks, in order, each from a map at rest. */
  interactions?: readonly Interaction[];
};

function probe(page: Page) {
  // Small helpers whose bodies only name the probe's functions: nothing for tsx to rewrite.
  return {
    idleMark: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).idleMark()),
    mapIdle: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).mapIdle()),
    settle: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).settle()),
    canvasSize: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).canvasSize()),
    bytesBeforeIdle: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).bytesBeforeIdle()),
    startFrames: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).startFrames()),
    stopFrames: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).stopFrames()),
    aimAt: (target: ClickTarget, layers: readonly string[]) =>
      page.evaluate(
        ([t, l, zoom, tolerance]) => (window.__riskAtlasBench as BenchProbe).aimAt(t, zoom, l, tolerance),
        [target, layers, CLICK_ZOOM, CLICK_TOLERANCE_PX] as const,
      ),
    armClick: (target: ClickTarget, signal: DetailsSignal) =>
      page.evaluate(([t, s, timeout]) => (window.__riskAtlasBench as BenchProbe).armClick(t, s, timeout), [
        target,
        signal,
        CLICK_TIMEOUT_MS,
      ] as const),
    clickResult: () => page.evaluate(() => (window.__riskAtlasBench as BenchProbe).clickResult()),
    timeInteraction: (interaction: Interaction) =>
      page.evaluate((i) => (window.__riskAtlasBench as BenchProbe).timeInteraction(i), interaction),
    detailsShown: (target: ClickTarget, signal: DetailsSignal) =>
      page.evaluate(([t, s]) => (window.__riskAtlasBench as BenchProbe).detailsShown(t, s), [
        target,
        signal,
      ] as const),
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function mapCanvasBox(page: Page) {
  const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
  if (!box) throw new Error('the map canvas is not visible');
  return box;
}

/**
 * Drags and wheel-zooms over the canvas for PAN_DURATION_MS, in a cycle that returns to where it began
 * (left, in, right, out), so every run and both pages pan over the same ground. Each input is awaited, so
 * a slower page gets fewer inputs; the frame times say how smooth it was.
 */
async function scriptedPanAndZoom(page: Page): Promise<void> {
  const box = await mapCanvasBox(page);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const reach = Math.min(box.width, box.height) * 0.3;
  const started = performance.now();
  const timeLeft = () => performance.now() - started < PAN_DURATION_MS;
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let step = 1; step <= 12 && timeLeft(); step += 1) {
      await page.mouse.move(centre.x + (dx * step) / 12, centre.y + (dy * step) / 12);
    }
    await page.mouse.up();
  };
  const wheel = async (deltaY: number) => {
    await page.mouse.move(centre.x, centre.y);
    for (let notch = 0; notch < 4 && timeLeft(); notch += 1) await page.mouse.wheel(0, deltaY);
  };
  const gestures = [
    () => drag(-reach, -reach / 3),
    () => wheel(-120),
    () => drag(reach, reach / 3),
    () => wheel(120),
  ];
  for (let index = 0; timeLeft(); index += 1) {
    const gesture = gestures[index % gestures.length];
    if (gesture) await gesture();
  }
}

async function measureClicks(page: Page, plan: ClickPlan): Promise<ClickStats> {
  const helpers = probe(page);
  const latencies: number[] = [];
  const problems: string[] = [];
  const { unusable } = plan;
  let lastClicked: string | null = null;
  const started = performance.now();
  const outOfTime = () => performance.now() - started > plan.timeBudgetMs;
  // Round-robin over the candidates, so a small corpus (the real one has a few dozen features) still
  // yields `count` clicks; a feature is never clicked twice in a row, which would change nothing.
  while (latencies.length < plan.count) {
    let clickedThisPass = 0;
    for (const target of plan.targets) {
      if (latencies.length >= plan.count || outOfTime()) break;
      if (unusable.has(target.id) || target.id === lastClicked) continue;
      const point = await helpers.aimAt(target, plan.layers);
      if (!point) {
        unusable.add(target.id);
        continue;
      }
      await page.mouse.move(point.x, point.y);
      await helpers.mapIdle(); // the hover highlight is drawn before the click, not during it
      await helpers.armClick(target, plan.signal);
      await page.mouse.down();
      await page.mouse.up();
      const result = await helpers.clickResult();
      lastClicked = target.id;
      clickedThisPass += 1;
      if (result.latencyMs === null) problems.push(result.problem ?? `no result for ${target.id}`);
      else latencies.push(result.latencyMs);
      if (problems.length > plan.count) break;
    }
    if (clickedThisPass === 0 || problems.length > plan.count || outOfTime()) break;
  }
  return {
    signal: plan.signal,
    latenciesMs: latencies,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    unusableTargets: unusable.size,
    outOfTime: latencies.length < plan.count && outOfTime(),
    problems,
  };
}

export async function measureRun(browser: Browser, options: RunOptions): Promise<RunMeasurement> {
  const started = performance.now();
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: options.probeScript });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const network = new NetworkRecorder(page);
    const cdp = await context.newCDPSession(page);
    const helpers = probe(page);

    await page.goto(options.url, { waitUntil: 'commit' });
    const timeToIdleMs = await withTimeout(helpers.idleMark(), IDLE_TIMEOUT_MS, `map:idle at ${options.url}`);
    // Let the page finish what it started (the app: the atlas download, parse and panels) before the heap
    // and the pan: network quiet, then a main thread a second without long tasks.
    await network.quiet();
    await helpers.settle();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const canvas = await helpers.canvasSize();
    // Read once the network is quiet: every response that ended before the mark is in the timeline by now.
    const bytesBeforeIdle = await helpers.bytesBeforeIdle();

    let frames: FrameStats | null = null;
    if (options.measureFrames) {
      await helpers.mapIdle();
      await helpers.startFrames();
      await scriptedPanAndZoom(page);
      const times = await helpers.stopFrames();
      const frameTimes = intervals(times);
      frames = {
        frames: frameTimes.length,
        p50Ms: harrellDavisPercentile(frameTimes, 50),
        p95Ms: harrellDavisPercentile(frameTimes, 95),
        intervalsMs: frameTimes.map((time) => Math.round(time * 10) / 10),
      };
      // Clicks start from a map at rest; without clicks there is nothing to wait for.
      if (options.clicks) await helpers.mapIdle();
    }

    const clicks = options.clicks ? await measureClicks(page, options.clicks) : null;
    let interactions: RunMeasurement['interactions'] = null;
    if (options.interactions) {
      interactions = [];
      for (const interaction of options.interactions) {
        await helpers.mapIdle();
        await helpers.settle();
        interactions.push({ kind: interaction.kind, ...(await helpers.timeInteraction(interaction)) });
      }
    }
    await network.quiet();
    return {
      url: options.url,
      wallMs: performance.now() - started,
      timeToIdleMs,
      heapUsedBytes: usedSize,
      bytes: network.totals(),
      bytesBeforeIdle,
      canvas,
      frames,
      clicks,
      interactions,
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Which signal says "the details show this feature": the panel's test id if the app has it, else the
 * details heading, else only the map's feature state. Found once by clicking a target and looking.
 */
export async function detectDetailsSignal(
  browser: Browser,
  options: { url: string; probeScript: string; targets: readonly ClickTarget[]; layers: readonly string[] },
): Promise<{ signal: DetailsSignal; canvas: { width: number; height: number } }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: options.probeScript });
    const page = await context.newPage();
    const helpers = probe(page);
    await page.goto(options.url, { waitUntil: 'commit' });
    await withTimeout(helpers.idleMark(), IDLE_TIMEOUT_MS, `map:idle at ${options.url}`);
    const canvas = await helpers.canvasSize();
    for (const target of options.targets) {
      const point = await helpers.aimAt(target, options.layers);
      if (!point) continue;
      await helpers.armClick(target, 'testid');
      await page.mouse.click(point.x, point.y);
      const result = await helpers.clickResult();
      if (result.latencyMs !== null) return { signal: 'testid', canvas };
      if (await helpers.detailsShown(target, 'heading')) return { signal: 'heading', canvas };
      return { signal: 'feature-state', canvas };
    }
    throw new Error('no click target could be hit on its own; cannot measure click-to-details');
  } finally {
    await context.close();
  }
}
