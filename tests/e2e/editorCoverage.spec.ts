// "Nothing lost" for a new article: each passage that names places or movements gets a feature or a reason
// ("Nothing to map"), and the corpus check takes what Download changes gives; without the reasons, it
// reports exactly the passages the editor asked about.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { editorTestArticle } from '../fixtures/editorArticle';
import { checkWithDownloaded, clearDrafts, downloadChanges, openEditor } from './support/editor';

const TITLE = 'Эвакуация через Астару и Тегеран';
/** Places in the lead, p1 and p3; none in the heading or p2. The port in p1 is the passage mapped. */
const TEXT = editorTestArticle({ title: TITLE, more: true });
const LEAD_REASON = 'Buses of evacuees on their way: the route is mapped from other articles.';
const P3_REASON = 'A delegation came home: no place or movement to map.';

const passage = (scope: Locator, id: string) => scope.getByRole('group', { name: `Passage ${id}` });

/** The passages the corpus check reports as naming places with no feature and no reason. */
const uncited = (problems: readonly string[]) =>
  problems.flatMap((p) => /passage [\w-]+#([\w-]+) names .* but no feature cites it/.exec(p)?.[1] ?? []);

test('a new article’s passages get a feature or a reason, and the download passes the corpus check', async ({
  page,
}, testInfo) => {
  await clearDrafts(page);
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'New article' }).click();
  await editor.getByLabel('Article text').fill(TEXT);
  await editor.getByRole('button', { name: 'Import' }).click();
  const review = editor.locator('.editor-new-article');
  const summary = review.locator('.editor-coverage-summary');
  await expect(summary).toContainText('still need a feature or a reason: 3.');

  // One passage mapped: the port accepted as a draft site citing it.
  await editor.getByRole('button', { name: /^Accept: Энзели/ }).click();
  await expect(passage(review, 'p1')).toContainText('Mapped: a feature cites this passage.');
  await expect(summary).toContainText('still need a feature or a reason: 2.');
  await expect(passage(review, 'h1').getByRole('button', { name: 'Nothing to map' })).toHaveCount(0);
  await expect(passage(review, 'p2').getByRole('button', { name: 'Nothing to map' })).toHaveCount(0);

  const draftsCoverage = editor.locator('.editor-drafts-coverage');
  await expect(draftsCoverage).toHaveAttribute('data-open', '2');

  // Without the reasons, the corpus check reports exactly the passages the editor asks about.
  const unreasoned = await downloadChanges(page, editor, testInfo);
  await expect(editor.locator('.editor-message')).toContainText('neither a feature nor a reason: 2.');
  expect(Object.keys(unreasoned)).not.toContain('coverage-allow.json');
  const before = await checkWithDownloaded(unreasoned, testInfo);
  expect(before.loadProblems).toEqual([]);
  expect(uncited(before.compileProblems)).toEqual(['lead', 'p3']);
  expect(before.compileProblems).toHaveLength(2);

  // A reason is required.
  const lead = passage(review, 'lead');
  await lead.getByRole('button', { name: 'Nothing to map' }).click();
  await expect(lead.getByRole('alert')).toHaveText(/Give a reason/);
  await expect(lead.getByLabel('Reason', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText('still need a feature or a reason: 2.');
  const axe = await new AxeBuilder({ page }).include('.editor-new-article').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await lead.getByLabel('Reason', { exact: true }).fill(LEAD_REASON);
  await lead.getByRole('button', { name: 'Nothing to map' }).click();
  await expect(lead).toContainText(`Nothing to map: ${LEAD_REASON}`);
  await expect(summary).toContainText('still need a feature or a reason: 1.');
  // It follows Undo and Redo.
  await editor.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(lead.getByRole('button', { name: 'Nothing to map' })).toBeVisible();
  await editor.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(lead).toContainText(`Nothing to map: ${LEAD_REASON}`);

  // From the keyboard alone: the field, its reason, Enter.
  const p3 = passage(review, 'p3');
  await p3.getByLabel('Reason', { exact: true }).focus();
  await page.keyboard.type(P3_REASON);
  await page.keyboard.press('Enter');
  await expect(p3).toContainText(`Nothing to map: ${P3_REASON}`);
  await expect(summary).toContainText(
    'Every passage that names places or movements has a feature or a reason',
  );
  await expect(draftsCoverage).toHaveAttribute('data-open', '0');

  // Kept with the drafts: after a reload the article opened again shows its reasons. The reason was typed
  // key by key, a change each: the reload waits until the newest is on disk, as the editor says.
  await expect(editor.getByText(/All changes saved at/)).toBeVisible();
  await page.reload();
  const again = await openEditor(page);
  const opener = again.getByRole('region', { name: 'Open an article' });
  await opener.getByRole('combobox').selectOption({ label: TITLE });
  await opener.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(passage(opener, 'lead')).toContainText(`Nothing to map: ${LEAD_REASON}`);
  await expect(passage(opener, 'p3')).toContainText(`Nothing to map: ${P3_REASON}`);
  await expect(opener.locator('.editor-coverage-summary')).toContainText('Every passage');

  const files = await downloadChanges(page, again, testInfo);
  const allowList = JSON.parse(files['coverage-allow.json'] ?? '{}') as Record<string, string>;
  const keys = Object.keys(allowList);
  expect(keys).toEqual([...keys].sort());
  expect(Object.entries(allowList).filter(([, reason]) => [LEAD_REASON, P3_REASON].includes(reason))).toEqual(
    [
      [expect.stringMatching(/#lead$/), LEAD_REASON],
      [expect.stringMatching(/#p3$/), P3_REASON],
    ],
  );
  expect(await checkWithDownloaded(files, testInfo)).toEqual({ loadProblems: [], compileProblems: [] });
});

test('a published reason can be taken back: the passage is asked about again and the download leaves it out', async ({
  page,
}, testInfo) => {
  await clearDrafts(page);
  const editor = await openEditor(page);
  const opener = editor.locator('.editor-open-article');
  await opener.getByRole('button', { name: 'Open', exact: true }).click();
  const review = opener.locator('.editor-proposals');
  const summary = review.locator('.editor-coverage-summary');
  await expect(summary).toContainText(
    'Every passage that names places or movements has a feature or a reason',
  );
  // A passage the repository's coverage-allow.json gives a reason for.
  const publishedNote = page
    .locator('[data-coverage="reason"]')
    .filter({ hasText: 'already in coverage-allow.json' });
  const group = review.getByRole('group').filter({ has: publishedNote }).first();
  const name = await group.getAttribute('aria-label');
  const passageId = /^Passage ([\w-]+)$/.exec(name ?? '')?.[1];
  if (!passageId) throw new Error(`no passage id in ${name}`);
  const chosen = passage(review, passageId);

  await chosen.getByRole('button', { name: 'Remove reason' }).click();
  await expect(chosen.getByLabel('Reason', { exact: true })).toBeVisible();
  await expect(summary).toContainText('still need a feature or a reason: 1.');

  const files = await downloadChanges(page, editor, testInfo);
  const allowList = JSON.parse(files['coverage-allow.json'] ?? '{}') as Record<string, string>;
  expect(Object.keys(allowList).some((key) => key.endsWith(`#${passageId}`))).toBe(false);
  expect(Object.keys(allowList).length).toBeGreaterThan(0);
  const checked = await checkWithDownloaded(files, testInfo);
  expect(uncited(checked.compileProblems)).toEqual([passageId]);

  // Undo gives the published reason again.
  await editor.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(chosen).toContainText('already in coverage-allow.json');
});
