// Risk Atlas service worker: precaches the app shell, basemap, fonts and data; serves them cache-first.
// The build replaces the two placeholders below with this deploy's file list and version.
const FILES = self.__PRECACHE_FILES__;
const VERSION = self.__PRECACHE_VERSION__;
const CACHE = `risk-atlas-${VERSION}`;

self.addEventListener('install', (event) => {
  const scope = self.registration.scope;
  // Straight from the server: files without a hash in their name (the page, the data) may sit fresh in the HTTP
  // cache from the last deploy, and the new cache must not be filled with them.
  const requests = FILES.map((file) => new Request(new URL(file, scope).href, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('risk-atlas-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const scope = self.registration.scope;
  // Any navigation is the single-page app; the hash is never sent, so the shell answers all of them.
  const key = request.mode === 'navigate' ? scope : request.url.split('?')[0];
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key);
      if (cached) return cached;
      return fetch(request);
    }),
  );
});
