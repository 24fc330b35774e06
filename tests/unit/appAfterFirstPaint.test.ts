// The built page fetches the app's module at once but runs it after its first paint, so the static page
// (its frame and loading line) shows before the app's first long task.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  APP_LOADER_SOURCE,
  LOADER_FILE,
  loadAppAfterFirstPaint,
  loaderFileOf,
} from '../../build/appAfterFirstPaint';
import { inlineScriptsOf } from '../../build/contentSecurityPolicy';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Risk Atlas</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-xyz.css">
  </head>
  <body>
    <div id="root"></div>
    <script>
      document.title = 'language';
    </script>
  </body>
</html>`;

describe('loadAppAfterFirstPaint', () => {
  it('turns the entry script into a low-priority modulepreload of the same file, run by a deferred loader', () => {
    const page = loadAppAfterFirstPaint(BUILT);
    expect(page).not.toContain('<script type="module"');
    expect(page).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/index-abc123.js" data-app-entry>',
    );
    expect(page).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/rolldown-runtime-def.js">',
    );
    expect(page).toContain(`<script defer src="/${LOADER_FILE}"></script>`);
    expect(page.indexOf(`/${LOADER_FILE}`)).toBeGreaterThan(page.indexOf('<div id="root">'));
    // No inline script is added: a host's policy against inline scripts still runs the app.
    expect(inlineScriptsOf(page)).toEqual(inlineScriptsOf(BUILT));
  });

  it('names the loader by its content, under assets/ like every file a host may cache for good', () => {
    expect(LOADER_FILE).toMatch(/^assets\/start-[A-Za-z0-9_-]{8}\.js$/);
    expect(loaderFileOf(APP_LOADER_SOURCE)).toBe(LOADER_FILE);
    expect(loaderFileOf(`${APP_LOADER_SOURCE}\n`)).not.toBe(LOADER_FILE);
  });

  it('fails the build on a page without exactly one entry', () => {
    expect(() => loadAppAfterFirstPaint('<html><body></body></html>')).toThrow(/found 0/);
    const twice = BUILT.replace(
      '</head>',
      '<script type="module" crossorigin src="/assets/b.js"></script></head>',
    );
    expect(() => loadAppAfterFirstPaint(twice)).toThrow(/found 2/);
  });
});

const APP = '/assets/index-abc123.js';
const APP_URL = `http://host${APP}`;

type Entry = { name: string };
type PaintCallback = (list: { getEntries: () => Entry[] }, observer: { disconnect: () => void }) => void;

/** Runs the loader with a fake page: frames, timers, paint reports and the import are recorded, nothing runs by itself. */
function runLoader(options: { visibility: 'visible' | 'hidden'; paintTiming: boolean }) {
  const imports: string[] = [];
  const frames: Array<() => void> = [];
  const timers: Array<{ run: () => void; delay: number }> = [];
  const listeners = new Map<string, () => void>();
  const paintObservers: PaintCallback[] = [];
  let disconnected = 0;
  class FakePerformanceObserver {
    static supportedEntryTypes = options.paintTiming ? ['paint', 'mark'] : ['mark'];
    constructor(private readonly callback: PaintCallback) {}
    observe(init: { type: string }) {
      if (init.type === 'paint') paintObservers.push(this.callback);
    }
  }
  // `import(...)` is syntax, not a function: the test gives it a name it can stand in for.
  const script = APP_LOADER_SOURCE.replace('import(', 'importModule(');
  const window = { PerformanceObserver: FakePerformanceObserver };
  runInNewContext(script, {
    window,
    PerformanceObserver: FakePerformanceObserver,
    document: {
      visibilityState: options.visibility,
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      querySelector: (selector: string) =>
        selector === 'link[data-app-entry]' ? { href: `http://host${APP}` } : null,
    },
    importModule: (url: string) => imports.push(url),
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay: number) => timers.push({ run, delay }),
  });
  const paint = (...names: string[]) => {
    for (const callback of paintObservers)
      callback(
        { getEntries: () => names.map((name) => ({ name })) },
        { disconnect: () => (disconnected += 1) },
      );
  };
  return { imports, frames, timers, listeners, paint, disconnected: () => disconnected };
}

describe('appLoaderScript', () => {
  it('runs the app once the first contentful paint is reported, once', () => {
    const page = runLoader({ visibility: 'visible', paintTiming: true });
    expect(page.imports).toEqual([]);
    page.paint('first-paint');
    expect(page.imports).toEqual([]);
    page.paint('first-contentful-paint');
    expect(page.imports).toEqual([APP_URL]);
    expect(page.disconnected()).toBe(1);
    // The safety timer and a later visibility change do not run it twice.
    for (const timer of page.timers) timer.run();
    page.listeners.get('visibilitychange')?.();
    expect(page.imports).toEqual([APP_URL]);
  });

  it('without paint timing, runs the app in a task after the first frame’s callbacks', () => {
    const page = runLoader({ visibility: 'visible', paintTiming: false });
    expect(page.frames).toHaveLength(1);
    page.frames[0]?.();
    expect(page.imports).toEqual([]);
    page.timers.find((timer) => timer.delay === 0)?.run();
    expect(page.imports).toEqual([APP_URL]);
  });

  it('runs the app when the page is hidden before it painted, or when no paint comes at all', () => {
    const hidden = runLoader({ visibility: 'visible', paintTiming: true });
    hidden.listeners.get('visibilitychange')?.();
    expect(hidden.imports).toEqual([APP_URL]);

    const never = runLoader({ visibility: 'visible', paintTiming: true });
    const safety = never.timers.find((timer) => timer.delay > 0);
    expect(safety?.delay).toBeLessThanOrEqual(3000);
    safety?.run();
    expect(never.imports).toEqual([APP_URL]);
  });

  it('runs the app at once in a hidden page, which paints nothing', () => {
    const page = runLoader({ visibility: 'hidden', paintTiming: true });
    expect(page.imports).toEqual([APP_URL]);
    expect(page.frames).toEqual([]);
  });
});
