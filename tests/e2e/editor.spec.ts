// The editor in a person's words: open it, draw, fill in, cite, keep, undo, download, open files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas, waitForFirstIdle, watchPage } from './support/atlas';

const editorOf = (page: Page) => page.getByRole('region', { name: 'Editor' });

async function openEditor(page: Page, hash = '#edit=1'): Promise<Locator> {
  await openAtlas(page, hash);
  const editor = editorOf(page);
  await expect(editor).toBeVisible();
  await expect(
    editor
      .getByRole('status')
      .filter({ hasText: /saved|^$/ })
      .first(),
  ).toBeAttached();
  await expect(editor.getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
  return editor;
}

/** Selects characters [start, end) of the passages text with the keyboard alone. */
async function selectWithKeyboard(page: Page, passages: Locator, start: number, end: number) {
  await passages.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = start; i < end; i += 1) await page.keyboard.press('Shift+ArrowRight');
}

test.describe('the editor', () => {
  test.beforeEach(async ({ page }) => {
    // Each test starts from no drafts: the database is per origin and kept between pages of a context.
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('risk-atlas-drafts');
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    );
  });

  test('opens from About, and nothing of it shows without edit=1', async ({ page }) => {
    await openAtlas(page);
    await expect(editorOf(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'About this map' }).click();
    await page.getByRole('link', { name: 'Edit this atlas' }).click();
    await expect(editorOf(page)).toBeVisible();
    await expect(page).toHaveURL(/edit=1/);
  });

  test('draws a point by keyboard alone, fills the form, cites a selection and keeps it over a reload', async ({
    page,
  }) => {
    const watch = watchPage(page);
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Point', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // Escape left nothing behind: the drawing was cancelled.
    await expect(editor.getByRole('list').first().getByRole('listitem')).toHaveCount(0);

    await editor.getByRole('button', { name: 'Point', exact: true }).focus();
    await page.keyboard.press('Enter');
    const place = editor.getByLabel('Gazetteer place');
    await place.focus();
    await page.keyboard.type('Bandar Anzali (port)');
    await page.keyboard.press('Enter');
    await expect(editor.getByLabel(/Coordinates/)).toHaveValue('49.46222, 37.47278');

    const fill = async (label: string, value: string) => {
      await editor.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    };
    await fill('Name (English)', 'Anzali port draft');
    await fill('Name (Russian)', 'Порт Энзели');
    await fill('Summary (English)', 'A port on the Caspian.');
    await fill('Summary (Russian)', 'Порт на Каспии.');
    await fill('Basis note (English)', 'Drawn for a test.');
    await fill('Basis note (Russian)', 'Нарисован для проверки.');
    await expect(editor.getByLabel('Id', { exact: true })).toHaveValue('anzali-port-draft');
    await expect(editor.getByText(/Cite at least one passage/)).toBeVisible();

    const passages = editor.getByLabel(/Passages/);
    await selectWithKeyboard(page, passages, 0, 9);
    await editor.getByRole('button', { name: 'Cite selection' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor.getByText('Cited: “Президент”')).toBeVisible();
    await expect(editor.getByText(/Cite at least one passage/)).toHaveCount(0);
    await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(editor.getByText(/All changes saved at/)).toBeVisible();

    // The draft is a feature like the others: in the list.
    await expect(page.getByRole('button', { name: /Anzali port draft/ }).first()).toBeVisible();

    await page.reload();
    await waitForFirstIdle(page);
    const again = editorOf(page);
    await again.getByRole('button', { name: /^Anzali port draft \(Point\)/ }).click();
    await expect(again.getByLabel('Name (Russian)', { exact: true })).toHaveValue('Порт Энзели');
    await expect(again.getByText('Президент', { exact: true })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('has no serious accessibility problems (axe) and fits a tablet', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Line', exact: true }).click();
    const results = await new AxeBuilder({ page }).include('section.editor').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // The form and the map are both there to use on a tablet.
    const box = await editor.boundingBox();
    expect(box?.width).toBeLessThan(768 * 0.6);
    await editor.getByLabel('Precision (km)').scrollIntoViewIfNeeded();
    await expect(editor.getByLabel('Precision (km)')).toBeInViewport();
    await expect(page.getByRole('region', { name: /Map of the South Caucasus/ })).toBeInViewport();
  });
});
