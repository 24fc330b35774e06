// The panels start from the index alone: an article's text is fetched when it is shown, the geometries when
// something needs a shape (What's here, a download), and a broken file is named with Retry. The corpus over
// time (tests/fixtures/corpus-time, 21 articles) is served as if published next to the app.
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { readAtlasFolder } from '../../geo/lib/atlasFolder';
import { openAtlas, waitForFirstIdle } from './support/atlas';
import { atlas as shippedAtlas, featureById } from './support/data';

const FIXTURE = 'tests/fixtures/corpus-time/data';
const corpus = readAtlasFolder(FIXTURE);
const newestFirst = [...corpus.articles].sort((a, b) => (a.date < b.date ? 1 : -1));

const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const dataFile = (request: Request) =>
  /\/(index|articles\/[^/]+|geometry\/[^/]+)\.json$/.exec(new URL(request.url()).pathname)?.[1];

/** Opens the corpus and records, in order, which of its data files the page asks for. */
async function openCorpus(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route('**/fixtures/corpus-time/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\/corpus-time\//, '');
    const file = dataFile(route.request());
    if (file) requested.push(file);
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: readFileSync(`${FIXTURE}/${path}`),
    });
  });
  await page.goto('/?data=fixtures/corpus-time');
  await waitForFirstIdle(page);
  return requested;
}

test('the index loads first, then only the open article’s text; another article’s when it is chosen', async ({
  page,
}) => {
  const [newest, second] = newestFirst;
  if (!newest || !second) throw new Error('the corpus needs two articles');
  const requested = await openCorpus(page);
  await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(newest.title.ru);
  const firstParagraph = newest.passages.find((passage) => passage.kind === 'paragraph');
  await expect(article(page).getByText(firstParagraph?.text ?? '', { exact: true })).toBeVisible();
  expect(requested).toEqual(['index', `articles/${newest.id}`]);

  await page.getByRole('combobox', { name: 'Article' }).selectOption(second.id);
  const secondParagraph = second.passages.find((passage) => passage.kind === 'paragraph');
  await expect(article(page).getByText(secondParagraph?.text ?? '', { exact: true })).toBeVisible();
  expect(requested).toEqual(['index', `articles/${newest.id}`, `articles/${second.id}`]);

  // Back to the first: already loaded, nothing fetched again.
  await page.getByRole('combobox', { name: 'Article' }).selectOption(newest.id);
  await expect(article(page).getByText(firstParagraph?.text ?? '', { exact: true })).toBeVisible();
  expect(requested).toHaveLength(3);
});

test('details open from the index, with no geometry fetched; What’s here loads the risk zones’ shapes', async ({
  page,
}) => {
  const geometryRequests: string[] = [];
  page.on('request', (request) => {
    const file = dataFile(request);
    if (file?.startsWith('geometry/')) geometryRequests.push(file);
  });
  const zone = featureById('risk-iran-hostilities');
  await openAtlas(page, '#layers=&map=7/35.7/51.4');
  await page
    .getByRole('navigation', { name: 'All features by layer' })
    .getByRole('button', { name: zone.properties.name.en })
    .click();
  await expect(details(page).getByRole('heading', { name: zone.properties.name.en })).toBeVisible();
  expect(geometryRequests).toEqual([]);

  // Choosing the zone moved the map to it: start again over Tehran, and ask what is at the map's centre.
  await openAtlas(page, '#layers=&map=7/35.7/51.4');
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'What’s here' });
  await expect(panel.getByRole('button', { name: zone.properties.name.en })).toBeVisible();
  expect(geometryRequests.length).toBeGreaterThan(0);
  expect(geometryRequests.every((file) => file.startsWith('geometry/risk-'))).toBe(true);
});

test('an article text that fails is named in the article panel, and Retry loads it', async ({ page }) => {
  const shipped = shippedAtlas().articles[0];
  if (!shipped) throw new Error('no article');
  let failing = true;
  let requests = 0;
  await page.route(`**/data/articles/${shipped.id}.json`, (route) => {
    requests += 1;
    return failing ? route.fulfill({ status: 500, body: 'Internal error' }) : route.fallback();
  });
  await openAtlas(page);
  const alert = article(page).getByRole('alert');
  await expect(alert).toContainText('The article’s text could not be loaded.');
  await expect(alert).toContainText(`articles/${shipped.id}.json: the server answered 500`);
  // The rest of the panel works: its title and the feature list come from the index.
  await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(shipped.title.ru);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(article(page).getByText('Ильхамом Алиевым').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(requests).toBe(2);
});

test('details show the heading at once and the summary when its details file arrives', async ({ page }) => {
  const zone = featureById('risk-iran-hostilities');
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const detailsRequests: string[] = [];
  await page.route('**/data/details/*.json', async (route) => {
    detailsRequests.push(new URL(route.request().url()).pathname);
    await held;
    return route.fallback();
  });
  await openAtlas(page, '#layers=&map=7/35.7/51.4');
  await page
    .getByRole('navigation', { name: 'All features by layer' })
    .getByRole('button', { name: zone.properties.name.en })
    .click();
  await expect(details(page).getByRole('heading', { name: zone.properties.name.en })).toBeVisible();
  // The description's own status (the cited passages may be loading their article's text as well).
  await expect(
    details(page)
      .getByRole('status')
      .filter({ hasText: /^Loading the description…$/ }),
  ).toBeVisible();
  await expect(details(page).getByText(zone.properties.summary.en, { exact: true })).toHaveCount(0);
  release();
  await expect(details(page).getByText(zone.properties.summary.en, { exact: true })).toBeVisible();
  await expect(details(page).getByText('Loading the description…')).toHaveCount(0);
  expect(detailsRequests).toEqual(['/data/details/risk-0.json']);
});

test('a broken details file is named in the details with Retry, which loads it', async ({ page }) => {
  const zone = featureById('risk-iran-hostilities');
  let failing = true;
  await page.route('**/data/details/risk-0.json', (route) =>
    failing ? route.fulfill({ status: 200, body: '{"chunk": "risk-0", "deta' }) : route.fallback(),
  );
  await openAtlas(page, '#layers=&map=7/35.7/51.4');
  await page
    .getByRole('navigation', { name: 'All features by layer' })
    .getByRole('button', { name: zone.properties.name.en })
    .click();
  const alert = details(page).getByRole('alert').filter({ hasText: 'The description could not be loaded.' });
  await expect(alert).toContainText('details/risk-0.json is not valid JSON');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(details(page).getByText(zone.properties.summary.en, { exact: true })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
