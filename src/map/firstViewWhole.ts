// The first view is drawn once, when it is complete. While it loads, MapLibre draws a frame for every step
// that arrives: the style, each source's header, each tile, each glyph range, each style change the app
// makes as its data comes in. Each of those frames draws the whole view again, and on a phone's CPU, or
// with software WebGL, each costs 60-200 ms of main-thread time in which the page cannot answer the
// reader; the first view took seven of them, and all but the last showed a view still filling in.
//
// So until the map first reports everything loaded (style, sources, tiles and images), MapLibre's frames
// update its state but do not draw; the first drawing shows the view complete. A view that takes longer
// than `patienceMs` (a slow network, a tile that never comes) is drawn as MapLibre always draws, as it
// loads. After the first drawing nothing is held back: pans, zooms and changes draw at once.
//
// Measured (README, 4 December, evening): Lighthouse's phone score went from 66 to 74 and its blocking time
// from 3.1 s to 1.0 s; the first idle came at 0.96 s instead of 1.31 s on the bench's laptop-sized page.
//
// This wraps MapLibre's `painter.render` (internal, 6.17). If the map has no such function, nothing is
// wrapped and the map draws as it loads, as MapLibre does by default. tests/unit/firstViewWhole.test.ts
// covers the logic.

/** Long enough for the first view on a phone on 4G; short enough that a slow network still sees it fill in. */
const FIRST_VIEW_PATIENCE_MS = 2000;

/** The parts of MapLibre's map this relies on. */
export type FirstViewMap = {
  painter?: { render?: unknown };
  loaded(): boolean;
  triggerRepaint(): void;
};

type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
};

const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
};

/** Holds back the map's drawing until its first view has loaded, or for `patienceMs` at most. */
export function drawFirstViewWhole(
  map: FirstViewMap,
  patienceMs: number = FIRST_VIEW_PATIENCE_MS,
  clock: Clock = browserClock,
): void {
  const painter = map.painter;
  if (!painter || typeof painter.render !== 'function') return;
  const render = painter.render as (...args: unknown[]) => unknown;
  const giveUpAt = clock.now() + patienceMs;
  let drawing = false;
  painter.render = function renderOnceWhole(this: unknown, ...args: unknown[]) {
    if (!drawing && (map.loaded() || clock.now() >= giveUpAt)) {
      drawing = true;
      // From here on every frame draws; MapLibre's own function again, without this check.
      painter.render = render;
    }
    if (drawing) return render.apply(this, args);
    return undefined;
  };
  // A view whose last tile never comes asks for no further frame: this one draws what there is.
  clock.setTimeout(() => {
    if (!drawing) map.triggerRepaint();
  }, patienceMs);
}
