// A feature's date and its dated changes, in a person's words: the date checked against the cited
// articles as it is typed, a change added from words selected in an article, kept over a reload,
// downloaded into the overlay file the corpus check takes, and undone.
import { expect, test } from '@playwright/test';
import { openAtlas, waitForFirstIdle } from './support/atlas';
import {
  checkWithDownloaded,
  clearDrafts,
  downloadChanges,
  editorOf,
  openEditor,
  selectInPassages,
  selectPassageRange,
} from './support/editor';

const SEED = 'vk-2026-03-06-putin-aliyev-evacuation';
const ZONE = 'Drone attacks on the CPC marine terminal';
const QUOTE = 'вся эта инфраструктура очень чувствительна';

test.describe('the editor: date and dated changes', () => {
  test.beforeEach(async ({ page }) => clearDrafts(page));

  test('checks the date as typed, adds a change from a selected quote, keeps it, downloads it and undoes it', async ({
    page,
  }, testInfo) => {
    const editor = await openEditor(page);
    const opener = editor.getByRole('region', { name: 'Open an article' });
    await opener.getByLabel('Open an article').selectOption(SEED);
    await opener.getByRole('button', { name: 'Open', exact: true }).click();
    await opener.getByRole('button', { name: `Edit: ${ZONE}` }).click();
    await expect(editor.getByLabel('Name (English)', { exact: true })).toHaveValue(ZONE);
    // A zone's form asks for its severity, and not for a line's mode, status or direction.
    await expect(editor.getByLabel('Severity', { exact: true })).toBeVisible();
    for (const lineField of ['Mode', 'Status', 'Direction (English)'])
      await expect(editor.getByLabel(lineField, { exact: true })).toHaveCount(0);

    // The date: the schema's problem, then geo:check's rule against the cited article's date, then none.
    const date = editor.getByLabel('Date', { exact: true });
    await date.fill('2026-02-30');
    await expect(date).toHaveAccessibleDescription('A day that exists, written YYYY-MM-DD.');
    await date.fill('2026-03-01');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(
      `Every source is an article published after this date (the earliest, ${SEED}, on 2026-03-06): cite an article of that day or earlier, or correct the date.`,
    );
    // A draft that would fail geo:check is not what the list and the map show: the published zone is.
    const featureList = page.getByRole('navigation', { name: 'All features by layer' });
    const shownAsDraft = featureList.getByRole('button', { name: `${ZONE} (draft)` });
    await expect(shownAsDraft).toHaveCount(0);
    await expect(featureList.getByRole('button', { name: `${ZONE} Severity` })).toHaveCount(1);
    await date.fill('2026-03-06');
    await expect(date).toHaveAttribute('aria-invalid', 'false');
    await expect(shownAsDraft).toHaveCount(1);

    // A change from the words selected in the article, by keyboard.
    await selectInPassages(editor, QUOTE);
    const addChange = editor.getByRole('button', { name: 'Add change' });
    await addChange.focus();
    await page.keyboard.press('Enter');
    await expect(editor.getByText(`Change added, citing “${QUOTE}”`)).toBeVisible();
    const change = editor.getByRole('group', { name: 'Change 1' });
    await expect(change.locator('q')).toHaveText(QUOTE);
    await expect(change.getByLabel('What changed (English)')).toHaveAttribute('aria-invalid', 'true');
    await change.getByLabel('New severity').selectOption('5');
    await change
      .getByLabel('What changed (English)')
      .fill('The terminal’s infrastructure is called very vulnerable.');
    await change
      .getByLabel('What changed (Russian)')
      .fill('Инфраструктура терминала названа очень чувствительной.');
    await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(editor.getByRole('button', { name: `${ZONE} (Area)` })).not.toContainText('⚠');

    // Kept over a reload.
    await expect(editor.getByText(/All changes saved at/)).toBeVisible();
    await page.reload();
    await waitForFirstIdle(page);
    const again = editorOf(page);
    await again.getByRole('button', { name: `${ZONE} (Area)` }).click();
    const kept = again.getByRole('group', { name: 'Change 1' });
    await expect(kept.locator('q')).toHaveText(QUOTE);
    await expect(kept.getByLabel('New severity')).toHaveValue('5');
    await expect(again.getByLabel('Date', { exact: true })).toHaveValue('2026-03-06');

    // Downloaded into the overlay file, which the corpus check takes as it is.
    const files = await downloadChanges(page, again, testInfo);
    expect(Object.keys(files)).toEqual(['overlays/risk.geojson']);
    const risk = JSON.parse(files['overlays/risk.geojson'] ?? '{}') as {
      features: Array<{
        properties: {
          id: string;
          date?: string;
          changes?: Array<{ source: { article: string; quote: string }; severity?: number }>;
        };
      }>;
    };
    const zone = risk.features.find((f) => f.properties.id === 'risk-cpc-terminal-drones');
    expect(zone?.properties.date).toBe('2026-03-06');
    expect(zone?.properties.changes?.map((c) => [c.source.article, c.source.quote, c.severity])).toEqual([
      [SEED, QUOTE, 5],
    ]);
    expect(await checkWithDownloaded(files, testInfo)).toEqual({ loadProblems: [], compileProblems: [] });

    // Undone step by step after the reload, the change last of all.
    const undo = again.getByRole('button', { name: 'Undo' });
    await undo.click();
    await expect(kept.getByLabel('What changed (Russian)')).toHaveValue('');
    await undo.click();
    await expect(kept.getByLabel('What changed (English)')).toHaveValue('');
    await undo.click();
    await expect(kept.getByLabel('New severity')).toHaveValue('');
    await undo.click();
    await expect(kept).toHaveCount(0);
    await expect(again.getByText(/^No change yet/)).toBeVisible();
    await expect(again.getByLabel('Date', { exact: true })).toHaveValue('2026-03-06');
  });

  test('refuses a change whose quote spans two passages, as Cite selection does', async ({ page }) => {
    const editor = await openEditor(page);
    const opener = editor.getByRole('region', { name: 'Open an article' });
    await opener.getByLabel('Open an article').selectOption(SEED);
    await opener.getByRole('button', { name: 'Open', exact: true }).click();
    await opener.getByRole('button', { name: `Edit: ${ZONE}` }).click();
    const passages = editor.getByLabel(/Passages/);
    await expect(passages).not.toHaveValue('');
    // From the end of the first passage into the second.
    const text = await passages.inputValue();
    const breakAt = text.indexOf('\n\n');
    expect(breakAt).toBeGreaterThan(5);
    await selectPassageRange(editor, breakAt - 5, breakAt + 7);
    await editor.getByRole('button', { name: 'Add change' }).click();
    await expect(
      editor.getByText('A quote must come from one passage: the selection crosses into another passage.'),
    ).toBeVisible();
    await expect(editor.getByRole('group', { name: 'Change 1' })).toHaveCount(0);
  });

  test('speaks Russian: the Date field, its problem and Add change', async ({ page }) => {
    await openAtlas(page, '#lang=ru&edit=1');
    const editor = page.getByRole('region', { name: 'Редактор' });
    await editor.getByRole('button', { name: 'Область', exact: true }).click();
    const date = editor.getByLabel('Дата', { exact: true });
    await date.fill('2026-13-01');
    await expect(date).toHaveAccessibleDescription('Существующий день в виде ГГГГ-ММ-ДД.');
    await expect(editor.getByRole('button', { name: 'Добавить изменение' })).toBeVisible();
  });
});
