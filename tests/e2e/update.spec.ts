// A new deploy reaches people who already have the app: the service worker finds it, the page offers a reload,
// and after the reload the page and the offline cache are the new deploy's, the old cache gone. The app is
// served from a copy of the build that the test changes in place, as a host does on deploy.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveFolder, type StaticServer } from './support/staticServer';

test.use({ serviceWorkers: 'allow' });

type AtlasFile = { features: Array<{ properties: { name: { en: string } } }> };
type Deploy = { version: string; marker: string; featureName: string };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A copy of the build, dated a week back: an ordinary deploy that browsers have had time to cache. */
function firstDeploy(folder: string): Deploy {
  cpSync(process.env['E2E_DIST'] ?? 'dist', folder, { recursive: true });
  const aWeekAgo = new Date(Date.now() - WEEK_MS);
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), aWeekAgo, aWeekAgo);
  }
  const atlas = JSON.parse(readFileSync(join(folder, 'data/index.json'), 'utf8')) as AtlasFile;
  const featureName = atlas.features[0]?.properties.name.en;
  if (!featureName) throw new Error('the atlas has no features');
  return { version: workerVersion(folder), marker: 'first', featureName };
}

function workerVersion(folder: string): string {
  const version = /const VERSION = "([^"]+)"/.exec(readFileSync(join(folder, 'sw.js'), 'utf8'))?.[1];
  if (!version) throw new Error('sw.js has no precache version');
  return version;
}

/** Changes the data and the page, then (last, as a host would) the worker with its new version. */
function nextDeploy(folder: string, previous: Deploy, marker: string): Deploy {
  const atlasPath = join(folder, 'data/index.json');
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as AtlasFile;
  const first = atlas.features[0];
  if (!first) throw new Error('the atlas has no features');
  const featureName = `${first.properties.name.en.replace(/ \(.*\)$/, '')} (${marker})`;
  first.properties.name.en = featureName;
  writeFileSync(atlasPath, JSON.stringify(atlas));

  const pagePath = join(folder, 'index.html');
  const page = readFileSync(pagePath, 'utf8').replace(/<meta name="risk-atlas-deploy"[^>]*>/, '');
  writeFileSync(
    pagePath,
    page.replace('</head>', `<meta name="risk-atlas-deploy" content="${marker}"></head>`),
  );

  const version = `${marker}-deploy`;
  const workerPath = join(folder, 'sw.js');
  const worker = readFileSync(workerPath, 'utf8');
  writeFileSync(
    workerPath,
    worker.replace(`const VERSION = "${previous.version}"`, `const VERSION = "${version}"`),
  );
  if (workerVersion(folder) !== version) throw new Error('the new worker version was not written');
  return { version, marker, featureName };
}

const NEW_VERSION = 'A new version of Risk Atlas is available.';
const notice = (page: Page) => page.getByRole('status', { name: 'Notices' });
const featureList = (page: Page) => page.getByRole('navigation', { name: 'All features by layer' });

async function atlasCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('risk-atlas-')));
}

async function cachedText(page: Page, cache: string, url: string): Promise<string | undefined> {
  return page.evaluate(
    async ([cacheArg, urlArg]) => (await (await caches.open(cacheArg)).match(urlArg))?.text(),
    [cache, url] as const,
  );
}

/** Accepts the offered update and checks that the page and the cache are now the deploy's, and only its. */
async function acceptUpdate(page: Page, server: StaticServer, deploy: Deploy): Promise<void> {
  await expect(notice(page)).toContainText(NEW_VERSION);
  const reloaded = page.waitForEvent('load');
  await notice(page).getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.locator('meta[name="risk-atlas-deploy"]')).toHaveAttribute('content', deploy.marker);
  await expect(featureList(page).getByRole('button', { name: deploy.featureName })).toBeVisible();
  expect(await atlasCaches(page)).toEqual([`risk-atlas-${deploy.version}`]);
  const cache = `risk-atlas-${deploy.version}`;
  expect(await cachedText(page, cache, `${server.origin}/data/index.json`)).toContain(deploy.featureName);
  expect(await cachedText(page, cache, `${server.origin}/`)).toContain(`content="${deploy.marker}"`);
  await expect(notice(page)).not.toContainText(NEW_VERSION);
}

test('a new deploy is found, offered, and after Reload the page and the cache are the new ones', async ({
  page,
}) => {
  // Three deploys, each a full load, a service worker install and a precache: on two busy cores this
  // takes 40-60 s, so it gets the time the work needs (no retries).
  test.setTimeout(150_000);
  const folder = mkdtempSync(join(tmpdir(), 'risk-atlas-deploy-'));
  const server = await serveFolder(folder);
  try {
    let deploy = firstDeploy(folder);
    await page.goto(`${server.origin}/`);
    await expect(featureList(page).getByRole('button', { name: deploy.featureName })).toBeVisible();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    expect(await atlasCaches(page)).toEqual([`risk-atlas-${deploy.version}`]);

    await test.step('on the first visit, an update check finds a deploy made since the page opened', async () => {
      deploy = nextDeploy(folder, deploy, 'second');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await acceptUpdate(page, server, deploy);
    });

    await test.step('on a later visit, opening the page finds a deploy, offered once it has downloaded', async () => {
      const previous = deploy;
      deploy = nextDeploy(folder, deploy, 'third');
      // The new worker's download outlasts the page's start, as on a slow line: the page must still hear of it.
      const download = server.hold('/data/index.json');
      await page.reload();
      await download.requested;
      await expect(featureList(page).getByRole('button', { name: previous.featureName })).toBeVisible();
      download.release();
      await expect(notice(page)).toContainText(NEW_VERSION);
    });

    await test.step('an update not taken is offered again the next time the page opens', async () => {
      await page.reload();
      await acceptUpdate(page, server, deploy);
    });
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
