// The first view is drawn once, complete (src/map/firstViewWhole.ts), checked against MapLibre itself: the
// unit tests cover the logic, this catches a MapLibre whose internals no longer let it hold its frames back.
import { expect, test } from '@playwright/test';
import { waitForFirstIdle } from './support/atlas';

type DrawLog = {
  /** One entry per animation frame that drew anything with WebGL: whether the map had loaded by then. */
  framesDrawn: Map<number, boolean>;
  framesDrawnAtIdle: number | null;
  completeAtIdle: boolean | null;
};

test('the first view is drawn in one frame, once everything in it has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    const log = window as unknown as DrawLog;
    log.framesDrawn = new Map();
    log.framesDrawnAtIdle = null;
    log.completeAtIdle = null;
    // Every draw call of a frame runs within that frame's callbacks, which all see the same timeline time.
    for (const name of [
      'drawElements',
      'drawArrays',
      'drawElementsInstanced',
      'drawArraysInstanced',
    ] as const) {
      const draw = WebGL2RenderingContext.prototype[name] as (...args: unknown[]) => void;
      (WebGL2RenderingContext.prototype[name] as unknown) = function (
        this: WebGL2RenderingContext,
        ...args: unknown[]
      ) {
        const frame = Number(document.timeline.currentTime);
        if (!log.framesDrawn.has(frame)) log.framesDrawn.set(frame, window.riskAtlas?.map.loaded() ?? false);
        draw.apply(this, args);
      };
    }
    // Read when the mark is made (an observer would hear of it a task later, after more frames maybe).
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'map:idle' && log.framesDrawnAtIdle === null) {
        log.framesDrawnAtIdle = log.framesDrawn.size;
        log.completeAtIdle = [...log.framesDrawn.values()].every(Boolean);
      }
      return mark(name, options);
    };
  });
  await page.goto('/');
  await waitForFirstIdle(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as DrawLog).framesDrawnAtIdle))
    .not.toBeNull();
  const { framesDrawnAtIdle, completeAtIdle } = await page.evaluate(() => {
    const log = window as unknown as DrawLog;
    return { framesDrawnAtIdle: log.framesDrawnAtIdle, completeAtIdle: log.completeAtIdle };
  });
  // MapLibre on its own draws a frame for each tile, glyph range and style change as they come (seven here).
  expect(framesDrawnAtIdle).toBe(1);
  expect(completeAtIdle).toBe(true);
  // And after that first drawing, nothing is held back: a pan draws at once.
  const before = await page.evaluate(() => (window as unknown as DrawLog).framesDrawn.size);
  await page.evaluate(() => window.riskAtlas?.map.panBy([80, 0], { animate: false }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as DrawLog).framesDrawn.size))
    .toBeGreaterThan(before);
});
