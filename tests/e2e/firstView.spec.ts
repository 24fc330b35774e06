// The first view is drawn once, complete (src/map/firstViewWhole.ts), checked against MapLibre itself: the
// unit tests cover the logic, this catches a MapLibre whose internals no longer let it hold its frames back.
import { expect, test } from '@playwright/test';
import { waitForFirstIdle } from './support/atlas';

/** How long the map holds its frames back at most (FIRST_VIEW_PATIENCE_MS); after that it draws as it loads. */
const PATIENCE_MS = 2000;

type DrawnFrame = { loaded: boolean; sinceMapMs: number };
type DrawLog = {
  mapMadeAt: number | null;
  /** Each animation frame that drew anything with WebGL, by its time: had the map loaded, and when. */
  framesDrawn: Map<number, DrawnFrame>;
  drawnByIdle: DrawnFrame[] | null;
};

test('the first view is drawn once everything in it has loaded, not as it comes in', async ({ page }) => {
  await page.addInitScript(() => {
    const log = window as unknown as DrawLog;
    log.mapMadeAt = null;
    log.framesDrawn = new Map();
    log.drawnByIdle = null;
    let handle: Window['riskAtlas'];
    Object.defineProperty(window, 'riskAtlas', {
      configurable: true,
      get: () => handle,
      set: (value: Window['riskAtlas']) => {
        handle = value;
        log.mapMadeAt ??= performance.now();
      },
    });
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
        if (!log.framesDrawn.has(frame))
          log.framesDrawn.set(frame, {
            loaded: handle?.map.loaded() ?? false,
            sinceMapMs: performance.now() - (log.mapMadeAt ?? 0),
          });
        draw.apply(this, args);
      };
    }
    // Read when the mark is made (an observer would hear of it a task later, after more frames maybe).
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'map:idle' && log.drawnByIdle === null) log.drawnByIdle = [...log.framesDrawn.values()];
      return mark(name, options);
    };
  });
  await page.goto('/');
  await waitForFirstIdle(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as DrawLog).drawnByIdle)).not.toBeNull();
  const drawn = (await page.evaluate(() => (window as unknown as DrawLog).drawnByIdle)) ?? [];
  expect(drawn.length).toBeGreaterThan(0);
  // MapLibre on its own draws a frame for each tile, glyph range and style change as they come (six here,
  // all within the first second). Only a view slower than the patience may be drawn before it is complete.
  const partial = drawn.filter((frame) => !frame.loaded && frame.sinceMapMs < PATIENCE_MS);
  expect(partial, 'frames drawn before the view had loaded, within the patience').toEqual([]);
  // And after that first drawing, nothing is held back: a pan draws at once.
  const before = await page.evaluate(() => (window as unknown as DrawLog).framesDrawn.size);
  await page.evaluate(() => window.riskAtlas?.map.panBy([80, 0], { animate: false }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as DrawLog).framesDrawn.size))
    .toBeGreaterThan(before);
});
