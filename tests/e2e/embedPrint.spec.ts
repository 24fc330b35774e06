// The atlas inside another site's page (`embed=1` in an iframe) and on paper (the print stylesheet).
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, openAtlas, waitForMapIdle, watchPage } from './support/atlas';
import { feature } from './support/data';
import { BASEMAP_COLOURS, hexToRgb } from '../../src/map/theme';
import { readPdf } from './support/pdf';
import { serveFolder, type StaticServer } from './support/staticServer';

const crossing = () => feature((f) => f.properties.kind === 'border_crossing', 'a border crossing');
const hosts: StaticServer[] = [];
const hostFolders: string[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
  await Promise.all(hostFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A news site's page with the atlas in an iframe, as the share dialog's code puts it, on a host of its own. */
async function openHostPage(page: Page, hash: string) {
  const folder = await mkdtemp(join(tmpdir(), 'risk-atlas-host-'));
  hostFolders.push(folder);
  await writeFile(
    join(folder, 'story.html'),
    `<!doctype html><title>A story</title><h1>A story</h1>
     <iframe src="${APP_ORIGIN}/${hash}" width="800" height="500" title="Risk Atlas"></iframe>`,
  );
  const host = await serveFolder(folder);
  hosts.push(host);
  await page.goto(`${host.origin}/story.html`);
  const inner = await (await page.locator('iframe[title="Risk Atlas"]').elementHandle())?.contentFrame();
  if (!inner) throw new Error('the atlas frame did not load');
  await inner.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
    timeout: 45_000,
  });
  return page.frameLocator('iframe[title="Risk Atlas"]');
}

test.describe('embedded in another page', () => {
  test('shows the map alone, with a legend that opens, details over the map and the way out', async ({
    page,
  }) => {
    const target = crossing();
    const frame = await openHostPage(page, `#sel=${target.properties.id}&embed=1`);
    await expect(frame.getByTestId('map')).toBeVisible();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole('region', { name: 'Article', exact: true })).toHaveCount(0);
    // Details of the linked feature in the small panel over the map.
    await expect(
      frame
        .getByRole('region', { name: 'Details' })
        .getByRole('heading', { name: target.properties.name.en }),
    ).toBeVisible();
    // The compact legend opens and closes.
    const legend = frame.getByRole('button', { name: 'Legend' });
    await expect(legend).toHaveAttribute('aria-expanded', 'false');
    await expect(frame.getByText('Evacuation routes')).toBeHidden();
    await legend.click();
    await expect(legend).toHaveAttribute('aria-expanded', 'true');
    await expect(frame.getByText('Evacuation routes')).toBeVisible();
    await legend.click();
    await expect(frame.getByText('Evacuation routes')).toBeHidden();
    // The credits are shown without asking, and leave the scale bar in view.
    await expect(frame.getByText('Natural Earth', { exact: false })).toBeVisible();
    const [credits, scale] = await Promise.all([
      frame.locator('.maplibregl-ctrl-attrib').boundingBox(),
      frame.locator('.maplibregl-ctrl-scale').boundingBox(),
    ]);
    if (!credits || !scale) throw new Error('no credits or no scale bar');
    expect(scale.x + scale.width).toBeLessThanOrEqual(credits.x);
    // The way out: the full app at this view, in a new tab.
    const open = frame.getByRole('link', { name: 'Open in Risk Atlas' });
    await expect(open).toHaveAttribute('target', '_blank');
    const href = (await open.getAttribute('href')) ?? '';
    expect(href.startsWith(`${APP_ORIGIN}/#`)).toBe(true);
    expect(href).toContain(`sel=${target.properties.id}`);
    expect(href).not.toContain('embed');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await opened.waitForLoadState();
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
  });

  test('shares the full app’s link from inside the iframe', async ({ page }) => {
    const frame = await openHostPage(page, '#layers=risk&embed=1');
    await frame.getByRole('button', { name: 'Share', exact: true }).click();
    const field = frame.getByRole('dialog').getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toHaveValue(/layers=risk/);
    expect(await field.inputValue()).not.toContain('embed');
    const code = await frame.getByRole('dialog').getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toContain('embed=1');
  });

  test('keeps the map-only layout in its own address as the reader clicks', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(page, '#embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    const target = crossing();
    await page.evaluate((id) => (location.hash = `#sel=${id}&embed=1`), target.properties.id);
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: target.properties.name.en }),
    ).toBeVisible();
    await expect(page).toHaveURL(/embed=1/);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('printing', () => {
  test('prints one page with the map, the legend, the details with their passages, the link and the date', async ({
    page,
  }) => {
    const target = crossing();
    await openAtlas(page, `#layers=evacuation,sites&sel=${target.properties.id}`);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: target.properties.name.en })).toBeVisible();
    // Printed once the page has settled, as a reader would: the summary arrived, the map's flight to the
    // feature ended (mid-flight the paper shows whatever part of the way the camera had reached).
    await expect(details.getByText(target.properties.summary.en)).toBeVisible();
    await waitForMapIdle(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { pages, text, firstPage } = await readPdf(pdf);
    expect(pages).toBe(1);
    // The map is on the paper, not a blank box: the Caspian's water in the map's own colour.
    const [r, g, b] = hexToRgb(BASEMAP_COLOURS.water);
    let water = 0;
    for (let i = 0; i < firstPage.data.length; i += 4) {
      const d = Math.max(
        Math.abs((firstPage.data[i] ?? 0) - r),
        Math.abs((firstPage.data[i + 1] ?? 0) - g),
        Math.abs((firstPage.data[i + 2] ?? 0) - b),
      );
      if (d <= 6) water += 1;
    }
    expect(water / (firstPage.width * firstPage.height)).toBeGreaterThan(0.03);
    // That water is the map's: on screen the map's place is the sea's colour until the map is drawn, which
    // on paper would frame the printed copy in blue bands and pass off a blank copy as water.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('map').evaluate((map) => getComputedStyle(map).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.emulateMedia({ media: 'screen' });
    const printed = (text[0] ?? '').replace(/\s+/g, ' ');
    expect(printed).toContain('Evacuation routes');
    expect(printed).toContain('Sites');
    expect(printed).not.toMatch(/Risk zones(?! shown)/); // a hidden layer is not in the legend
    expect(printed).toContain(target.properties.name.en);
    const quote = target.properties.sources[0]?.quote ?? '';
    expect(quote.length).toBeGreaterThan(0);
    expect(printed.replace(/ /g, '')).toContain(quote.replace(/\s+/g, ''));
    expect(printed.replace(/ /g, '')).toContain(`sel=${target.properties.id}`);
    expect(printed).toMatch(/\b20\d\d\b/);
    expect(printed).not.toContain('Share');
  });

  test('prints the names of what a zone exposes, and where its geometry comes from', async ({ page }) => {
    await openAtlas(page, '#sel=risk-south-caucasus-instability');
    const details = page.getByRole('region', { name: 'Details' });
    const exposed = details.locator('.exposed-lengths .link-button');
    await expect(exposed.first()).toBeVisible();
    const names = await exposed.allTextContents();
    expect(names.length).toBeGreaterThan(1);
    const geometrySource = details.locator('.details-geometry p');
    const source = (await geometrySource.textContent()) ?? '';
    expect(source.length).toBeGreaterThan(20);
    await waitForMapIdle(page);
    const { text } = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    // Text as the PDF gives it: spaces and line breaks where the lines wrapped.
    const printed = text.join(' ').replace(/\s+/g, '');
    for (const name of names) expect(printed).toContain(name.replace(/\s+/g, ''));
    expect(printed).toContain(source.replace(/\s+/g, ''));
  });
});
