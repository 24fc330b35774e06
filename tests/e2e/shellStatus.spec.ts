// Before the app's code has come (seconds on a slow line), the static page says the map is loading, in the
// language the app will open in; the page's policy lets that one inline script run. Once the app is up,
// its own status line has taken over and goes when the map is drawn.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, watchPage } from './support/atlas';

/** The page with none of the app's code: what shows is index.html alone. Returns the policy violations. */
async function openStaticPage(page: Page, hash: string): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  });
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  page.on('console', () => undefined);
  await page.goto(`/${hash}`);
  await expect(page.locator('#shell-map-status')).toBeVisible();
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('the static page says the map is loading, in the link’s language', async ({ page }) => {
    const violations = await openStaticPage(page, '#map=5/41/48&lang=ru');
    await expect(page.getByRole('status')).toHaveText('Загрузка карты…');
    expect(await violations()).toEqual([]);
    // A new page load (from one hash to another would stay in the same document).
    await page.goto('about:blank');
    await page.goto('/#lang=en');
    await expect(page.getByRole('status')).toHaveText('Loading the map…');
  });

  test('once the app is up, one status line is left and it goes when the map is drawn', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(page);
    await expect(page.locator('#shell-map-status')).toHaveCount(0);
    await expect(page.getByText('Loading the map…')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('the static page says it in Russian, unless the link asks for English', async ({ page }) => {
    const violations = await openStaticPage(page, '');
    await expect(page.getByRole('status')).toHaveText('Загрузка карты…');
    // A new page load (from one hash to another would stay in the same document).
    await page.goto('about:blank');
    await page.goto('/#lang=en');
    await expect(page.getByRole('status')).toHaveText('Loading the map…');
    expect(await violations()).toEqual([]);
  });
});
