// The page's first steps, before any of React's code has run: main.tsx imports this module ahead of the
// app, so its body (ES modules run in import order) reads the link and starts the map in the page's
// static shell (index.html) while React's modules are still to be evaluated. The map's first draw is what
// the reader waits for; the panels have nothing to show before it anyway (see app/mapSettled.ts).
import { whenMapSettled } from './app/mapSettled';
import { fillShellHeader } from './app/shellHeader';
import { loadLanguage } from './i18n/dictionaries';
import { startMap } from './map/mapMount';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { whenReaderPauses } from './pwa/whenReaderPauses';
import { useAtlasStore } from './state/store';
import { parseHash } from './state/urlHash';
import { linkDefaultLanguage, startUrlSync } from './state/urlSync';

function start(root: HTMLElement): HTMLElement {
  // The link is read before the map exists, so the map starts at the linked view.
  startUrlSync();
  // An embed starts in its map-only layout, so the map is not drawn at a width it then loses.
  if (useAtlasStore.getState().embedded)
    root.querySelector('.app-shell')?.setAttribute('data-layout', 'embed');
  fillShellHeader(root, useAtlasStore.getState().language);
  const shellMap = root.querySelector<HTMLElement>('.map-canvas');
  if (!shellMap) throw new Error('index.html has no .map-canvas element in #root');
  startMap(shellMap);
  // Precaching for offline use (about 2.3 MB) starts once the map is drawn (or stuck) and the reader
  // pauses, so it never slows the first paint nor the first pans on a two-core machine.
  void whenMapSettled()
    .then(() => whenReaderPauses())
    .then(registerServiceWorker);
  return root;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A page in another language (the link's, or else the browser's) opens in it from the first frame: its
// strings load before anything starts. Should they fail to load, the page opens anyway (its strings fall
// back to English). (No top-level await: it would make the bundler split the entry into many small
// shared chunks.)
const pageLanguage =
  parseHash(window.location.hash, { features: new Set(), passages: new Set(), regions: new Set() }).state
    .lang ?? linkDefaultLanguage();

/** The page's root element, once the link has been read and the map started. */
export const pageStarted: Promise<HTMLElement> =
  pageLanguage !== 'en'
    ? loadLanguage(pageLanguage)
        .catch(() => undefined)
        .then(() => start(root))
    : Promise.resolve(start(root));
