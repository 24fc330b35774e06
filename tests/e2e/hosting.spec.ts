// The build on a plain static host: one that answers range requests (most hosts and CDNs) and one that
// ignores them. Either way the map draws its tiles and nothing alarming is said.
import { expect, test } from '@playwright/test';
import { waitForFirstIdle, watchPage } from './support/atlas';
import { serveFolder } from './support/staticServer';

const DIST = process.env['E2E_DIST'] ?? 'dist';

for (const host of [
  { name: 'answers range requests', ranges: true, archiveStatus: 206 },
  { name: 'ignores range requests', ranges: false, archiveStatus: 200 },
]) {
  test(`on a static host that ${host.name}, the map draws its tiles and says nothing alarming`, async ({
    page,
  }) => {
    const server = await serveFolder(DIST, { ranges: host.ranges });
    try {
      const watch = watchPage(page, server.origin);
      const archiveAnswers: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/tiles/basemap.pmtiles')) archiveAnswers.push(response.status());
      });
      await page.goto(`${server.origin}/`);
      await waitForFirstIdle(page);
      const land = await page.evaluate(
        () => window.riskAtlas?.map.queryRenderedFeatures({ layers: ['land'] }).length ?? 0,
      );
      expect(land).toBeGreaterThan(0);
      await expect(page.getByRole('status', { name: 'Notices' })).toHaveText('');
      expect(watch.consoleErrors).toEqual([]);
      expect(archiveAnswers.length).toBeGreaterThan(0);
      expect(new Set(archiveAnswers)).toEqual(new Set([host.archiveStatus]));
      // A host that ignores ranges costs one whole download, not one per tile.
      if (!host.ranges) expect(archiveAnswers).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
}

test('from a host that serves the build’s pre-compressed copies, text arrives as brotli and archives as they are', async ({
  page,
}) => {
  // `vite preview` (the tests' server) answers with the build's .br and .gz files, as nginx's
  // brotli_static or a CDN does; the browser unpacks them and the map draws.
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    encodings.set(path, response.headers()['content-encoding'] ?? 'none');
  });
  const watch = watchPage(page);
  await page.goto('/');
  await waitForFirstIdle(page);
  // The app's module and MapLibre's worker; a file under 1 KB is left as it is.
  const scripts = [...encodings].filter(([path]) =>
    /^\/assets\/(index|maplibre-gl-worker)-.+\.m?js$/.test(path),
  );
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  for (const [path, encoding] of scripts) expect(encoding, path).toBe('br');
  expect(encodings.get('/')).toBe('br');
  // The atlas's index is asked for once the map has settled, so it may come after the first idle.
  await expect.poll(() => encodings.get('/data/index.json')).toBe('br');
  expect(encodings.get('/tiles/basemap.pmtiles')).toBe('none');
  await expect(page.getByRole('status', { name: 'Notices' })).toHaveText('');
  expect(watch.consoleErrors).toEqual([]);
});
