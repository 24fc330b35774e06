// Take it with you: the picture, the data, the iframe code and the citation, as a reader gets them from
// the share dialog. Downloads are caught as the browser hands them over and read back as files.
import AxeBuilder from '@axe-core/playwright';
import { check } from '@placemarkio/check-geojson';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { readFile } from 'node:fs/promises';
import { passesSeverity } from '../../src/data/severity';
import { IMAGE_LAYOUT } from '../../src/export/viewImage';
import { BASEMAP_COLOURS, hexToRgb } from '../../src/map/theme';
import { openAtlas, watchPage } from './support/atlas';
import { atlas, feature } from './support/data';

const crossing = () => feature((f) => f.properties.kind === 'border_crossing', 'a border crossing');

async function openShare(page: Page, name = 'Share') {
  await page.getByRole('button', { name, exact: true }).click();
  return page.getByRole('dialog');
}

async function downloadOf(
  page: Page,
  press: () => Promise<void>,
): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  const path = await download.path();
  return { download, body: await readFile(path) };
}

async function mapSize(page: Page) {
  return page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    return {
      width: map.getContainer().clientWidth,
      height: map.getContainer().clientHeight,
      ratio: map.getPixelRatio(),
    };
  });
}

/** Share of the map area's pixels within `tolerance` of `hex`. */
function shareOfColour(png: PNG, top: number, bottom: number, hex: string, tolerance = 6): number {
  const [r, g, b] = hexToRgb(hex);
  let near = 0;
  let total = 0;
  for (let y = top; y < bottom; y += 3) {
    for (let x = 0; x < png.width; x += 3) {
      const i = (y * png.width + x) * 4;
      total += 1;
      const d = Math.max(
        Math.abs((png.data[i] ?? 0) - r),
        Math.abs((png.data[i + 1] ?? 0) - g),
        Math.abs((png.data[i + 2] ?? 0) - b),
      );
      if (d <= tolerance) near += 1;
    }
  }
  return near / total;
}

test.describe('take it with you', () => {
  test('the export code loads only when the reader first opens Share', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openAtlas(page);
    const isExport = (path: string) => /\/(ShareDialog|imageExport|dataExport)-/.test(path);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(isExport)).toEqual([]);
    const dialog = await openShare(page);
    await expect(dialog.getByRole('button', { name: 'Download image' })).toBeVisible();
    expect(scripts.some((path) => /\/ShareDialog-/.test(path))).toBe(true);
  });

  for (const ratio of [1, 2] as const) {
    test(`Download image saves a PNG of the view at ${ratio}x, map colours and all`, async ({ page }) => {
      const watch = watchPage(page);
      await openAtlas(page, '#region=caspian');
      const before = await mapSize(page);
      const dialog = await openShare(page);
      await dialog.getByRole('radio', { name: `${ratio}×` }).check();
      const { download, body } = await downloadOf(page, () =>
        dialog.getByRole('button', { name: 'Download image' }).click(),
      );
      expect(download.suggestedFilename()).toMatch(/^risk-atlas-caspian-\d{4}-\d{2}-\d{2}\.png$/);
      const png = PNG.sync.read(body);
      expect(png.width).toBe(before.width * ratio);
      expect(png.height).toBe((before.height + IMAGE_LAYOUT.titleHeight + IMAGE_LAYOUT.footerHeight) * ratio);
      // The Caspian and its shores: water and land in the map's own colours, so the frame was drawn.
      const mapTop = IMAGE_LAYOUT.titleHeight * ratio;
      const mapBottom = (IMAGE_LAYOUT.titleHeight + before.height) * ratio;
      expect(shareOfColour(png, mapTop, mapBottom, BASEMAP_COLOURS.water)).toBeGreaterThan(0.1);
      expect(shareOfColour(png, mapTop, mapBottom, BASEMAP_COLOURS.land)).toBeGreaterThan(0.1);
      await expect(dialog.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
      // The map on screen is back at its own pixel ratio.
      expect((await mapSize(page)).ratio).toBe(before.ratio);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('Download data saves the shown features as valid GeoJSON with exact quotes', async ({ page }) => {
    await openAtlas(page, '#layers=risk,sites');
    await page.getByRole('combobox', { name: 'Risk zones shown' }).selectOption('4');
    const dialog = await openShare(page);
    await expect(dialog.getByRole('radio', { name: 'GeoJSON' })).toBeChecked();
    const { download, body } = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Download data' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/^risk-atlas-view-\d{4}-\d{2}-\d{2}\.geojson$/);
    const collection = check(body.toString('utf8'));
    if (collection.type !== 'FeatureCollection') throw new Error('not a FeatureCollection');
    const expected = atlas()
      .features.filter(
        (f) => ['risk', 'sites'].includes(f.properties.layer) && passesSeverity(f.properties, 4),
      )
      .map((f) => f.properties.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(collection.features.map((f) => f.properties?.['id'])).toEqual(expected);
    const passages = new Map(atlas().articles.flatMap((a) => a.passages.map((p) => [p.id, p.text] as const)));
    let quotes = 0;
    for (const f of collection.features) {
      const sources = f.properties?.['sources'] as Array<Record<string, string | number>>;
      expect(sources.length).toBeGreaterThan(0);
      expect(['stated', 'inferred']).toContain(f.properties?.['basis']);
      expect(f.properties?.['precision_km']).toBeGreaterThan(0);
      for (const source of sources) {
        const text = String(source['passage_text']);
        expect(text).toBe(passages.get(String(source['passage'])));
        expect(text.slice(Number(source['quote_start']), Number(source['quote_end']))).toBe(source['quote']);
        quotes += 1;
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  test('Download data as CSV keeps Russian text, one row per shown feature', async ({ page }) => {
    await openAtlas(page, '#layers=evacuation,sites&lang=ru');
    const dialog = await openShare(page, 'Поделиться');
    await dialog.getByRole('radio', { name: 'CSV' }).check();
    const { download, body } = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Скачать данные' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(body.toString('utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'id',
      'layer',
      'name_en',
      'name_ru',
      'kind',
      'severity',
      'basis',
      'precision_km',
      'longitude',
      'latitude',
      'wkt',
      'quotes',
    ]);
    const shown = atlas().features.filter((f) => ['evacuation', 'sites'].includes(f.properties.layer));
    expect(parsed.data.map((row) => row['id'])).toEqual(shown.map((f) => f.properties.id));
    for (const [index, row] of parsed.data.entries()) {
      const original = shown[index];
      if (!original) throw new Error('row without feature');
      expect(row['name_ru']).toBe(original.properties.name.ru);
      if (original.geometry.type === 'Point') {
        expect(Number(row['longitude'])).toBe(original.geometry.coordinates[0]);
        expect(row['wkt']).toBe('');
      } else expect(row['wkt']).toMatch(/^(MULTI)?LINESTRING \(/);
      expect(row['quotes']?.split('\n')).toEqual(original.properties.sources.map((s) => s.quote));
    }
  });

  test('Cite this view gives a citation of the selected feature, ready to copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const target = crossing();
    await openAtlas(page, `#sel=${target.properties.id}`);
    await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
    const dialog = await openShare(page);
    const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    await dialog.getByRole('button', { name: 'Cite this view' }).click();
    const field = dialog.getByRole('textbox', { name: 'Citation' });
    const article = atlas().articles.find((a) => a.id === target.properties.sources[0]?.article);
    if (!article) throw new Error('no article');
    await expect(field).toHaveValue(/^Risk Atlas: /);
    const citation = await field.inputValue();
    expect(citation).toContain(
      `Risk Atlas: ${target.properties.name.en}. Map after “${article.title.en}”, ${article.outlet.en}, `,
    );
    expect(citation).toContain(` ${link} (accessed `);
    await dialog.getByRole('button', { name: 'Copy citation' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Citation copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    // With the citation open the dialog runs past a laptop's screen: Close stays in view.
    const viewport = page.viewportSize();
    const close = await dialog.getByRole('button', { name: 'Close' }).boundingBox();
    if (!viewport || !close) throw new Error('no viewport or no Close');
    expect(close.y + close.height).toBeLessThanOrEqual(viewport.height);
  });

  test('the share dialog, citation open, has no serious accessibility problems', async ({ page }) => {
    await openAtlas(page);
    const dialog = await openShare(page);
    await dialog.getByRole('button', { name: 'Cite this view' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Citation' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  });

  test('the embed code is an iframe of this view at the typed size', async ({ page }) => {
    const target = crossing();
    await openAtlas(page, `#sel=${target.properties.id}`);
    const dialog = await openShare(page);
    await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('640');
    await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('400');
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#map=[^"]*&amp;embed=1" width="640" height="400" /,
    );
    expect(code).toContain(`sel=${target.properties.id}`);
  });
});
