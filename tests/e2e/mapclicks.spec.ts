import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForMapIdle } from './support/atlas';
import { featureById } from './support/data';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const alsoHere = (page: Page) => details(page).getByRole('navigation', { name: 'Also here' });
const whatsHere = (page: Page) => page.getByRole('region', { name: 'What’s here' });

/** Where a geographic position is on the page, in the coordinates the mouse uses. */
async function screenPointOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((position) => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    const projected = map.project(position);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + projected.x, y: box.top + projected.y };
  }, lngLat);
}

/** Clicks the map canvas at a geographic position, as a person would. */
async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await screenPointOf(page, lngLat);
  await page.mouse.click(point.x, point.y);
}

function pointOf(id: string): [number, number] {
  const { geometry } = featureById(id);
  if (geometry.type !== 'Point') throw new Error(`${id} is not a point`);
  return geometry.coordinates;
}

test.describe('the map under the pointer', () => {
  test('a click on a site opens its details and highlights it', async ({ page }) => {
    const site = featureById('site-port-aktau');
    await openAtlas(page, '#layers=sites&map=7/43.65/51.15');
    await clickMapAt(page, pointOf('site-port-aktau'));
    await expect(details(page).getByRole('heading', { name: site.properties.name.en })).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.riskAtlas?.map.getFeatureState({
            source: 'overlays',
            sourceLayer: 'sites',
            id: 'site-port-aktau',
          }),
        ),
      )
      .toMatchObject({ selected: true });
    await expect(page).toHaveURL(/sel=site-port-aktau/);
  });

  test('a click on a crossing inside a risk zone opens the crossing, with the zone one click away', async ({
    page,
  }) => {
    const crossing = featureById('site-xing-astara');
    const zone = featureById('risk-iran-hostilities');
    await openAtlas(page, '#layers=risk,sites&map=8/38.44/48.87');
    await clickMapAt(page, pointOf('site-xing-astara'));
    await expect(details(page).getByRole('heading', { name: crossing.properties.name.en })).toBeVisible();
    await expect(page).toHaveURL(/sel=site-xing-astara/);
    await alsoHere(page).getByRole('button', { name: zone.properties.name.en }).click();
    await expect(details(page).getByRole('heading', { name: zone.properties.name.en })).toBeVisible();
    await expect(page).toHaveURL(/sel=risk-iran-hostilities/);
    // And back again: the crossing is now what is also here.
    await expect(alsoHere(page).getByRole('button', { name: crossing.properties.name.en })).toBeVisible();
  });

  test('a click on a hidden layer’s feature goes through it, and reaches it again once shown', async ({
    page,
  }) => {
    const zone = featureById('risk-iran-hostilities');
    await openAtlas(page, '#layers=risk&map=7/35.7/51.4');
    const risk = page.getByRole('region', { name: 'Layers' }).getByRole('checkbox', { name: /Risk zones/ });
    await risk.uncheck();
    await waitForMapIdle(page);
    await clickMapAt(page, [51.4, 35.7]);
    await expect(whatsHere(page)).toContainText('Tehran');
    await expect(details(page).getByRole('heading', { name: zone.properties.name.en })).toHaveCount(0);
    await expect(page).not.toHaveURL(/sel=/);

    await risk.check();
    await waitForMapIdle(page);
    await clickMapAt(page, [51.4, 35.7]);
    await expect(details(page).getByRole('heading', { name: zone.properties.name.en })).toBeVisible();
  });

  test('a click on empty map says what is here: zones, nearest crossing, province and country', async ({
    page,
  }) => {
    const zone = featureById('risk-iran-hostilities');
    await openAtlas(page, '#layers=&map=7/35.7/51.4');
    await clickMapAt(page, [51.4, 35.7]);
    const panel = whatsHere(page);
    await expect(panel).toContainText(zone.properties.name.en);
    await expect(panel).toContainText('Nearest border crossing');
    await expect(panel).toContainText(/km/);
    await expect(panel).toContainText('Iran');
    await expect(panel).toContainText('Tehran');
    // A link followed (here, to a passage) closes it: What's here is part of no link.
    await page.evaluate(() => {
      window.location.hash = '#p=p11';
    });
    await expect(panel).toHaveCount(0);
    await expect(page).toHaveURL(/p=p11/);
  });

  test('hovering a feature shows its name and a pointer cursor', async ({ page }) => {
    const site = featureById('site-port-aktau');
    await openAtlas(page, '#layers=sites&map=7/43.65/51.15');
    const point = await screenPointOf(page, pointOf('site-port-aktau'));
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect(page.locator('.map-tooltip')).toHaveText(site.properties.name.en);
    expect(await page.evaluate(() => window.riskAtlas?.map.getCanvas().style.cursor)).toBe('pointer');
  });

  test('the keyboard pans the map and Enter asks what is at its centre', async ({ page }) => {
    await openAtlas(page, '#layers=&map=6/40.4/47.5');
    // The third of the skip links at the top of the page puts the keyboard on the map.
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
    await page.keyboard.press('Enter');
    const canvas = page.locator('.maplibregl-canvas');
    await expect(canvas).toBeFocused();
    // The store owns the hash: the skip link does not write its own `#map` there (the view stays linked).
    expect(new URL(page.url()).hash).toMatch(/(^#|&)map=6\//);
    // What the keys do: the map's description, shown by the cross at the centre until a key is used.
    await expect(canvas).toHaveAccessibleDescription(/Enter shows what is under the cross at the centre/);
    const hintWidth = async () => (await page.locator('#map-keys-hint').boundingBox())?.width ?? 0;
    expect(await hintWidth()).toBeGreaterThan(100);
    const cross = await page
      .getByTestId('map')
      .evaluate((element) => getComputedStyle(element, '::after').backgroundImage);
    expect(cross).toContain('linear-gradient');
    const before = await page.evaluate(() => window.riskAtlas?.map.getCenter().lng ?? 0);
    await page.keyboard.press('ArrowRight');
    expect(await hintWidth()).toBeLessThanOrEqual(1);
    await waitForMapIdle(page);
    const after = await page.evaluate(() => window.riskAtlas?.map.getCenter().lng ?? 0);
    expect(after).toBeGreaterThan(before);
    await page.keyboard.press('Enter');
    await expect(whatsHere(page)).toContainText('Azerbaijan');
    await page.keyboard.press('Escape');
    await expect(whatsHere(page)).toHaveCount(0);
  });
});
