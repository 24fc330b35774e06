// The editor's browser tests share these: opening it, a fresh start, and the corpus check run on the
// files "Download changes" gives.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { openAtlas } from './atlas';

export const editorOf = (page: Page) => page.getByRole('region', { name: 'Editor' });

export async function openEditor(page: Page, hash = '#edit=1'): Promise<Locator> {
  await openAtlas(page, hash);
  const editor = editorOf(page);
  // The editor's chunk loads after the map has settled; on a busy two-core machine that can take a while.
  await expect(editor).toBeVisible({ timeout: 45_000 });
  await expect(
    editor
      .getByRole('status')
      .filter({ hasText: /saved|^$/ })
      .first(),
  ).toBeAttached();
  await expect(editor.getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
  return editor;
}

/** No drafts: the database is per origin and kept between pages of a context. */
export async function clearDrafts(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('risk-atlas-drafts');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
  );
}

/** Presses "Download changes" and unpacks the zip it gives: path → text. */
export async function downloadChanges(
  page: Page,
  editor: Locator,
  testInfo: TestInfo,
): Promise<Record<string, string>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: 'Download changes' }).click(),
  ]);
  const zipPath = testInfo.outputPath('changes.zip');
  await download.saveAs(zipPath);
  const { unzipSync, strFromU8 } = await import('fflate');
  const { readFileSync } = await import('node:fs');
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/**
 * The corpus check on geo/ with the downloaded files dropped in, as a person would: the problems of
 * loading and of compiling it (both empty when the corpus takes the files unchanged).
 */
export async function checkWithDownloaded(
  files: Record<string, string>,
  testInfo: TestInfo,
): Promise<{ loadProblems: unknown[]; compileProblems: string[] }> {
  const { cpSync, mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const corpus = mkdtempSync(join(testInfo.outputDir, 'corpus-'));
  for (const part of ['articles', 'overlays', 'coverage-allow.json'])
    cpSync(join('geo', part), join(corpus, part), { recursive: true });
  mkdirSync(join(corpus, 'proposals'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(corpus, path), text);
  const { loadCorpus } = await import('../../../geo/lib/corpus');
  const { compileAtlas } = await import('../../../geo/lib/compile');
  const { formatProblem } = await import('../../../geo/validate');
  const { input, problems } = loadCorpus(process.cwd(), { path: corpus, label: 'downloaded' });
  return { loadProblems: problems, compileProblems: compileAtlas(input).problems.map(formatProblem) };
}

/** Selects characters [start, end) of the editor's article text, as dragging over them would. */
export async function selectPassageRange(editor: Locator, start: number, end: number): Promise<void> {
  await editor
    .getByLabel(/Passages/)
    .evaluate((area: HTMLTextAreaElement, [from, to]) => area.setSelectionRange(from, to), [
      start,
      end,
    ] as const);
}

/** Selects the first place the words stand in the editor's article text. */
export async function selectInPassages(editor: Locator, quote: string): Promise<void> {
  const at = (await editor.getByLabel(/Passages/).inputValue()).indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  await selectPassageRange(editor, at, at + quote.length);
}
