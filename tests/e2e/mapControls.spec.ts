// Every control over the map can be reached by a pointer at the widths people read on: nothing else over the
// map covers one of them. Russian labels are the longer ones, so most sizes are checked in Russian.
import { expect, test } from '@playwright/test';
import { waitForFirstIdle } from './support/atlas';

const LAYOUTS = [
  { name: 'a phone', viewport: { width: 390, height: 844 }, lang: 'ru' },
  { name: 'a tablet upright', viewport: { width: 820, height: 1180 }, lang: 'ru' },
  { name: 'a tablet upright, in English', viewport: { width: 820, height: 1180 }, lang: 'en' },
  { name: 'a laptop', viewport: { width: 1280, height: 800 }, lang: 'ru' },
  // The editor's panel is wider than the column it opens over: the map must start beside it, not under it.
  {
    name: 'a tablet on its side, editing',
    viewport: { width: 1024, height: 768 },
    lang: 'en',
    editing: true,
  },
  { name: 'a laptop, editing', viewport: { width: 1280, height: 800 }, lang: 'ru', editing: true },
  // An embed adds its legend and its way out (Open in Risk Atlas) over the same map.
  { name: 'a phone-sized embed', viewport: { width: 390, height: 600 }, lang: 'ru', embed: true },
  { name: 'an embed in an article column', viewport: { width: 640, height: 400 }, lang: 'ru', embed: true },
  { name: 'a wide embed', viewport: { width: 960, height: 480 }, lang: 'en', embed: true },
];

for (const layout of LAYOUTS) {
  test(`the map's controls are all within reach on ${layout.name}`, async ({ page }) => {
    await page.setViewportSize(layout.viewport);
    await page.goto(
      `/#lang=${layout.lang}${layout.editing ? '&edit=1' : ''}${layout.embed ? '&embed=1' : ''}`,
    );
    await waitForFirstIdle(page);
    if (layout.editing) await expect(page.locator('.editor')).toBeVisible();
    if (layout.embed) await expect(page.locator('.embed-open')).toBeVisible();
    // Opened in a language, the controls speak it from the start.
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute(
      'aria-label',
      layout.lang === 'ru' ? 'Приблизить' : 'Zoom in',
    );
    const controls = await page.evaluate(() => {
      const inView = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      };
      const candidates = [
        ...document.querySelectorAll(
          '.maplibregl-ctrl button, .maplibregl-ctrl summary, .map-toolbar select, .map-toolbar button, .embed-open, .embed-legend button',
        ),
      ].filter(inView);
      return candidates.map((el) => {
        const box = el.getBoundingClientRect();
        // The pointer lands where the control's box and the window overlap most: its centre.
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const name =
          el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? el.tagName;
        return { name: name.trim(), reachable: hit !== null && (hit === el || el.contains(hit)) };
      });
    });
    // Zoom in and out, full screen, the attribution, the region and Share at least.
    expect(controls.length).toBeGreaterThanOrEqual(6);
    expect(controls.filter((control) => !control.reachable).map((control) => control.name)).toEqual([]);
  });
}

test("MapLibre's controls, the scale and the map itself speak the reader's language, also after a switch", async ({
  page,
}) => {
  await page.goto('/');
  await waitForFirstIdle(page);
  const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
  await expect(zoomIn).toHaveAttribute('aria-label', 'Zoom in');
  await page.getByLabel('Language').selectOption('ru');
  await expect(zoomIn).toHaveAttribute('aria-label', 'Приблизить');
  await expect(zoomIn).toHaveAttribute('title', 'Приблизить');
  await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('aria-label', 'Отдалить');
  await expect(page.locator('.maplibregl-ctrl-fullscreen')).toHaveAttribute('aria-label', 'Во весь экран');
  await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
    'aria-label',
    'Показать или скрыть источники',
  );
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', 'Карта');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s*км$/);
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Реки, озёра: GSHHG');
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
    'Слои: Атлас рисков; источники: Вестник Кавказа',
  );
  // One set of controls, where they were: zoom and full screen at the top right, the scale at the bottom left.
  await expect(page.locator('.maplibregl-ctrl-top-right button')).toHaveCount(3);
  await expect(page.locator('.maplibregl-ctrl-bottom-left .maplibregl-ctrl-scale')).toHaveCount(1);
  await page.getByLabel('Язык').selectOption('en');
  await expect(zoomIn).toHaveAttribute('aria-label', 'Zoom in');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s*km$/);
});
