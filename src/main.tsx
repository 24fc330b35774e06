import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadLanguage } from './i18n/dictionaries';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { whenReaderPauses } from './pwa/whenReaderPauses';
import { useAtlasStore } from './state/store';
import { parseHash } from './state/urlHash';
import { startUrlSync } from './state/urlSync';
import './styles.css';

function start(root: HTMLElement): void {
  // The link is read before the map exists, so the map starts at the linked view.
  startUrlSync();
  // Precaching for offline use (about 2.3 MB) starts once the map has had its first idle and the reader
  // pauses, so it never slows the first paint nor the first pans on a two-core machine.
  const stopWaiting = useAtlasStore.subscribe((state) => {
    if (state.mapStatus.kind === 'loading') return;
    stopWaiting();
    void whenReaderPauses().then(registerServiceWorker);
  });
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A link in another language opens in it from the first frame: its strings load before anything renders.
// Should they fail to load, the page opens anyway (its strings fall back to English).
// (No top-level await: it would make the bundler split the entry into many small shared chunks.)
const linkedLanguage = parseHash(window.location.hash, {
  features: new Set(),
  passages: new Set(),
  regions: new Set(),
}).state.lang;
if (linkedLanguage) {
  void loadLanguage(linkedLanguage)
    .catch(() => undefined)
    .then(() => start(root));
} else {
  start(root);
}
