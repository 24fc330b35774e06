// The page holds still while its parts arrive: the index after the map's first idle, the article's text after
// the index. A reader about to click must not see the layers jump up or a section slide away (Lighthouse
// counted 0.097 of layout shift here, the panels' loading notice and the article text pushing sections).
import { expect, test } from '@playwright/test';
import { waitForFirstIdle } from './support/atlas';

type Shift = { value: number; hadRecentInput: boolean; sources: string[] };

declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

test.use({ viewport: { width: 1350, height: 940 } });

test('nothing the reader sees moves while the data and the article text arrive', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__layoutShifts = shifts;
    type LayoutShiftEntry = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: Array<{ node: Node | null }>;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShiftEntry[]) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: entry.sources.map((source) =>
            source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : '?',
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await waitForFirstIdle(page);
  // Everything has come: the layers' counts (the index), the article's paragraphs and the risks not mapped.
  await expect(page.locator('.layer-count').first()).toBeVisible();
  await expect(page.locator('.article-body .passage-text').first()).toBeVisible();
  await expect(page.locator('.article-text-loading')).toHaveCount(0);
  await expect(page.locator('section.not-mapped')).toBeAttached();
  // Layout shifts are reported after the frame that made them.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const shifts = await page.evaluate(() => window.__layoutShifts ?? []);
  const total = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  // Web fonts replacing the fallback move the header by a pixel or two (about 0.0005): allowed.
  expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
});
