// Registers the offline service worker in production and tells the user when a new deploy is ready.
import { useAtlasStore } from '../state/store';

const NEW_VERSION_MESSAGE = {
  en: 'A new version of Risk Atlas is available.',
  ru: 'Доступна новая версия Атласа рисков.',
} as const;
const RELOAD_LABEL = { en: 'Reload', ru: 'Обновить' } as const;
const OFFLINE_UNAVAILABLE = {
  en: 'Offline use is not available in this browser',
  ru: 'Работа без сети в этом браузере недоступна',
} as const;

function offerUpdate(waiting: ServiceWorker): void {
  const { language, addNotice } = useAtlasStore.getState();
  addNotice(NEW_VERSION_MESSAGE[language], {
    label: RELOAD_LABEL[language],
    run: () => waiting.postMessage('activate-update'),
  });
}

/** Data files the page loaded before the first worker took over: the worker caches them for offline use. */
function handOverLoadedFiles(): void {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/(articles|geometry|details)\/[a-z0-9-]+\.json(\?|$)/.test(url));
  navigator.serviceWorker.controller?.postMessage({ type: 'loaded-on-demand', urls });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // The very first install claims an uncontrolled page, which must not reload; any later change of controller is
  // a new deploy taking over (from this page's notice or another tab's), whose cache no longer holds this page's
  // files. Read at each change, not once at start: a page opened before the first install is updated too.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    else handOverLoadedFiles();
    controlled = true;
  });
  navigator.serviceWorker
    .register(new URL('sw.js', document.baseURI).href)
    .then((registration: ServiceWorkerRegistration | undefined) => {
      // Browsers (or automation) that block service workers may resolve with nothing: the app simply stays online-only.
      if (!registration) return;
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
        });
      });
    })
    .catch((error: unknown) => {
      const { language, addNotice } = useAtlasStore.getState();
      addNotice(
        `${OFFLINE_UNAVAILABLE[language]} (${error instanceof Error ? error.message : String(error)})`,
      );
    });
}
