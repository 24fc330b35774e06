// How well the bench can tell the app's time to map:idle from the bare page's: many alternating loads of
// each (time to idle only: no pan, no clicks), with the per-pair ratios and their spread. A diagnosis
// tool next to `npm run bench`, not part of it.
//
// Usage: npx tsx bench/idlePairs.ts            (builds both pages first, like the bench)
//        IDLE_PAIRS=<n> (default 20)  BENCH_SKIP_BUILD=1 (reuse dist/ and the baseline build)
//        IDLE_AA=1: the bare page against itself, to see the noise of the method alone
//        IDLE_OTHER_DIST=<folder>: the app against another build of the app (say, before a change) instead
//        of the bare page
import type { Browser } from '@playwright/test';
import { launchChromium, runScript } from './lib/harness';
import { VIEWPORT } from './lib/measure';
import { BASELINE_CONFIG, findFreePort, startPreview, viteBuild } from './lib/servers';
import { median, percentile } from './lib/stats';

const pairs = Number(process.env['IDLE_PAIRS'] ?? 20);
const againstItself = process.env['IDLE_AA'] === '1';
const otherDist = process.env['IDLE_OTHER_DIST'];

async function timeToIdle(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
      timeout: 60_000,
    });
    // A string, so nothing of tsx's output is sent to the page.
    return (await page.evaluate('performance.getEntriesByName("map:idle")[0].startTime')) as number;
  } finally {
    await context.close();
  }
}

async function mapSize(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('the app shows no map canvas');
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

const format = (value: number | null) => (value === null ? '—' : value.toFixed(3));

runScript(async () => {
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error('IDLE_PAIRS must be a positive integer');
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    await viteBuild(['--outDir', 'dist', '--emptyOutDir']);
    await viteBuild(['--config', BASELINE_CONFIG]);
  }
  const appPort = await findFreePort(4290);
  const baselinePort = await findFreePort(4291, new Set([appPort]));
  const app = await startPreview({ port: appPort, configArgs: ['--outDir', 'dist'] });
  const baseline = await startPreview({
    port: baselinePort,
    configArgs: otherDist ? ['--outDir', otherDist] : ['--config', BASELINE_CONFIG],
  });
  const browser = await launchChromium();
  try {
    const appUrl = `${app.origin}/`;
    const size = await mapSize(browser, appUrl); // also the unmeasured warm-up visit of the app
    const baselineUrl = otherDist
      ? `${baseline.origin}/`
      : `${baseline.origin}/?width=${size.width}&height=${size.height}`;
    await timeToIdle(browser, baselineUrl);
    const first = againstItself ? baselineUrl : appUrl;
    const firstTimes: number[] = [];
    const baselineTimes: number[] = [];
    const ratios: number[] = [];
    for (let pair = 1; pair <= pairs; pair += 1) {
      const a = await timeToIdle(browser, first);
      const b = await timeToIdle(browser, baselineUrl);
      firstTimes.push(a);
      baselineTimes.push(b);
      ratios.push(a / b);
      console.info(
        `pair ${pair}: ${againstItself ? 'bare' : 'app'} ${a.toFixed(0)} ms, ${otherDist ? 'other build' : 'bare'} ${b.toFixed(0)} ms`,
      );
    }
    const firstMedian = median(firstTimes);
    const baselineMedian = median(baselineTimes);
    console.info(
      `${pairs} pairs: medians ${firstMedian?.toFixed(0)} / ${baselineMedian?.toFixed(0)} ms, ratio of medians ` +
        `${format(firstMedian && baselineMedian ? firstMedian / baselineMedian : null)}; per-pair ratio median ` +
        `${format(median(ratios))}, 10th-90th percentile ${format(percentile(ratios, 10))}-${format(percentile(ratios, 90))}`,
    );
  } finally {
    await browser.close();
    app.stop();
    baseline.stop();
  }
});
