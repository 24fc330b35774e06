// The editor in a person's words: open it, draw, fill in, cite, keep, undo, download, open files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { editorTestArticle } from '../fixtures/editorArticle';
import { holdAtlasIndex, openAtlas, waitForFirstIdle, waitForMapIdle, watchPage } from './support/atlas';
import {
  checkWithDownloaded,
  clearDrafts,
  downloadChanges,
  editorOf,
  openEditor,
  selectInPassages,
  selectPassageRange,
} from './support/editor';

const FEATURES_NAV = 'All features by layer';
/** Selects characters [start, end) of the passages text with the keyboard alone. */
async function selectWithKeyboard(page: Page, passages: Locator, start: number, end: number) {
  await passages.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = start; i < end; i += 1) await page.keyboard.press('Shift+ArrowRight');
}

test.describe('the editor', () => {
  // Each test starts from no drafts.
  test.beforeEach(async ({ page }) => clearDrafts(page));

  test('opens from About, and nothing of it shows without edit=1', async ({ page }) => {
    await openAtlas(page);
    await expect(editorOf(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'About this map' }).click();
    await page.getByRole('link', { name: 'Edit this atlas' }).click();
    await expect(editorOf(page)).toBeVisible();
    await expect(page).toHaveURL(/edit=1/);
  });

  test('opens before the atlas data has come, and fills in when it does', async ({ page }) => {
    // edit=1 is in the store from the first frame and the editor's gate opens once the map has settled, when
    // the data is only starting to load: the editor must mount without it (an editor that could not once
    // left the page without its editor, now and then, on a busy machine).
    const release = await holdAtlasIndex(page);
    await page.goto('about:blank');
    await page.goto('/#edit=1');
    const editor = editorOf(page);
    await expect(editor).toBeVisible({ timeout: 45_000 });
    await expect(editor.getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
    await expect(page.getByText('Loading the atlas data…').first()).toBeVisible();
    release();
    await expect(editor.getByRole('combobox', { name: 'Article', exact: true })).toContainText(
      'Putin thanks Aliyev',
    );
  });

  test('says so with Retry when its code cannot be loaded, and the reader goes on working', async ({
    page,
  }) => {
    const EDITOR_CHUNK = /\/assets\/Editor-[\w-]+\.js$/;
    await page.route(EDITOR_CHUNK, (route) => route.abort('internetdisconnected'));
    await openAtlas(page, '#edit=1');
    const notice = page.locator('.notice').filter({ hasText: 'The editor could not be loaded' });
    await expect(notice).toBeVisible({ timeout: 45_000 });
    await expect(editorOf(page)).toHaveCount(0);
    // Nothing else broke: the list of features still opens a feature's details.
    const astaraBaku = 'Evacuation by road: Astara crossing – Lankaran – Baku';
    await page
      .getByRole('navigation', { name: FEATURES_NAV })
      .getByRole('button', { name: astaraBaku })
      .click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: astaraBaku }),
    ).toBeVisible();

    await page.unroute(EDITOR_CHUNK);
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(editorOf(page)).toBeVisible({ timeout: 45_000 });
    await expect(editorOf(page).getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
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
    // The form and the map are both there to use on a tablet: one below the other, neither over the other.
    const box = await editor.boundingBox();
    const mapBox = await page.locator('#atlas-map').boundingBox();
    if (!box || !mapBox) throw new Error('the editor or the map has no box');
    expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(box.y + 1);
    expect(mapBox.width * mapBox.height).toBeGreaterThan(768 * 1024 * 0.25);
    await editor.getByLabel('Precision (km)').scrollIntoViewIfNeeded();
    await expect(editor.getByLabel('Precision (km)')).toBeInViewport();
    await expect(page.getByRole('region', { name: /Map of the South Caucasus/ })).toBeInViewport();
  });

  test('keeps a line drawn halfway over a reload, and undoes it after the reload', async ({ page }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Line', exact: true }).click();
    const canvas = page.locator('.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map canvas');
    // Two positions placed, the line not finished.
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.4);
    await expect(editor.getByLabel(/Coordinates/)).toHaveValue(/^[\d.-]+, [\d.-]+$/);
    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.55);
    await expect(editor.getByLabel(/Coordinates/)).toHaveValue(/^[\d.-]+, [\d.-]+\n[\d.-]+, [\d.-]+$/);
    await expect(editor.getByText(/All changes saved at/)).toBeVisible();

    await page.reload();
    await waitForFirstIdle(page);
    const again = editorOf(page);
    await again
      .getByRole('button', { name: /\(Line\)/ })
      .first()
      .click();
    await expect(again.getByLabel(/Coordinates/)).toHaveValue(/^[\d.-]+, [\d.-]+\n[\d.-]+, [\d.-]+$/);

    // Undo walks back through the steps made before the reload: the line's positions, then the new draft.
    await again.getByRole('button', { name: 'Undo' }).click();
    await expect(again.getByLabel(/Coordinates/)).toHaveValue('');
    await page.keyboard.press('Control+Z');
    await expect(again.getByRole('button', { name: /\(Line\)/ })).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect(again.getByRole('button', { name: /\(Line\)/ })).toHaveCount(1);
    await expect(again.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  test('refuses a quote that spans a heading, and cites one within a passage', async ({ page }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Point', exact: true }).click();
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Point', exact: true }).click();
    await editor.getByLabel(/Coordinates/).fill('49.86, 40.38');
    await editor.getByRole('button', { name: 'Apply coordinates' }).click();
    const passages = editor.getByLabel(/Passages/);
    const text = await passages.inputValue();
    const heading = 'Москва благодарна Баку за помощь';
    const at = text.indexOf(heading);
    expect(at).toBeGreaterThan(10);
    await selectPassageRange(editor, at - 10, at + 6);
    await editor.getByRole('button', { name: 'Cite selection' }).click();
    await expect(editor.getByText(/must come from one passage/)).toBeVisible();
    await expect(editor.getByText(/Cite at least one passage/)).toBeVisible();

    await selectPassageRange(editor, at, at + 6);
    await editor.getByRole('button', { name: 'Cite selection' }).click();
    await expect(editor.getByText('Cited: “Москва”')).toBeVisible();
  });

  test('imports a new article and makes a draft from an accepted place name', async ({ page }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New article' }).click();
    // The text box takes the panel's width under its label, and nothing sticks out of the panel.
    const textBox = editor.getByLabel('Article text');
    const [panelBox, labelBox, areaBox, chooserBox] = await Promise.all([
      editor.boundingBox(),
      editor.getByText('Article text', { exact: true }).boundingBox(),
      textBox.boundingBox(),
      editor.getByRole('combobox', { name: 'Open an article' }).boundingBox(),
    ]);
    if (!panelBox || !labelBox || !areaBox || !chooserBox)
      throw new Error('the new article panel is not laid out');
    expect(areaBox.width).toBeGreaterThan(panelBox.width * 0.8);
    expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(areaBox.y);
    for (const box of [areaBox, chooserBox])
      expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
    await textBox.fill(editorTestArticle());
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('mark')).toHaveText(['Астару', 'Баку', 'Энзели']);
    await editor.getByRole('button', { name: /^Reject: Астару/ }).click();
    await editor.getByRole('button', { name: /^Accept: Энзели/ }).click();
    await expect(editor.getByRole('button', { name: /^Bandar Anzali \(Point\)$/ })).toBeVisible();
    await expect(editor.getByText('Энзели', { exact: true }).last()).toBeVisible();
    await expect(editor.locator('[aria-invalid="true"]')).toHaveCount(0);
    // The draft is listed with the published features.
    await expect(page.getByRole('navigation', { name: FEATURES_NAV })).toContainText('Bandar Anzali');
  });

  test('imports a plain pasted text once its outlet and date are filled in, asking for each by name', async ({
    page,
  }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New article' }).click();
    // The test article without its front matter: what a person copies from a news site.
    const body = editorTestArticle().split('\n---\n')[1] ?? '';
    await editor.getByLabel('Article text').fill(`Эвакуация через Астару\n\n${body}`);
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('.editor-message')).toContainText(
      'Fill in the date the article was published.',
    );
    const details = editor.getByRole('group', { name: 'About the article' });
    await expect(details.getByLabel('Published on')).toBeFocused();
    await details.getByLabel('Published on').fill('2026-03-07');
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('.editor-message')).toContainText(
      'Fill in the outlet that published the article.',
    );
    await expect(details.getByLabel('Outlet')).toBeFocused();
    await details.getByLabel('Outlet').fill('Тестовое издание');
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('mark')).toHaveText(['Астару', 'Баку', 'Энзели']);
    await expect(editor.locator('.editor-message')).toContainText('Imported: 3 place name(s) found.');

    // A day written by the title is offered in the date field, to check and import again.
    await details.getByLabel('Published on').fill('');
    await editor.getByLabel('Article text').fill(`Эвакуация через Астару\n7 марта 2026 г., 10:15\n\n${body}`);
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('.editor-message')).toContainText('The text gives March 7, 2026');
    await expect(details.getByLabel('Published on')).toHaveValue('2026-03-07');
    await expect(details.getByLabel('Published on')).toBeFocused();
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('.editor-message')).toContainText('Imported:');

    // A text file, chosen with the interface's own button, takes the text box's place and names itself.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor.getByRole('button', { name: 'Or open a text file…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'astara.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(editorTestArticle({ title: 'Из файла' })),
    });
    await expect(editor.getByText('astara.txt', { exact: true })).toBeVisible();
    await expect(editor.getByLabel('Article text')).toHaveValue(/^---\ntitle: Из файла/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('draws a line by taps, finished with a double tap, and says so in a finger’s words', async ({
      page,
    }) => {
      const editor = await openEditor(page, '#edit=1&map=6/40/48');
      await editor.getByRole('button', { name: 'Line', exact: true }).tap();
      await expect(editor.locator('.editor-message')).toHaveText(
        'Tap the map to place positions; a double tap finishes.',
      );
      const map = await page.locator('#atlas-map').boundingBox();
      if (!map) throw new Error('the map has no box');
      for (const [x, y] of [
        [100, 100],
        [200, 150],
      ] as const)
        await page.touchscreen.tap(map.x + x, map.y + y);
      await page.touchscreen.tap(map.x + 300, map.y + 120);
      await page.touchscreen.tap(map.x + 300, map.y + 120);
      // Finished: the line's three positions are in its form.
      await expect(editor.getByLabel(/Coordinates/)).toHaveValue(
        /^[\d.-]+, [\d.-]+\n[\d.-]+, [\d.-]+\n[\d.-]+, [\d.-]+$/,
      );
    });
  });

  test('shows a hostile pasted article as text: markup, bidi controls and 100,000 characters', async ({
    page,
  }) => {
    const watch = watchPage(page);
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New article' }).click();
    const hostile =
      '<img src=x onerror="window.__pwned=1"> \u202Eевакуация через Баку\u202C <script>window.__pwned=2</script>';
    const filler = 'Слово за словом идёт текст. '.repeat(3600);
    const text = [
      '---',
      'title: Враждебный текст',
      'outlet: Проверка',
      'date: 2026-03-08',
      '---',
      hostile,
      '',
      filler,
    ].join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    await editor.getByLabel('Article text').fill(text);
    await editor.getByRole('button', { name: 'Import' }).click();
    await expect(editor.locator('.editor-proposals')).toContainText('<img src=x onerror=');
    await expect(editor.locator('.editor-proposals mark').first()).toHaveText('Баку');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(editor.locator('.editor-proposals img, .editor-proposals script')).toHaveCount(0);
    // The bidi override stays inside its passage: the editor's own buttons read as before.
    await expect(editor.getByRole('button', { name: 'Download changes' })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('downloads the changes as corpus files and opens them back', async ({ page }, testInfo) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor
      .getByLabel('Article text')
      .fill(
        [
          '---',
          'title: Груз через Энзели',
          'outlet: Тестовое издание',
          'date: 2026-03-07',
          '---',
          'Груз пришёл в порт Энзели.',
        ].join('\n'),
      );
    await editor.getByRole('button', { name: 'Import' }).click();
    await editor.getByRole('button', { name: /^Accept: Энзели/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor.getByRole('button', { name: 'Download changes' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('risk-atlas-changes.zip');
    const zipPath = testInfo.outputPath('changes.zip');
    await download.saveAs(zipPath);
    const { unzipSync, strFromU8 } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(files).sort()).toEqual([
      'articles/testovoe-izdanie-2026-03-07-gruz-cherez-enzeli.json',
      'overlays/sites.geojson',
    ]);
    const sites = JSON.parse(strFromU8(files['overlays/sites.geojson'] ?? new Uint8Array())) as {
      features: Array<{ properties: { id: string; sources: Array<{ quote: string }> } }>;
    };
    const drawn = sites.features.find((f) => f.properties.id === 'draft-port-anzali');
    expect(drawn?.properties.sources.map((s) => s.quote)).toEqual(['Энзели']);

    // A fresh start, then the files opened back: the same draft again.
    await editor.getByRole('button', { name: /^Delete draft: Bandar Anzali/ }).click();
    await expect(editor.getByRole('button', { name: /^Bandar Anzali \(Point\)$/ })).toHaveCount(0);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor.getByRole('button', { name: 'Open files' }).click(),
    ]);
    await chooser.setFiles(zipPath);
    await expect(editor.getByText('Opened 2 file(s).')).toBeVisible();
    await expect(editor.getByRole('button', { name: /^Bandar Anzali \(Point\)$/ })).toBeVisible();
  });

  test('opens an article of the corpus: its proposals to review, its features to edit, all downloaded', async ({
    page,
  }, testInfo) => {
    const editor = await openEditor(page);
    const opener = editor.getByRole('region', { name: 'Open an article' });
    await opener.getByLabel('Open an article').selectOption({ index: 0 });
    await opener.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(opener.locator('.editor-proposals mark').first()).toBeVisible();

    // A rejection is a change like any other: undone, redone, saved, and kept over a reload. (A place can be
    // named more than once, so the buttons are counted.)
    const reject = opener.getByRole('button', { name: /^Reject: / }).first();
    const rejectLabel = (await reject.getAttribute('aria-label')) ?? '';
    expect(rejectLabel).not.toBe('');
    const sameLabel = (region: Locator) => region.getByRole('button', { name: rejectLabel, exact: true });
    const offered = await sameLabel(opener).count();
    await reject.click();
    await expect(sameLabel(opener)).toHaveCount(offered - 1);
    await expect(opener.getByText('(rejected)')).toHaveCount(1);
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect(sameLabel(opener)).toHaveCount(offered);
    await expect(opener.getByText('(rejected)')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect(sameLabel(opener)).toHaveCount(offered - 1);
    await expect(editor.getByText(/All changes saved at/)).toBeVisible();
    await page.reload();
    await waitForFirstIdle(page);
    const again = editorOf(page);
    const reopened = again.getByRole('region', { name: 'Open an article' });
    await reopened.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(reopened.locator('.editor-proposals mark').first()).toBeVisible();
    await expect(reopened.getByText('(rejected)')).toHaveCount(1);
    await expect(sameLabel(reopened)).toHaveCount(offered - 1);

    // A feature citing the article is edited with the same form, and cites into this article.
    const edit = reopened.getByRole('button', { name: /^Edit: / }).first();
    const name = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit: /, '');
    await edit.click();
    await expect(again.getByLabel('Name (English)', { exact: true })).toHaveValue(name);
    await again.getByLabel('Summary (English)', { exact: true }).fill('Edited in the browser editor.');
    const quote = 'скорейшее прекращение боевых действий';
    await selectInPassages(again, quote);
    await again.getByRole('button', { name: 'Cite selection' }).click();
    await expect(again.getByText(`Cited: “${quote}”`)).toBeVisible();
    await expect(again.locator('[aria-invalid="true"]')).toHaveCount(0);

    const files = await downloadChanges(page, again, testInfo);
    const paths = Object.keys(files).sort();
    expect(paths.filter((p) => p.startsWith('articles/'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('proposals/'))).toHaveLength(1);
    const overlay = paths.find((p) => p.startsWith('overlays/'));
    const edited = JSON.parse(files[overlay ?? ''] ?? '{}') as {
      features: Array<{
        properties: { name: { en: string }; summary: { en: string }; sources: Array<{ quote: string }> };
      }>;
    };
    const feature = edited.features.find((f) => f.properties.name.en === name);
    expect(feature?.properties.summary.en).toBe('Edited in the browser editor.');
    expect(feature?.properties.sources.map((s) => s.quote)).toContain(quote);
    const proposals = JSON.parse(files[paths.find((p) => p.startsWith('proposals/')) ?? ''] ?? '{}') as {
      rejected: Array<{ quote: string }>;
    };
    expect(proposals.rejected).toHaveLength(1);
    expect(rejectLabel).toContain(proposals.rejected[0]?.quote ?? '?');

    // The corpus check takes the files as they are.
    expect(await checkWithDownloaded(files, testInfo)).toEqual({ loadProblems: [], compileProblems: [] });
  });

  test('finds the country of a typed point from the map’s borders, and keeps a code typed over it', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openAtlas(page);
    // The reader never loads the country polygons.
    expect(requested.filter((path) => path.endsWith('countries.geojson'))).toEqual([]);
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Point', exact: true }).click();
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Point', exact: true }).click();
    const coordinates = editor.getByLabel(/Coordinates/);
    const country = editor.getByLabel(/^Country of a drawn point/);
    const place = async (at: string) => {
      await coordinates.fill(at);
      await editor.getByRole('button', { name: 'Apply coordinates' }).click();
    };
    // Baku and Bandar Anzali, as places.json has them.
    await place('49.88222, 40.39528');
    await expect(country).toHaveValue('AZE');
    await expect(
      editor.getByText('Found from the map’s country borders: AZE.', { exact: false }),
    ).toBeVisible();
    expect(requested.filter((path) => path.endsWith('basemap/countries.geojson'))).toHaveLength(1);
    await place('49.46222, 37.47278');
    await expect(country).toHaveValue('IRN');
    await country.fill('TKM');
    await place('49.88222, 40.39528');
    await expect(coordinates).toHaveValue('49.88222, 40.39528');
    await expect(country).toHaveValue('TKM');
    // Emptied, the field takes the country found again.
    await country.fill('');
    await expect(country).toHaveValue('AZE');
  });

  test('lets one tab edit at a time and says so in the other', async ({ page, context }) => {
    await openEditor(page);
    const second = await context.newPage();
    await openAtlas(second, '#edit=1');
    const other = editorOf(second);
    await expect(other.getByRole('alert')).toContainText('open in another tab');
    await expect(other.getByRole('button', { name: 'Point', exact: true })).toBeDisabled();
    // An import here is shown for review only: it is not kept, so the article panel and the link stay.
    await other.getByRole('button', { name: 'New article' }).click();
    await other.getByLabel('Article text').fill(editorTestArticle());
    await other.getByRole('button', { name: 'Import' }).click();
    await expect(other.getByText(/place name\(s\) found/)).toBeVisible();
    await expect(second).not.toHaveURL(/[#&]a=/);
    await page.close();
    await expect(other.getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
  });

  test('says it is opening the drafts while the browser has not answered', async ({ page }) => {
    // The tab's lock on the drafts never comes (a browser process busy elsewhere).
    await page.addInitScript(() => {
      LockManager.prototype.request = () => new Promise(() => undefined);
    });
    // A new document, not a change of hash on the one the drafts were cleared in: the script runs first.
    await page.goto('about:blank');
    await openAtlas(page, '#edit=1');
    const editor = editorOf(page);
    await expect(editor.getByRole('status').filter({ hasText: 'Opening your drafts…' })).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Point', exact: true })).toBeDisabled();
  });

  test('says plainly when this browser cannot keep the drafts, and offers no tools', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('storage is refused', 'SecurityError');
      };
    });
    await page.goto('about:blank');
    await openAtlas(page, '#edit=1');
    const editor = editorOf(page);
    await expect(
      editor.getByText(/Your drafts cannot be kept in this browser \(storage is refused\)/),
    ).toBeVisible();
    await expect(editor.getByText('Opening your drafts…')).toHaveCount(0);
    await expect(editor.getByRole('button', { name: 'Point', exact: true })).toBeDisabled();
  });

  test('speaks Russian in the Russian interface, problems included', async ({ page }) => {
    await openAtlas(page, '#lang=ru&edit=1');
    const editor = page.getByRole('region', { name: 'Редактор' });
    await editor.getByRole('button', { name: 'Точка', exact: true }).click();
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Точка', exact: true }).click();
    await expect(editor.getByLabel('Название (русское)')).toBeVisible();
    await expect(editor.getByText('Не должно быть пустым.').first()).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Скачать изменения' })).toBeVisible();
  });

  test('draws a finished draft on the map in the published style, marked as a draft', async ({ page }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor
      .getByLabel('Article text')
      .fill(
        ['---', 'title: Груз', 'outlet: Тест', 'date: 2026-03-07', '---', 'Груз пришёл в порт Энзели.'].join(
          '\n',
        ),
      );
    await editor.getByRole('button', { name: 'Import' }).click();
    await editor.getByRole('button', { name: /^Accept: Энзели/ }).click();
    const drawnIds = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const map = window.riskAtlas?.map;
          if (!map) throw new Error('no map');
          map.jumpTo({ center: [49.46222, 37.47278], zoom: 7 });
          map.once('idle', () => {
            const layers = ['draft:mark-point', 'draft:sites-icons'];
            resolve(
              map.queryRenderedFeatures({ layers }).map((f) => `${f.layer.id}:${String(f.properties['id'])}`),
            );
          });
        }),
    );
    expect(drawnIds).toEqual(
      expect.arrayContaining(['draft:mark-point:draft-port-anzali', 'draft:sites-icons:draft-port-anzali']),
    );

    // The drafts of a layer go and come back with it.
    const draftIconsDrawn = () =>
      page.evaluate(() =>
        window.riskAtlas?.map
          .queryRenderedFeatures({ layers: ['draft:sites-icons'] })
          .map((f) => String(f.properties['id'])),
      );
    const sites = page.getByRole('region', { name: 'Layers' }).getByRole('checkbox', { name: /Sites/ });
    // The editor covers the layer panel here; its switches stay in the keyboard's reach.
    await sites.press('Space');
    await expect(sites).not.toBeChecked();
    await waitForMapIdle(page);
    expect(await draftIconsDrawn()).toEqual([]);
    await sites.press('Space');
    await expect(sites).toBeChecked();
    await waitForMapIdle(page);
    expect(await draftIconsDrawn()).toContain('draft-port-anzali');
  });

  test('finishes a line with a double click, moves a vertex, inserts one and deletes it', async ({
    page,
  }) => {
    const editor = await openEditor(page);
    await editor.getByRole('button', { name: 'Line', exact: true }).click();
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const first = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.4 };
    const last = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.6 };
    await page.mouse.click(first.x, first.y);
    await page.mouse.click(last.x, last.y);
    await page.mouse.dblclick(last.x, last.y);
    const coordinates = editor.getByLabel(/Coordinates/);
    await expect(coordinates).toHaveValue(/^[\d.-]+, [\d.-]+\n[\d.-]+, [\d.-]+$/);
    // A line's form asks how it runs (a status may be "closed"), and not for a risk zone's severity.
    await expect(editor.getByLabel('Status', { exact: true }).locator('option[value="closed"]')).toHaveCount(
      1,
    );
    await expect(editor.getByLabel('Severity', { exact: true })).toHaveCount(0);
    // Each click placed a vertex and did nothing else: no feature under it selected, no "What's here".
    expect(new URL(page.url()).hash).not.toContain('sel=');
    await expect(page.getByRole('region', { name: 'Details' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'What’s here' })).toHaveCount(0);
    const before = await coordinates.inputValue();
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    await page.mouse.move(first.x + 20, first.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect(coordinates).not.toHaveValue(before);
    const [moved, kept] = (await coordinates.inputValue()).split('\n');
    expect(kept).toBe(before.split('\n')[1]);
    expect(moved).not.toBe(before.split('\n')[0]);

    // A click on the handle halfway along the line inserts a vertex; a right click on a vertex deletes it.
    const onScreen = (text: string) =>
      page.evaluate((lngLat) => {
        const map = window.riskAtlas?.map;
        if (!map) throw new Error('window.riskAtlas.map is missing');
        const point = map.project(lngLat as [number, number]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      }, text.split(', ').map(Number));
    const ends = await Promise.all([onScreen(moved ?? ''), onScreen(kept ?? '')]);
    const middle = { x: (ends[0].x + ends[1].x) / 2, y: (ends[0].y + ends[1].y) / 2 };
    await page.mouse.click(middle.x, middle.y);
    await expect(coordinates).toHaveValue(/^(?:[\d.-]+, [\d.-]+\n){2}[\d.-]+, [\d.-]+$/);
    const inserted = (await coordinates.inputValue()).split('\n')[1] ?? '';
    const handle = await onScreen(inserted);
    await page.mouse.click(handle.x, handle.y, { button: 'right' });
    await expect(coordinates).toHaveValue(`${moved}\n${kept}`);
  });
});
