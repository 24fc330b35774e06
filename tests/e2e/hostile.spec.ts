import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readAtlasFolder } from '../../geo/lib/atlasFolder';
import { waitForFirstIdle } from './support/atlas';

const FIXTURE = 'tests/fixtures/hostile/data';
const hostile = readAtlasFolder(FIXTURE);

/** Serves the hostile corpus at /fixtures/hostile/…, as if someone had published it next to the app. */
async function openHostileAtlas(page: Page, hash = ''): Promise<void> {
  await page.route('**/fixtures/hostile/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\/hostile\//, '');
    route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(`${FIXTURE}/${path}`) });
  });
  await page.goto(`/?data=fixtures/hostile${hash}`);
  await waitForFirstIdle(page);
}

async function expectNothingInjected(page: Page): Promise<void> {
  const report = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    inlineScripts: document.querySelectorAll('#root script').length,
    images: document.querySelectorAll('#root img').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(report).toEqual({ pwned: null, inlineScripts: 0, images: 0, scriptLinks: 0, overflow: 0 });
}

test('a hostile corpus renders as text: nothing runs, nothing is injected, the layout holds', async ({
  page,
}) => {
  const longest = hostile.features[0];
  if (!longest) throw new Error('empty hostile corpus');
  await openHostileAtlas(page);

  const list = page.getByRole('navigation', { name: 'All features by layer' });
  await expect(list.getByRole('button', { name: /<script>/ }).first()).toBeVisible();
  await expectNothingInjected(page);

  await page.goto(`/?data=fixtures/hostile#sel=${longest.properties.id}`);
  await waitForFirstIdle(page);
  const details = page.getByRole('region', { name: 'Details' });
  const heading = details.getByRole('heading', { level: 2 }).first();
  await expect(heading).toContainText('Очень длинное имя');
  // The whole name is there to read (and to copy), but it wraps inside the panel.
  expect(await heading.evaluate((element) => element.textContent?.endsWith('END'))).toBe(true);
  const [headingBox, detailsBox] = await Promise.all([heading.boundingBox(), details.boundingBox()]);
  expect(headingBox && detailsBox && headingBox.width <= detailsBox.width + 1).toBe(true);
  // Its basis note carries a payload too, and shows as the very same characters.
  expect(await details.locator('.details-note').allTextContents()).toContain(
    longest.properties.basis_note.en,
  );
  const marked = await details.locator('mark').allTextContents();
  expect(marked.some((text) => /[<\u200B\u202E]|&lt;/.test(text))).toBe(true);
  await expectNothingInjected(page);

  await page.getByRole('region', { name: 'Article' }).getByRole('button').first().click();
  await expectNothingInjected(page);
});

test('the map takes a hostile corpus as plain text', async ({ page }) => {
  await openHostileAtlas(page, '#layers=sites&map=5/38/50');
  const names = await page.evaluate(() =>
    (window.riskAtlas?.map.querySourceFeatures('overlays', { sourceLayer: 'sites' }) ?? []).map((feature) =>
      String(feature.properties['name_en']),
    ),
  );
  expect(names.some((name) => name.includes('<'))).toBe(true);
  await expectNothingInjected(page);
});
