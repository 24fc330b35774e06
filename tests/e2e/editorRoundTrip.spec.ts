// The editor's whole round trip, as issue 16 asks: draw and cite in the browser, download, check the corpus
// with the files dropped in, build its data as geo:build does, and the built app shows the new feature with
// its quote marked, in a browser that never saw the draft.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeAtlasFolder } from '../../geo/lib/atlasFolder';
import { compileAtlas } from '../../geo/lib/compile';
import { loadCorpus } from '../../geo/lib/corpus';
import { formatProblem } from '../../geo/validate';
import { waitForFirstIdle } from './support/atlas';
import { clearDrafts, downloadChanges, openEditor } from './support/editor';

const NAME = 'Anzali port, round trip';
const QUOTE = 'Президент';

/** geo/ with the downloaded files dropped in, checked and compiled into a data folder of its own. */
function buildWithDownloaded(files: Record<string, string>, outputDir: string): string {
  const corpus = mkdtempSync(join(outputDir, 'corpus-'));
  for (const part of ['articles', 'overlays', 'coverage-allow.json'])
    cpSync(join('geo', part), join(corpus, part), { recursive: true });
  mkdirSync(join(corpus, 'proposals'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(corpus, path), text);
  const { input, problems } = loadCorpus(process.cwd(), { path: corpus, label: 'downloaded' });
  expect(problems.map(formatProblem)).toEqual([]);
  const compiled = compileAtlas(input);
  expect(compiled.problems.map(formatProblem)).toEqual([]);
  if (compiled.atlas === null) throw new Error('the corpus did not compile');
  const data = mkdtempSync(join(outputDir, 'data-'));
  writeAtlasFolder(data, compiled.atlas);
  return data;
}

async function serveDataFolder(page: Page, folder: string): Promise<void> {
  await page.route('**/fixtures/round-trip/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/fixtures\/round-trip\//, '');
    const body = readFileSync(join(folder, path));
    const contentType = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return route.fulfill({ status: 200, contentType, body });
  });
}

test('a feature drawn and cited in the editor, downloaded, checked and built, shows with its quote marked', async ({
  page,
  browser,
}, testInfo) => {
  await clearDrafts(page);
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'Point', exact: true }).click();
  await editor.getByLabel('Gazetteer place').fill('Bandar Anzali (port)');
  await editor.getByLabel('Gazetteer place').press('Enter');
  await expect(editor.getByLabel(/Coordinates/)).toHaveValue('49.46222, 37.47278');
  const fields: Array<[string, string]> = [
    ['Name (English)', NAME],
    ['Name (Russian)', 'Порт Энзели, проверка'],
    ['Summary (English)', 'A port on the Caspian, drawn to test the round trip.'],
    ['Summary (Russian)', 'Порт на Каспии, нарисован для проверки.'],
    ['Basis note (English)', 'Drawn for a test.'],
    ['Basis note (Russian)', 'Нарисован для проверки.'],
  ];
  for (const [label, value] of fields) await editor.getByLabel(label, { exact: true }).fill(value);

  // The first word of the article's lead, selected as a reader would, and cited.
  const passages = editor.getByLabel(/Passages/);
  await passages.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < QUOTE.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await editor.getByRole('button', { name: 'Cite selection' }).click();
  await expect(editor.getByText(`Cited: “${QUOTE}”`)).toBeVisible();
  await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);

  const files = await downloadChanges(page, editor, testInfo);
  const overlay = Object.entries(files).find(([, text]) => text.includes(NAME));
  expect(overlay?.[0]).toMatch(/^overlays\/\w+\.geojson$/);
  const data = buildWithDownloaded(files, testInfo.outputDir);

  // A browser with no drafts: what it shows comes from the built files alone.
  const reader = await browser.newPage();
  await serveDataFolder(reader, data);
  await reader.goto('/?data=fixtures/round-trip');
  await waitForFirstIdle(reader);
  await reader
    .getByRole('navigation', { name: 'All features by layer' })
    .getByRole('button', { name: new RegExp(NAME) })
    .click();
  const details = reader.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: new RegExp(NAME) })).toBeVisible();
  await expect(details.locator('mark', { hasText: QUOTE })).toBeVisible();
  await reader.close();
});
