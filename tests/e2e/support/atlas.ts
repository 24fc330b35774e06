// A small driver in the user's words: open the atlas, read what the map shows, watch what the page does.
import { expect, type Page } from '@playwright/test';

export type PageWatch = { consoleErrors: string[]; foreignRequests: string[] };

/** Records console errors, uncaught exceptions and any request that leaves the page's own origin. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4173}`;

export function watchPage(page: Page, origin = APP_ORIGIN): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) =>
    watch.consoleErrors.push(`uncaught: ${error.message} ${error.stack ?? ''}`),
  );
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Opens the atlas (optionally at a hash) and waits until the map has first become idle. */
export async function openAtlas(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForFirstIdle(page);
}

export async function waitForFirstIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
    timeout: 45_000,
  });
}

/** Waits for the map to settle after a change made through the page. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.riskAtlas?.map;
        if (!map) throw new Error('window.riskAtlas.map is missing');
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

export type Rgb = [number, number, number];

/** Colour of the map canvas at a geographic position, read right after a synchronous redraw. */
export async function colourAt(page: Page, lng: number, lat: number): Promise<Rgb> {
  return page.evaluate(
    ([lngArg, latArg]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('window.riskAtlas.map is missing');
      const point = map.project([lngArg, latArg]);
      const canvas = map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      map.redraw();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(canvas, 0, 0);
      const pixel = context.getImageData(Math.round(point.x * ratio), Math.round(point.y * ratio), 1, 1).data;
      return [pixel[0] ?? 0, pixel[1] ?? 0, pixel[2] ?? 0] as [number, number, number];
    },
    [lng, lat] as const,
  );
}

/** A coarse fingerprint of the whole canvas: the RGB of a grid of samples. */
export async function canvasSamples(page: Page, step = 4): Promise<number[]> {
  return page.evaluate((stepArg) => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('window.riskAtlas.map is missing');
    const canvas = map.getCanvas();
    map.redraw();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(canvas, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, copy.width, copy.height);
    const samples: number[] = [];
    for (let y = 0; y < height; y += stepArg) {
      for (let x = 0; x < width; x += stepArg) {
        const offset = (y * width + x) * 4;
        samples.push(((data[offset] ?? 0) << 16) | ((data[offset + 1] ?? 0) << 8) | (data[offset + 2] ?? 0));
      }
    }
    return samples;
  }, step);
}

export function expectColourNear(actual: Rgb, expected: Rgb, tolerance = 8): void {
  const distance = Math.max(...actual.map((channel, index) => Math.abs(channel - (expected[index] ?? 0))));
  expect(distance, `colour ${actual.join(',')} vs expected ${expected.join(',')}`).toBeLessThanOrEqual(
    tolerance,
  );
}

/**
 * Holds the atlas index (`data/index.json`) back until the returned function is called: the page as a
 * reader sees it while the data is still on its way.
 */
export async function holdAtlasIndex(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/index.json', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Every request the page makes for a chunk of the build named `name` (`assets/<name>-<hash>.js`), as it comes. */
export function chunkRequests(page: Page, name: string): string[] {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
  const requested: string[] = [];
  page.on('request', (request) => {
    if (pattern.test(new URL(request.url()).pathname)) requested.push(request.url());
  });
  return requested;
}
