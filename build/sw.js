// Risk Atlas service worker: precaches the app shell, tiles, fonts and the data's index; serves them
// cache-first, and answers range requests (the tile archives) with the part of the cached file they ask for.
// The files loaded on demand (an article's text, a chunk of geometries) are cached as they load.
// The build replaces the two placeholders below with this deploy's file list and version.
const FILES = self.__PRECACHE_FILES__;
const VERSION = self.__PRECACHE_VERSION__;
const CACHE = `risk-atlas-${VERSION}`;
/**
 * data/articles/<id>.json, data/geometry/<chunk>.json and data/details/<chunk>.json (in any data folder):
 * not precached.
 */
const ON_DEMAND = /\/(articles|geometry|details)\/[a-z0-9-]+\.json$/;

self.addEventListener('install', (event) => {
  const scope = self.registration.scope;
  // Straight from the server: files without a hash in their name (the page, the data) may sit fresh in the HTTP
  // cache from the last deploy, and the new cache must not be filled with them.
  const requests = FILES.map((file) => new Request(new URL(file, scope).href, { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(requests.map((request) => fetchChecked(request))).then((responses) =>
          Promise.all(responses.map((response, i) => cache.put(requests[i], response))),
        ),
      ),
  );
});

// Nothing that fails its check is cached: a failed answer, or a tile archive that is not whole (a truncated
// or corrupt upload). Any failure fails the install; the worker already installed (if any) keeps serving.
async function fetchChecked(request) {
  const response = await fetch(request);
  if (!response.ok) throw new Error(`${request.url}: the server answered ${response.status}`);
  if (!new URL(request.url).pathname.endsWith('.pmtiles')) return response;
  const problem = archiveProblem(await response.clone().arrayBuffer());
  if (problem) throw new Error(`${request.url}: ${problem}`);
  return response;
}

/** PMTiles v3 (protomaps/PMTiles spec/v3/spec.md): magic and version, and every section inside the file. */
function archiveProblem(bytes) {
  if (bytes.byteLength < 127) return 'is shorter than a PMTiles header';
  const view = new DataView(bytes);
  const magic = String.fromCharCode(...new Uint8Array(bytes, 0, 7));
  if (magic !== 'PMTiles' || view.getUint8(7) !== 3) return 'is not a PMTiles v3 archive';
  const uint64 = (at) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  // (offset, length) pairs of the root directory, metadata, leaf directories and tile data.
  for (const at of [8, 24, 40, 56]) {
    if (uint64(at) + uint64(at + 8) > bytes.byteLength) return 'is truncated';
  }
  return null;
}

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
  // Files the page loaded before this worker controlled it (its very first visit).
  if (event.data?.type === 'loaded-on-demand' && Array.isArray(event.data.urls)) {
    const scope = self.registration.scope;
    const urls = event.data.urls.filter((url) => typeof url === 'string' && url.startsWith(scope));
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all(
          urls.map(async (url) => {
            const key = url.split('?')[0];
            if (ON_DEMAND.test(new URL(key).pathname) && !(await cache.match(key)))
              await fetchOnDemand(cache, key, new Request(key));
          }),
        ),
      ),
    );
  }
});

// An on-demand file is cached only whole: a success that parses as JSON.
async function fetchOnDemand(cache, key, request) {
  const response = await fetch(request);
  if (!response.ok) return response;
  try {
    JSON.parse(await response.clone().text());
    await cache.put(key, response.clone());
  } catch {
    // Damaged on the way: served as it came (the page names the problem), never kept.
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const scope = self.registration.scope;
  // Any navigation is the single-page app; the hash is never sent, so the shell answers all of them.
  const key = request.mode === 'navigate' ? scope : request.url.split('?')[0];
  const range = request.headers.get('range');
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key);
      if (!cached)
        return ON_DEMAND.test(new URL(key).pathname) ? fetchOnDemand(cache, key, request) : fetch(request);
      return range ? partOf(key, cached, range) : cached;
    }),
  );
});

// The tile archives are read by range requests; the cache holds whole files, so the part asked for is cut
// from the cached body (kept in memory while this worker runs: one read of the cache per archive).
const bodies = new Map();

async function partOf(key, cached, range) {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  if (!match) return cached;
  if (!bodies.has(key)) bodies.set(key, cached.clone().arrayBuffer());
  const body = await bodies.get(key);
  const start = Number(match[1]);
  const end = Math.min(match[2] === '' ? body.byteLength - 1 : Number(match[2]), body.byteLength - 1);
  const type = cached.headers.get('Content-Type') ?? 'application/octet-stream';
  if (start > end) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${body.byteLength}` } });
  }
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'Content-Type': type,
      'Content-Length': String(end - start + 1),
      'Content-Range': `bytes ${start}-${end}/${body.byteLength}`,
    },
  });
}
