// The built page downloads the app's module at once (a modulepreload link where the module script tag
// was, at the priority a deferred script gets) but runs it only after the browser has painted the static
// page: its frame and "Loading the map…" show before the app's first long task (about 150 ms here, far
// more on a phone) instead of after it. The download is not delayed, so on a slow line, where the
// download is what takes long, the map starts when it would have; on a fast one, a frame later.
// The loader is a file of its own (`assets/start-<hash>.js`), not an inline script: a host whose own
// policy forbids inline scripts still runs the app. Its name carries its content's hash, like every file
// under `assets/`, so a host can cache it for good and a new loader is never mixed with an old page.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;

/**
 * The loader. It runs the app once the browser reports the page's first contentful paint: by then that
 * paint is on screen and recorded, so the app replacing the loading line cannot unmake it (a line removed
 * before its paint is reported is no candidate for the largest paint). A hidden page paints nothing, so
 * it runs the app at once (also when the page is hidden before it has painted); a browser without paint
 * timing runs it after the first frame.
 */
export const APP_LOADER_SOURCE = `// Runs the app's module (preloaded by the page) once the page has painted: build/appAfterFirstPaint.ts.
(function () {
  var entry = document.querySelector('link[data-app-entry]');
  var started = false;
  function start() {
    if (started || !entry) return;
    started = true;
    import(entry.href);
  }
  if (document.visibilityState !== 'visible') return start();
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') !== -1) {
    new PerformanceObserver(function (list, observer) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i += 1) {
        if (entries[i].name !== 'first-contentful-paint') continue;
        observer.disconnect();
        return start();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  // A page sent to the background before its first paint would not paint until shown again.
  document.addEventListener('visibilitychange', start);
  // Nor does the page wait for ever: the import waits for the download anyway, the long part on a slow line.
  setTimeout(start, 3000);
})();
`;

/** The loader's file in the build, named by its content as Vite names the other assets. */
export function loaderFileOf(source: string): string {
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return `assets/start-${hash}.js`;
}

export const LOADER_FILE = loaderFileOf(APP_LOADER_SOURCE);

/**
 * Replaces the built page's one module entry script with a low-priority modulepreload of the same file,
 * marked as the entry, and the loader that runs it, deferred, at the end of the body. Fails the build if
 * the page does not have exactly one entry.
 */
export function loadAppAfterFirstPaint(html: string): string {
  const entries = [...html.matchAll(ENTRY_SCRIPT)];
  const entry = entries[0];
  if (entries.length !== 1 || !entry?.[1]) {
    throw new Error(`index.html: expected one module entry script, found ${entries.length}`);
  }
  const url = entry[1];
  const loaderUrl = url.replace(/assets\/[^/]+$/, LOADER_FILE);
  return (
    html
      .replace(entry[0], `<link rel="modulepreload" crossorigin href="${url}" data-app-entry>`)
      // What the page runs after its first paint is not render-blocking: the priority the browser gives a
      // deferred script. The other preloads are the entry's own imports, needed no sooner.
      .replaceAll(
        '<link rel="modulepreload" crossorigin href=',
        '<link rel="modulepreload" fetchpriority="low" crossorigin href=',
      )
      .replace('</body>', `  <script defer src="${loaderUrl}"></script>\n  </body>`)
  );
}

export function appAfterFirstPaint(): Plugin {
  return {
    name: 'risk-atlas-app-after-first-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => loadAppAfterFirstPaint(html) },
    // Before the service worker's plugin lists the bundle, so the loader is cached for offline use.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: LOADER_FILE, source: APP_LOADER_SOURCE });
    },
  };
}
