import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test, type Route } from '@playwright/test';
import { openAtlas, waitForFirstIdle, waitForMapIdle } from './support/atlas';

// The map's tiles come from two archives, each read by range requests: whatever goes wrong with one is named,
// the other still draws, and Retry reads it afresh (a new reader: nothing of the failed read is kept).
const drawnFrom = {
  land: () => window.riskAtlas?.map.queryRenderedFeatures({ layers: ['land'] }).length ?? 0,
  overlays: () =>
    window.riskAtlas?.map.queryRenderedFeatures({ layers: ['sites-icons', 'risk-fill'] }).length ?? 0,
};
const archives = [
  { file: 'basemap.pmtiles', path: 'tiles/basemap.pmtiles', failing: 'land', other: 'overlays' },
  { file: 'overlays.pmtiles', path: 'data/overlays.pmtiles', failing: 'overlays', other: 'land' },
] as const;
for (const archive of archives) {
  const bytes = readFileSync(`public/${archive.path}`);
  for (const failure of [
    { name: 'is missing (404)', fulfil: { status: 404, body: 'Not found' }, says: 'the server answered 404' },
    {
      name: 'fails on the server (500)',
      fulfil: { status: 500, body: 'Internal error' },
      says: 'the server answered 500',
    },
    {
      name: 'is not an archive',
      fulfil: { status: 200, body: '<html>oops</html>' },
      says: 'the file is not a PMTiles tile archive',
    },
    // Header, directory and the lowest zooms only: the tiles in view fail to decode.
    {
      name: 'is truncated',
      fulfil: { status: 200, body: bytes.subarray(0, 20_000) },
      says: 'the file is truncated: it ends before a tile it lists',
    },
  ]) {
    test(`the ${archive.file} tile archive that ${failure.name} is named, can be retried, and the rest keeps working`, async ({
      page,
    }) => {
      let failing = true;
      await page.route(`**/${archive.path}`, (route) =>
        failing
          ? route.fulfill({ ...failure.fulfil, contentType: 'application/octet-stream' })
          : route.fallback(),
      );
      await page.goto('/');
      await waitForFirstIdle(page);
      const notice = page.getByRole('status', { name: 'Notices' });
      await expect(notice).toContainText(`could not load ${archive.file} (${failure.says})`);
      expect(await page.evaluate(drawnFrom[archive.other])).toBeGreaterThan(0);

      failing = false;
      await notice.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText(`could not load ${archive.file}`)).toHaveCount(0);
      await expect.poll(() => page.evaluate(drawnFrom[archive.failing])).toBeGreaterThan(0);
    });
  }
}

test('a tile archive whose tiles are damaged is named, with the reason, in the reader’s language', async ({
  page,
}) => {
  const bytes = readFileSync('public/data/overlays.pmtiles');
  // Header, directories and metadata intact; the tiles' gzip streams broken.
  const damaged = Buffer.from(bytes);
  for (let at = 20_000; at < damaged.length; at += 7) damaged[at] = 0xff;
  let failing = true;
  await page.route('**/data/overlays.pmtiles', (route) =>
    failing
      ? route.fulfill({ status: 200, body: damaged, contentType: 'application/octet-stream' })
      : route.fallback(),
  );
  await page.goto('/#lang=ru');
  await waitForFirstIdle(page);
  const notice = page.getByRole('status', { name: 'Уведомления' });
  // Not the browser's "Failed to fetch", which a broken gzip stream rejects with.
  await expect(notice).toContainText(
    'Карта не смогла загрузить overlays.pmtiles (тайл в файле повреждён и не читается); остальные слои работают.',
  );
  expect(await page.evaluate(drawnFrom.land)).toBeGreaterThan(0);
  failing = false;
  await notice.getByRole('button', { name: 'Повторить' }).click();
  await expect(page.getByText('overlays.pmtiles')).toHaveCount(0);
  await expect.poll(() => page.evaluate(drawnFrom.overlays)).toBeGreaterThan(0);
});

/** The committed archive with other metadata: the sections after it move, the header says where to. */
function withMetadata(bytes: Buffer, change: (metadata: Record<string, unknown>) => void): Buffer {
  const header = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number) => Number(header.getBigUint64(offset, true));
  const [metadataOffset, metadataLength] = [at(24), at(32)];
  const metadata = JSON.parse(
    gunzipSync(bytes.subarray(metadataOffset, metadataOffset + metadataLength)).toString('utf8'),
  ) as Record<string, unknown>;
  change(metadata);
  const written = gzipSync(JSON.stringify(metadata));
  const moved = Buffer.concat([
    bytes.subarray(0, metadataOffset),
    written,
    bytes.subarray(metadataOffset + metadataLength),
  ]);
  const newHeader = new DataView(moved.buffer, moved.byteOffset, moved.byteLength);
  newHeader.setBigUint64(32, BigInt(written.length), true);
  // Leaf directories (40) and tile data (56) follow the metadata.
  for (const offset of [40, 56])
    newHeader.setBigUint64(offset, BigInt(at(offset) + written.length - metadataLength), true);
  return moved;
}

test('an overlay archive cut by an older build is named as such, and the basemap still draws', async ({
  page,
}) => {
  const older = withMetadata(readFileSync('public/data/overlays.pmtiles'), (metadata) => {
    delete metadata['risk_atlas_tile_format'];
  });
  await page.route('**/data/overlays.pmtiles', (route) =>
    route.fulfill({ status: 200, body: older, contentType: 'application/octet-stream' }),
  );
  await page.goto('/#lang=en');
  await waitForFirstIdle(page);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'The map could not load overlays.pmtiles (the file was made by another version of Risk Atlas: tile format none, where this one reads 1; run npm run geo:build for its data again)',
  );
  expect(await page.evaluate(drawnFrom.land)).toBeGreaterThan(0);
  expect(await page.evaluate(drawnFrom.overlays)).toBe(0);
});

// The atlas's index feeds every panel; the map draws without it. One page load walks through each way it can
// fail (each Retry brings the next failure), so every case is checked at the price of a single map start.
const atlasFile = '**/data/index.json';
const atlasText = readFileSync('public/data/index.json', 'utf8');
const atlasJson = JSON.parse(atlasText) as { features: Array<{ properties: { name: { en: string } } }> };
const firstFeatureName = atlasJson.features[0]?.properties.name.en;
if (!firstFeatureName) throw new Error('the atlas has no features to look for');
type AtlasFailure = { problem: string; says: RegExp } & (
  { abort: 'connectionfailed' } | { fulfil: Parameters<Route['fulfill']>[0] }
);
// Neighbours say different things, so each step can only pass on its own failure's message.
const atlasFailures: AtlasFailure[] = [
  {
    problem: 'is missing (404)',
    says: /index\.json: the server answered 404/,
    fulfil: { status: 404, body: 'Not found' },
  },
  {
    problem: 'is truncated',
    says: /index\.json is not valid JSON/,
    fulfil: { status: 200, contentType: 'application/json', body: atlasText.slice(0, atlasText.length / 2) },
  },
  {
    problem: 'fails on the server (500)',
    says: /index\.json: the server answered 500/,
    fulfil: { status: 500, body: 'Internal error' },
  },
  {
    problem: 'is an HTML page, not JSON',
    says: /index\.json is not valid JSON/,
    fulfil: {
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Sign in</title><p>Please sign in</p>',
    },
  },
  {
    problem: 'is unavailable (503)',
    says: /index\.json: the server answered 503/,
    fulfil: { status: 503, body: 'unavailable' },
  },
  {
    problem: 'is valid JSON of the wrong shape',
    says: /index\.json does not have the expected shape: features/,
    fulfil: {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...atlasJson, features: 'none' }),
    },
  },
  {
    problem: 'cannot be reached (connection failed)',
    says: /Could not download index\.json/,
    abort: 'connectionfailed',
  },
];

test('an atlas data file that fails in any way is named, the map keeps working, and Retry loads it', async ({
  page,
}) => {
  let failure: AtlasFailure | undefined = atlasFailures[0];
  let requests = 0;
  await page.route(atlasFile, (route) => {
    requests += 1;
    if (!failure) return route.fallback();
    return 'abort' in failure ? route.abort(failure.abort) : route.fulfill(failure.fulfil);
  });
  const alert = page.getByRole('alert').filter({ hasText: 'The atlas data could not be loaded' });
  const featureList = page.getByRole('navigation', { name: 'All features by layer' });
  const basemapDrawn = () =>
    page.evaluate(() => window.riskAtlas?.map.queryRenderedFeatures({ layers: ['land'] }).length ?? 0);

  await page.goto('/');
  await waitForFirstIdle(page);
  for (const [index, current] of atlasFailures.entries()) {
    await test.step(`the data file ${current.problem}`, async () => {
      failure = current;
      if (index > 0) await alert.getByRole('button', { name: 'Retry' }).click();
      await expect.poll(() => requests, 'Retry fetches the data file again').toBe(index + 1);
      await expect(alert).toContainText(current.says);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      expect(await basemapDrawn(), 'the basemap is drawn').toBeGreaterThan(0);
      await expect(featureList.getByRole('button', { name: firstFeatureName })).toHaveCount(0);
    });
  }

  failure = undefined;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(featureList.getByRole('button', { name: firstFeatureName })).toBeVisible();
  expect(requests).toBe(atlasFailures.length + 1);
});

test('what went wrong with the data is said in the interface’s language, and follows it', async ({
  page,
}) => {
  await page.route(atlasFile, (route) => route.fulfill({ status: 200, body: '{"version": 1, "feat' }));
  await page.goto('/#lang=ru');
  await waitForFirstIdle(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Данные атласа не удалось загрузить' });
  await expect(alert).toContainText('index.json — не JSON (файл обрезан или повреждён).');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page.getByRole('alert')).toContainText('index.json is not valid JSON (truncated or damaged).');
});

test('a lost WebGL context is explained and the map comes back when it is restored', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() => {
    const canvas = window.riskAtlas?.map.getCanvas();
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
    extension.loseContext();
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('graphics context was lost');

  await page.evaluate(() =>
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext(),
  );
  await expect(alert).toHaveCount(0);
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => window.riskAtlas?.map.queryRenderedFeatures().length ?? 0);
  expect(drawn).toBeGreaterThan(0);
});

test('a part whose code cannot be loaded says so with Retry, and the page goes on working', async ({
  page,
}) => {
  // Before this, React took the whole page down with a failed Share dialog or What's here.
  const SHARE_CHUNK = /\/assets\/ShareDialog-[\w-]+\.js$/;
  await page.route(SHARE_CHUNK, (route) => route.abort('internetdisconnected'));
  await openAtlas(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const notice = page.locator('.notice').filter({ hasText: 'A part of the page could not be loaded' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toHaveCount(0);
  // Nothing else broke: the list still opens a feature's details, the map still answers.
  const list = page.getByRole('navigation', { name: 'All features by layer' });
  const first = list.getByRole('button').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    name,
  );

  await page.unroute(SHARE_CHUNK);
  await notice.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
});
