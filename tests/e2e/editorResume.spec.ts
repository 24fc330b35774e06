// Nothing lost between sessions: an imported article is kept at once, and an editor that comes back to it
// (a reload, the editor closed and opened again, the link sent to oneself) finds its review open again.
import { expect, test } from '@playwright/test';
import { editorTestArticle } from '../fixtures/editorArticle';
import { waitForFirstIdle } from './support/atlas';
import { clearDrafts, editorOf, openEditor } from './support/editor';

const TITLE = 'Эвакуация через Астару';

test('an imported article is kept before anything in it is decided, and its review opens again after a reload', async ({
  page,
}) => {
  await clearDrafts(page);
  const editor = await openEditor(page, '#edit=1&lang=en');
  await editor.getByRole('button', { name: 'New article' }).click();
  await editor.getByLabel('Article text').fill(editorTestArticle({ title: TITLE }));
  await editor.getByRole('button', { name: 'Import' }).click();
  const proposals = editor.getByRole('button', { name: /^Accept: / });
  // Astara, Baku and the port of Anzali.
  await expect(proposals).toHaveCount(3);
  const proposed = 3;
  // The article panel and the link show the article being worked on.
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { name: TITLE }),
  ).toBeVisible();
  await expect(page).toHaveURL(/[#&]a=[a-z0-9-]+/);
  // Nothing decided yet, and still on disk.
  await expect(editor.getByText(/All changes saved at/)).toBeVisible();

  await page.reload();
  await waitForFirstIdle(page);
  const again = editorOf(page);
  await expect(again.getByRole('combobox', { name: 'Open an article' })).toHaveValue(/.+/);
  await expect(again.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(again.getByRole('button', { name: /^Accept: / })).toHaveCount(proposed);

  // One decision, then the editor closed and opened again: the review is back with the decision in it.
  await again
    .getByRole('button', { name: /^Accept: / })
    .first()
    .click();
  await expect(again.getByText('(accepted)')).toHaveCount(1);
  await expect(again.getByText(/All changes saved at/)).toBeVisible();
  await again.getByRole('button', { name: 'Close editor' }).click();
  await page.getByRole('button', { name: 'About this map' }).click();
  await page.getByRole('link', { name: 'Edit this atlas' }).click();
  const reopened = editorOf(page);
  await expect(reopened.getByText('(accepted)')).toHaveCount(1);
  await expect(reopened.getByRole('button', { name: /^Accept: / })).toHaveCount(proposed - 1);

  // Undo takes the import back like any step: the article leaves the drafts once its decisions are undone.
  await reopened.getByRole('button', { name: 'Undo' }).click();
  await reopened.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { name: TITLE }),
  ).toHaveCount(0);
});

test('an editor that starts on a published article opens no review by itself', async ({ page }) => {
  await clearDrafts(page);
  const editor = await openEditor(page, '#edit=1&lang=en');
  await expect(editor.getByRole('combobox', { name: 'Open an article' })).toHaveValue(
    'vk-2026-03-06-putin-aliyev-evacuation',
  );
  await expect(editor.getByRole('button', { name: /^Accept: / })).toHaveCount(0);
});

test('a text pasted into New article and not yet imported is still there after a reload', async ({
  page,
}) => {
  await clearDrafts(page);
  const editor = await openEditor(page, '#edit=1&lang=en');
  await editor.getByRole('button', { name: 'New article' }).click();
  const text = editorTestArticle({ title: TITLE });
  await editor.getByLabel('Article text').fill(text);
  await editor.getByLabel('Outlet').fill('Тестовое издание, по телефону');
  // Kept once typing pauses.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('risk-atlas:new-article-form')))
    .toContain('по телефону');

  await page.reload();
  await waitForFirstIdle(page);
  const again = editorOf(page);
  await expect(again.getByRole('button', { name: 'New article' })).toHaveAttribute('aria-expanded', 'true');
  await expect(again.getByLabel('Article text')).toHaveValue(text);
  await expect(again.getByLabel('Outlet')).toHaveValue('Тестовое издание, по телефону');

  // Once imported, the article is in the drafts and the form keeps nothing more.
  await again.getByRole('button', { name: 'Import' }).click();
  await expect(again.getByRole('button', { name: /^Accept: / })).toHaveCount(3);
  await expect(again.getByText(/All changes saved at/)).toBeVisible();
  await page.reload();
  await waitForFirstIdle(page);
  await expect(editorOf(page).getByRole('button', { name: 'New article' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(editorOf(page).getByRole('heading', { name: TITLE })).toBeVisible();
});
