import { expect, test, type Page } from '@playwright/test';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_COLOURS, hexToRgb } from '../../src/map/theme';
import {
  canvasSamples,
  colourAt,
  expectColourNear,
  openAtlas,
  waitForMapIdle,
  watchPage,
} from './support/atlas';

const MIDDLE_OF_THE_CASPIAN = [50.2, 43.0] as const;
const MIDDLE_OF_AZERBAIJAN = [47.1, 40.75] as const;

test.describe('the offline basemap', () => {
  test('draws the region without errors and without leaving the page’s origin', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(page);

    const samples = await canvasSamples(page, 6);
    expect(new Set(samples).size, 'distinct colours on the canvas').toBeGreaterThan(40);
    expect(await page.evaluate(() => performance.getEntriesByName('map:idle').length)).toBe(1);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('shows the Caspian as water and Azerbaijan as land', async ({ page }) => {
    await openAtlas(page);
    await hideOverlays(page);
    expectColourNear(await colourAt(page, ...MIDDLE_OF_THE_CASPIAN), hexToRgb(BASEMAP_COLOURS.water));
    expectColourNear(await colourAt(page, ...MIDDLE_OF_AZERBAIJAN), hexToRgb(BASEMAP_COLOURS.land));
  });

  test('draws labels in Cyrillic with the bundled font', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/fonts/noto-sans-cyrillic')) fontRequests.push(request.url());
    });
    await openAtlas(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await waitForMapIdle(page);
    const withLabels = await canvasSamples(page, 2);
    const russianNames = await page.evaluate(() =>
      (window.riskAtlas?.map.queryRenderedFeatures() ?? [])
        .filter((feature) => feature.layer.type === 'symbol')
        .map((feature) => String(feature.properties['name_ru'] ?? '')),
    );
    await setSymbolLayersVisible(page, false);
    const withoutLabels = await canvasSamples(page, 2);

    const changed = withLabels.filter((colour, index) => colour !== withoutLabels[index]).length;
    expect(changed, 'samples changed by drawing the Russian labels').toBeGreaterThan(1500);
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(russianNames.some((name) => /[А-Яа-яЁё]/.test(name))).toBe(true);
  });

  test('switches the label language without reloading the style', async ({ page }) => {
    await openAtlas(page);
    const english = await canvasSamples(page, 3);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    // The Russian strings load on first use: the map switches once they are in.
    await expect.poll(() => page.evaluate(() => window.riskAtlas?.map.getGlobalState()['lang'])).toBe('ru');
    await waitForMapIdle(page);
    const russian = await canvasSamples(page, 3);
    expect(russian.filter((colour, index) => colour !== english[index]).length).toBeGreaterThan(500);
    expect(await page.evaluate(() => window.riskAtlas?.map.getGlobalState()['lang'])).toBe('ru');
  });

  test('has navigation, fullscreen, a metric scale bar and attribution with the disclaimer', async ({
    page,
  }) => {
    await openAtlas(page);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.getByRole('button', { name: /fullscreen/i })).toBeVisible();
    await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/km/);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('Natural Earth', { useInnerText: false });
    await expect(attribution).toContainText('GSHHG', { useInnerText: false });
    await expect(attribution).toContainText('Vestnik Kavkaza', { useInnerText: false });
    await expect(attribution).toContainText('do not imply endorsement', { useInnerText: false });
  });
});

for (const layout of [
  { name: 'beside its panels', viewport: { width: 1280, height: 800 } },
  { name: 'above the bottom sheet', viewport: { width: 390, height: 780 } },
]) {
  test(`the map starts at its final size, ${layout.name}, so the first view is fitted to it`, async ({
    page,
  }) => {
    await page.setViewportSize(layout.viewport);
    // The map starts in the page's static shell before React; React then takes its container over. Record
    // the container's size when the map is created and every resize after.
    await page.addInitScript(() => {
      const sizes: string[] = [];
      Object.assign(window, { mapSizes: sizes });
      let held: unknown;
      Object.defineProperty(window, 'riskAtlas', {
        configurable: true,
        get: () => held,
        set: (value: { map: MaplibreMap }) => {
          held = value;
          const size = () => {
            const container = value.map.getContainer();
            return `${container.clientWidth}x${container.clientHeight}`;
          };
          sizes.push(size());
          value.map.on('resize', () => sizes.push(size()));
        },
      });
    });
    await openAtlas(page);
    await expect(page.getByRole('heading', { name: 'Risk Atlas' })).toBeVisible();
    await waitForMapIdle(page);
    const sizes = await page.evaluate(() => (window as unknown as { mapSizes: string[] }).mapSizes);
    const canvas = await page.getByTestId('map').boundingBox();
    expect(sizes).toEqual([`${Math.round(canvas?.width ?? 0)}x${Math.round(canvas?.height ?? 0)}`]);
  });
}

test('the page is named, in the link’s language, by the time the map starts (before React)', async ({
  page,
}) => {
  // What the header says at the moment the map is created: the static shell's, React has not run yet.
  await page.addInitScript(() => {
    let held: unknown;
    Object.defineProperty(window, 'riskAtlas', {
      configurable: true,
      get: () => held,
      set: (value: unknown) => {
        held = value;
        const header = document.querySelector('.app-shell .app-header');
        Object.assign(window, { headerAtMapStart: header?.textContent ?? null });
      },
    });
  });
  await openAtlas(page, '#lang=ru');
  const atStart = await page.evaluate(
    () => (window as unknown as { headerAtMapStart: string | null }).headerAtMapStart,
  );
  expect(atStart).toMatch(/^Атлас рисков\s*Маршруты эвакуации/);
  await expect(page.getByRole('heading', { name: 'Атлас рисков', level: 1 })).toHaveCount(1);
});

test('says plainly that the map needs WebGL when the browser has none', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (kind.startsWith('webgl') || kind === 'experimental-webgl') return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The map cannot be drawn in this browser');
  await expect(alert).toContainText('enable hardware acceleration');
  await expect(page.getByRole('heading', { name: 'Risk Atlas' })).toBeVisible();
  // Without a map the data does not wait for one: the feature list and the article still fill.
  const list = page.getByRole('navigation', { name: 'All features by layer' });
  await expect(list.getByRole('region', { name: /^Sites/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Путин поблагодарил Алиева/ })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

async function setSymbolLayersVisible(page: Page, visible: boolean) {
  await page.evaluate((visibleArg) => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    for (const layer of map.getStyle().layers) {
      if (layer.type === 'symbol')
        map.setLayoutProperty(layer.id, 'visibility', visibleArg ? 'visible' : 'none');
    }
  }, visible);
  await waitForMapIdle(page);
}

/** Hides every layer that is not part of the basemap, so basemap colours can be read. */
async function hideOverlays(page: Page) {
  await page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('no map');
    for (const layer of map.getStyle().layers) {
      const isOverlay = Boolean(
        (layer.metadata as Record<string, unknown> | undefined)?.['risk-atlas:layer'],
      );
      if (layer.type === 'symbol' || isOverlay) map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  });
  await waitForMapIdle(page);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says that it needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Risk Atlas needs JavaScript');
  });
});
