// Runs inside the measured page, injected before any of its scripts (see probeScript.ts): event-driven
// helpers the bench calls by name, so every wait is on a page event and never on a fixed sleep.
// Type-only imports: this file is transpiled on its own and must not import anything at run time.
import type { Map as MaplibreMap } from 'maplibre-gl';

/** How the end of a click is recognised, best first. */
export type DetailsSignal = 'testid' | 'heading' | 'feature-state';

/** A feature to click; `anchors` are points on it, the first one where the view is centred. */
export type ClickTarget = { id: string; layer: string; name: string; anchors: Array<[number, number]> };
export type ClickResult = { latencyMs: number | null; problem?: string };
export type ScreenPoint = { x: number; y: number };

/** What the reader changes that makes the map redraw every feature: a layer, or the date range. */
export type Interaction =
  { kind: 'toggle-layer'; label: string } | { kind: 'range-from'; day: string } | { kind: 'all-dates' };
/** ms from the change to the first frame after the map's next idle; null with why, when it cannot be made. */
export type InteractionResult = {
  ms: number | null;
  /** Of which the event's own handlers (the store, React's render, the map's style calls) took this. */
  handlersMs?: number;
  problem?: string;
};

export type BenchProbe = {
  /**
   * Makes one change as the reader would (a click on the layer's checkbox, a day typed into "From", the
   * "All dates" button) and times it: the handlers run in the event, so the map's next idle has drawn it.
   */
  timeInteraction: (interaction: Interaction) => Promise<InteractionResult>;
  /** startTime of the `map:idle` mark, as soon as there is one. */
  idleMark: () => Promise<number>;
  /** Resolves on the map's next `idle` (after a forced repaint if it is idle already). */
  mapIdle: () => Promise<void>;
  /** Two animation frames and a task: whatever was queued when it was called has run. */
  settle: () => Promise<void>;
  canvasSize: () => { width: number; height: number };
  /**
   * Bytes on the wire (headers and bodies as served) of the page and every response that had ended by the
   * `map:idle` mark, from Resource Timing: what the reader waited for, not what came after.
   */
  bytesBeforeIdle: () => number;
  startFrames: () => void;
  stopFrames: () => number[];
  /**
   * Centres the map on a target's first anchor at `zoom`, waits for idle and returns the page coordinates
   * of the first anchor in view where a click would hit that feature alone; null when there is none
   * (a click would hit nothing, or several features and the app would offer a pick list).
   */
  aimAt: (
    target: ClickTarget,
    zoom: number,
    layers: readonly string[],
    tolerance: number,
  ) => Promise<ScreenPoint | null>;
  /** Starts watching for the next click and for the details of `target`; read the outcome with clickResult. */
  armClick: (target: ClickTarget, signal: DetailsSignal, timeoutMs: number) => void;
  clickResult: () => Promise<ClickResult>;
  detailsShown: (target: ClickTarget, signal: DetailsSignal) => boolean;
};

declare global {
  interface Window {
    __riskAtlasBench?: BenchProbe;
  }
}

const CLICK_MARK = 'bench:click';
const SHOWN_MARK = 'bench:details-shown';
const CLICK_MEASURE = 'bench:click-to-details';

function theMap(): MaplibreMap {
  const map = (window as unknown as { riskAtlas?: { map: MaplibreMap } }).riskAtlas?.map;
  if (!map) throw new Error('window.riskAtlas.map is missing');
  return map;
}

function idleMark(): Promise<number> {
  return new Promise((resolve) => {
    const existing = performance.getEntriesByName('map:idle')[0];
    if (existing) {
      resolve(existing.startTime);
      return;
    }
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName('map:idle')[0];
      if (!mark) return;
      observer.disconnect();
      resolve(mark.startTime);
    });
    observer.observe({ type: 'mark', buffered: true });
  });
}

function mapIdle(): Promise<void> {
  return new Promise((resolve) => {
    const map = theMap();
    map.once('idle', () => resolve());
    if (map.loaded() && !map.isMoving()) map.triggerRepaint();
  });
}

/** When the last long task (over 50 ms) on the main thread ended, recorded from the start of the page. */
let lastLongTaskEnd = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
  }
}).observe({ type: 'longtask', buffered: true });

const QUIET_MS = 1000;
const SETTLE_LIMIT_MS = 20_000;

/**
 * Two frames, then until the main thread has had no long task for a second (at most 20 s): what a page
 * still does after its first idle (the app fills its panels then) is not counted as panning cost. The
 * same wait for both pages.
 */
function settle(): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if (now - lastLongTaskEnd >= QUIET_MS || now - started >= SETTLE_LIMIT_MS) resolve();
      else setTimeout(check, 100);
    };
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(check, 0)));
  });
}

let frameTimes: number[] = [];
let recordingFrames = false;

function startFrames(): void {
  frameTimes = [];
  recordingFrames = true;
  const tick = (time: number) => {
    frameTimes.push(time);
    if (recordingFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): number[] {
  recordingFrames = false;
  return frameTimes;
}

// A page that fetches many tiles would fill the default buffer of 250 entries before the run ends.
performance.setResourceTimingBufferSize(100_000);

function bytesBeforeIdle(): number {
  const idle = performance.getEntriesByName('map:idle')[0]?.startTime;
  if (idle === undefined) throw new Error('no map:idle mark yet');
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries
    .filter((entry) => entry.responseEnd <= idle)
    .reduce((sum, entry) => sum + entry.transferSize, 0);
}

function canvasSize(): { width: number; height: number } {
  const canvas = theMap().getCanvas();
  return { width: canvas.clientWidth, height: canvas.clientHeight };
}

async function aimAt(
  target: ClickTarget,
  zoom: number,
  layers: readonly string[],
  tolerance: number,
): Promise<ScreenPoint | null> {
  const map = theMap();
  const [centre] = target.anchors;
  if (!centre) return null;
  const moved = mapIdle();
  map.jumpTo({ center: centre, zoom });
  await moved;
  const canvas = map.getCanvas();
  const margin = tolerance + 2;
  const queryLayers = layers.filter((id) => map.getLayer(id));
  for (const anchor of target.anchors) {
    const point = map.project(anchor);
    if (point.x < margin || point.y < margin) continue;
    if (point.x > canvas.clientWidth - margin || point.y > canvas.clientHeight - margin) continue;
    const hits = map.queryRenderedFeatures(
      [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ],
      { layers: queryLayers },
    );
    const ids = new Set(hits.map((hit) => String(hit.properties['id'] ?? '')));
    if (ids.size !== 1 || !ids.has(target.id)) continue;
    const rect = canvas.getBoundingClientRect();
    const onPage = { x: rect.left + point.x, y: rect.top + point.y };
    // Not under a map control or anything else drawn over the canvas.
    if (document.elementFromPoint(onPage.x, onPage.y) !== canvas) continue;
    return onPage;
  }
  return null;
}

function detailsShown(target: ClickTarget, signal: DetailsSignal): boolean {
  switch (signal) {
    case 'testid':
      return [...document.querySelectorAll('[data-testid="feature-details"]')].some((element) =>
        (element.textContent ?? '').includes(target.name),
      );
    case 'heading':
      return [...document.querySelectorAll('section.details h2')].some(
        (element) => (element.textContent ?? '').trim() === target.name,
      );
    case 'feature-state':
      // Each overlay layer is a source layer of the one overlay tile source.
      return (
        theMap().getFeatureState({ source: 'overlays', sourceLayer: target.layer, id: target.id })[
          'selected'
        ] === true
      );
  }
}

let pendingClick: Promise<ClickResult> = Promise.resolve({ latencyMs: null, problem: 'no click was armed' });

function armClick(target: ClickTarget, signal: DetailsSignal, timeoutMs: number): void {
  performance.clearMarks(CLICK_MARK);
  performance.clearMarks(SHOWN_MARK);
  performance.clearMeasures(CLICK_MEASURE);
  pendingClick = new Promise((resolve) => {
    let clickedAt: number | null = null;
    let finished = false;
    const observer = new MutationObserver(() => check());
    const finish = (result: ClickResult) => {
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('click', onClick, true);
      resolve(result);
    };
    const check = () => {
      if (finished || clickedAt === null || !detailsShown(target, signal)) return;
      performance.mark(SHOWN_MARK);
      const measure = performance.measure(CLICK_MEASURE, { start: clickedAt, end: performance.now() });
      finish({ latencyMs: measure.duration });
    };
    // Capture on window runs before MapLibre's own listeners; the event's timeStamp is when the
    // button went up, so time spent queued behind other work counts against the app, as a user feels it.
    const onClick = (event: MouseEvent) => {
      clickedAt = event.timeStamp;
      performance.mark(CLICK_MARK, { startTime: clickedAt });
      // The DOM may not change at all (feature-state signal): look again once the click's task is over,
      // and on the next frames, until it shows or the timeout ends the wait.
      setTimeout(check, 0);
      const onFrame = () => {
        check();
        if (!finished) requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    };
    const timer = setTimeout(() => {
      finish({ latencyMs: null, problem: `details of ${target.id} did not show within ${timeoutMs} ms` });
    }, timeoutMs);
    window.addEventListener('click', onClick, true);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The control an interaction works through, found by its visible name as a reader finds it. */
function controlFor(interaction: Interaction): HTMLElement | null {
  if (interaction.kind === 'toggle-layer') {
    for (const label of document.querySelectorAll('label')) {
      const box = label.querySelector('input[type="checkbox"]');
      if (box instanceof HTMLInputElement && label.textContent?.includes(interaction.label)) return box;
    }
    return null;
  }
  if (interaction.kind === 'range-from') {
    for (const label of document.querySelectorAll('label')) {
      if (label.textContent?.trim() !== 'From') continue;
      const input = label.control ?? label.querySelector('input');
      if (input instanceof HTMLInputElement) return input;
    }
    return null;
  }
  return [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'All dates') ?? null;
}

function timeInteraction(interaction: Interaction): Promise<InteractionResult> {
  const control = controlFor(interaction);
  if (!control) return Promise.resolve({ ms: null, problem: `no control for ${interaction.kind}` });
  const map = theMap();
  return new Promise((resolve) => {
    const started = performance.now();
    if (interaction.kind === 'range-from' && control instanceof HTMLInputElement) {
      // The way a typed value reaches React's onChange: the native setter, then an input event.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(control, interaction.day);
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      control.click();
    }
    const handlersMs = Math.round((performance.now() - started) * 10) / 10;
    map.once('idle', () =>
      requestAnimationFrame(() =>
        resolve({ ms: Math.round((performance.now() - started) * 10) / 10, handlersMs }),
      ),
    );
    // Idle comes after a frame. A change with work in flight (tiles laid out again) draws when it arrives;
    // one that needed no frame gets this one, which ends the wait. A frame forced on the first kind would
    // only draw the old tiles again, and keep the main thread from the workers' requests meanwhile.
    if (map.loaded()) map.triggerRepaint();
  });
}

window.__riskAtlasBench = {
  timeInteraction,
  idleMark,
  mapIdle,
  settle,
  canvasSize,
  bytesBeforeIdle,
  startFrames,
  stopFrames,
  aimAt,
  armClick,
  clickResult: () => pendingClick,
  detailsShown,
};
