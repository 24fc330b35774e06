import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openAtlas, waitForFirstIdle } from './support/atlas';
import { atlas, featureById } from './support/data';
import { serveFolder } from './support/staticServer';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works with no network at all', async ({ page, context }) => {
  await openAtlas(page);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The article's text is not precached: the worker keeps it once the page has loaded it (here before the
  // worker took over, so the page hands it over).
  const articleFile = `data/articles/${atlas().articles[0]?.id ?? ''}.json`;
  await expect
    .poll(() =>
      page.evaluate(
        async (file) => Boolean(await caches.match(new URL(file, document.baseURI).href)),
        articleFile,
      ),
    )
    .toBe(true);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((name) => name.startsWith('risk-atlas-')) ?? '');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(cached).toEqual(expect.arrayContaining(['/data/index.json', `/${articleFile}`]));
  expect(
    cached.filter((path) => path.startsWith('/data/geometry/')),
    'geometries load when needed, not with the precache',
  ).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await waitForFirstIdle(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Ильхамом Алиевым');
  const drawn = await page.evaluate(() => ({
    sites: window.riskAtlas?.map.querySourceFeatures('overlays', { sourceLayer: 'sites' }).length ?? 0,
    countries: window.riskAtlas?.map.querySourceFeatures('basemap', { sourceLayer: 'countries' }).length ?? 0,
  }));
  expect(drawn.sites).toBeGreaterThan(0);
  expect(drawn.countries).toBeGreaterThan(0);
  // The tiles are read by range requests, which the worker answers from its cache with just the part asked.
  const part = await page.evaluate(async () => {
    const response = await fetch('tiles/basemap.pmtiles', { headers: { Range: 'bytes=0-6' } });
    return {
      status: response.status,
      text: await response.text(),
      range: response.headers.get('Content-Range'),
    };
  });
  expect(part).toMatchObject({ status: 206, text: 'PMTiles' });
  expect(part.range).toMatch(/^bytes 0-6\/\d+$/);
});

test('the shapes and descriptions a reader looked up are kept by the worker as they load, and answer offline', async ({
  page,
  context,
}) => {
  const zone = featureById('risk-iran-hostilities');
  const whatsHereAtCentre = async () => {
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('region', { name: 'What’s here' })
        .getByRole('button', { name: zone.properties.name.en }),
    ).toBeVisible();
  };
  const summaryInDetails = async () => {
    await page
      .getByRole('region', { name: 'What’s here' })
      .getByRole('button', { name: zone.properties.name.en })
      .click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText(zone.properties.summary.en, { exact: true }),
    ).toBeVisible();
  };
  await openAtlas(page, '#layers=&map=7/35.7/51.4');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await whatsHereAtCentre();
  await summaryInDetails();
  const cachedOnDemand = () =>
    page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((name) => name.startsWith('risk-atlas-')) ?? '');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
  await expect
    .poll(async () => (await cachedOnDemand()).filter((path) => path.startsWith('/data/geometry/')))
    .toEqual(['/data/geometry/risk-0.json']);
  // The zone's description, and those of whatever else the reader's Enter chose, kept as they loaded.
  await expect.poll(cachedOnDemand).toContain('/data/details/risk-0.json');

  await context.setOffline(true);
  // Choosing the zone fitted the map to it: reload over Tehran again.
  await page.evaluate(() => history.replaceState(null, '', '#layers=&map=7/35.7/51.4'));
  await page.reload();
  await waitForFirstIdle(page);
  await whatsHereAtCentre();
  await summaryInDetails();
});

test('the app can be installed: it has a web app manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: Array<{ src: string; sizes: string }>;
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('a tile archive that arrives truncated is not cached: the offline copy is not installed', async ({
  page,
  context,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'risk-atlas-truncated-'));
  cpSync(process.env['E2E_DIST'] ?? 'dist', folder, { recursive: true });
  const archive = join(folder, 'tiles/basemap.pmtiles');
  writeFileSync(archive, readFileSync(archive).subarray(0, 20_000));
  const server = await serveFolder(folder);
  try {
    const workerFetchedArchive = context.waitForEvent(
      'request',
      (request) => request.serviceWorker() !== null && request.url().endsWith('/tiles/basemap.pmtiles'),
    );
    await page.goto(`${server.origin}/`);
    await waitForFirstIdle(page);
    await workerFetchedArchive;
    // A first install that fails leaves no registration behind (and no worker to serve anything offline).
    const workerState = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration) return 'none';
        return registration.active ? 'active' : 'installing';
      });
    await expect.poll(workerState, { timeout: 30_000 }).toBe('none');
    const cached = await page.evaluate(
      async (url) => Boolean(await caches.match(url)),
      `${server.origin}/tiles/basemap.pmtiles`,
    );
    expect(cached).toBe(false);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
