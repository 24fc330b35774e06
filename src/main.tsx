import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { useAtlasStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The link is read before the map exists, so the map starts at the linked view.
startUrlSync();
// Precaching for offline use starts once the map has had its first idle, so it never slows the first paint.
const stopWaiting = useAtlasStore.subscribe((state) => {
  if (state.mapStatus.kind === 'loading') return;
  stopWaiting();
  registerServiceWorker();
});
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
