// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { useEscapeClears } from '../../../src/app/useEscapeClears';
import { ArticlePanel } from '../../../src/panels/ArticlePanel';
import { ContextPanel } from '../../../src/panels/ContextPanel';
import { FeatureList } from '../../../src/panels/FeatureList';
import { LayerPanel } from '../../../src/panels/LayerPanel';
import { useAtlasStore } from '../../../src/state/store';
import { splitAtlas } from '../../../src/data/atlasFiles';
import { fixtureAtlas, fixtureCompiledAtlas, serveFixtureFiles } from './fixtureAtlas';
import { failure } from '../support/loadFailure';

function Panels() {
  useEscapeClears();
  return (
    <>
      <LayerPanel />
      <FeatureList />
      <ContextPanel />
      <ArticlePanel />
    </>
  );
}

const store = () => useAtlasStore.getState();

// Russian loads on demand in the app; these tests switch to it directly.
beforeAll(() => loadLanguage('ru'));

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  serveFixtureFiles();
  store().setData({ kind: 'ready', atlas: fixtureAtlas() });
});

afterEach(cleanup);

describe('the layer panel', () => {
  it('hides a layer when its box is unchecked and shows all again', () => {
    render(<Panels />);
    const evacuation = screen.getByRole('checkbox', { name: /Evacuation routes/ });
    expect((evacuation as HTMLInputElement).checked).toBe(true);
    fireEvent.click(evacuation);
    expect(store().visibleLayers.evacuation).toBe(false);
    expect((evacuation as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Hide all' }));
    expect(Object.values(store().visibleLayers)).toEqual([false, false, false, false, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(Object.values(store().visibleLayers)).toEqual([true, true, true, true, true]);
  });

  it('counts the features of each layer, within the severity filter', () => {
    render(<Panels />);
    expect(screen.getByRole('checkbox', { name: 'Risk zones 2 on the map' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Risk zones shown' }), { target: { value: '4' } });
    expect(store().minSeverity).toBe(4);
    expect(screen.getByRole('checkbox', { name: 'Risk zones 1 on the map' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Sites 2 on the map' })).toBeTruthy();
  });
});

describe('choosing a feature', () => {
  it('opens its details from the list, with the quote marked and the numbers worked out', async () => {
    render(<Panels />);
    const list = screen.getByRole('navigation', { name: 'All features by layer' });
    fireEvent.click(within(list).getByRole('button', { name: /Evacuation road/ }));

    expect(store().selectedId).toBe('evac-road');
    expect(store().cameraRequest?.kind).toBe('fit');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Evacuation road' })).toBeTruthy();
    expect(within(details).getByText('Inferred from the text')).toBeTruthy();
    expect(within(details).getByText(/Approximate: the drawn position may be up to 15 km off/)).toBeTruthy();
    expect(within(details).getByText('1,234.6 km')).toBeTruthy();
    // The passage arrives with its article's text; the quote is marked in it.
    const passage = await within(details).findByText(/^Граждан/);
    expect(passage.closest('blockquote')?.querySelector('mark')?.textContent).toBe(
      'эвакуировали через Азербайджан',
    );
  });

  it('shows the details at once from the index, the cited passages a frame later, the quoted text when it arrives', async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const article = fixtureCompiledAtlas().articles[0];
    serveFixtureFiles(undefined, {
      article: async () => {
        await arrived;
        return article ? { ok: true, value: article } : failure('none');
      },
    });
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Evacuation road' })).toBeTruthy();
    // The frame that answers the choice carries the heading and the facts, not the long passages.
    expect(within(details).queryByRole('heading', { name: 'In the article' })).toBeNull();
    expect(await within(details).findByText('Loading the passage…')).toBeTruthy();
    expect(within(details).getByRole('heading', { name: 'In the article' })).toBeTruthy();
    // Title, then outlet and date: read (and printed, and copied) as two things, not one run of words.
    expect(details.querySelector('.source-article')?.textContent).toMatch(/^Тестовая статья · Test Outlet, /);
    expect(details.querySelector('mark')?.textContent).toBe('эвакуировали через Азербайджан');
    release();
    expect(await within(details).findByText(/^Граждан/)).toBeTruthy();
    expect(within(details).queryByText('Loading the passage…')).toBeNull();
  });

  it('shows the heading at once and the summary when the details chunk arrives, saying so politely', async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const { details: chunks } = splitAtlas(fixtureCompiledAtlas());
    const { requested } = serveFixtureFiles(undefined, {
      details: async (chunk) => {
        requested.push(`details/${chunk}.json`);
        await arrived;
        const found = chunks.find((candidate) => candidate.chunk === chunk);
        return found ? { ok: true, value: found } : failure('none');
      },
    });
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Evacuation road' })).toBeTruthy();
    expect(within(details).getByText('Loading the description…').getAttribute('role')).toBe('status');
    expect(within(details).queryByText('The road is inferred.')).toBeNull();
    release();
    expect(await within(details).findByText('By road to Baku.')).toBeTruthy();
    expect(within(details).getByText('The road is inferred.')).toBeTruthy();
    expect(within(details).queryByText('Loading the description…')).toBeNull();
    expect(requested.filter((file) => file.startsWith('details/'))).toEqual(['details/evacuation-0.json']);
  });

  it('says when the description cannot be loaded, in both languages, and loads it on Retry', async () => {
    let fail = true;
    const { details: chunks } = splitAtlas(fixtureCompiledAtlas());
    serveFixtureFiles(undefined, {
      details: async (chunk) => {
        const found = chunks.find((candidate) => candidate.chunk === chunk);
        if (fail || !found) return failure(`details/${chunk}.json is not valid JSON (truncated or damaged).`);
        return { ok: true, value: found };
      },
    });
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    const details = screen.getByRole('region', { name: 'Details' });
    const alert = await within(details).findByText('The description could not be loaded.');
    const box = alert.closest('[role="alert"]');
    expect(box?.textContent).toContain('details/evacuation-0.json is not valid JSON');
    expect(within(details).getByRole('heading', { name: 'Evacuation road' })).toBeTruthy();
    act(() => store().setLanguage('ru'));
    const russian = screen.getByRole('region', { name: 'Подробности' });
    expect(within(russian).getByText('Описание не удалось загрузить.')).toBeTruthy();
    act(() => store().setLanguage('en'));
    fail = false;
    fireEvent.click(within(details).getByRole('button', { name: 'Retry' }));
    expect(await within(details).findByText('By road to Baku.')).toBeTruthy();
    expect(within(details).queryByText('The description could not be loaded.')).toBeNull();
  });

  it('says when a quoted passage cannot be loaded, keeps the quote, and loads it on Retry', async () => {
    let fail = true;
    const article = fixtureCompiledAtlas().articles[0];
    serveFixtureFiles(undefined, {
      article: async (id) =>
        fail || !article
          ? failure(`Could not download articles/${id}.json: the server answered 404.`)
          : { ok: true, value: article },
    });
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    const details = screen.getByRole('region', { name: 'Details' });
    const alert = await within(details).findByRole('alert');
    expect(alert.textContent).toContain('The passage could not be loaded.');
    expect(alert.textContent).toContain('articles/test-article.json: the server answered 404');
    expect(details.querySelector('mark')?.textContent).toBe('эвакуировали через Азербайджан');
    act(() => store().setLanguage('ru'));
    expect(
      within(screen.getByRole('region', { name: 'Подробности' })).getByRole('alert').textContent,
    ).toContain('Абзац не удалось загрузить.');
    act(() => store().setLanguage('en'));
    fail = false;
    // The article panel shares the file: one Retry loads it for both.
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(details).findByText(/^Граждан/)).toBeTruthy();
  });

  it('explains the basis and the direction in the interface language', async () => {
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByText('The road is inferred.')).toBeTruthy();
    expect(within(details).getByText('Astara → Baku')).toBeTruthy();

    act(() => store().setLanguage('ru'));
    const russian = screen.getByRole('region', { name: 'Подробности' });
    expect(within(russian).getByText('Дорога — предположение.')).toBeTruthy();
    expect(within(russian).getByText('Астара → Баку')).toBeTruthy();
    expect(within(russian).queryByText('The road is inferred.')).toBeNull();
  });

  it('shows a layer that was hidden when one of its features is chosen', () => {
    render(<Panels />);
    act(() => store().setLayerVisible('risk', false));
    act(() => store().setMinSeverity(5));
    const list = screen.getByRole('navigation', { name: 'All features by layer' });
    fireEvent.click(within(list).getByRole('button', { name: /Northern Iran/ }));
    expect(store().visibleLayers.risk).toBe(true);
    expect(store().minSeverity).toBe(3);
  });

  it('lists what a risk zone exposes and goes to an exposed site', () => {
    render(<Panels />);
    act(() => store().selectFeature('risk-north-iran'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('3 of 5')).toBeTruthy();
    expect(within(details).getByText('250,000 km²')).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: /Astara crossing/ }));
    expect(store().selectedId).toBe('xing-astara');
  });

  it('clears the selection with Escape, but not while a select has the key', () => {
    render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Risk zones shown' }), { key: 'Escape' });
    expect(store().selectedId).toBe('evac-road');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store().selectedId).toBeNull();
    expect(screen.queryByRole('region', { name: 'Details' })).toBeNull();
  });
});

/** Renders the panels and waits for the article's text, which loads after the index. */
async function renderWithArticleText(): Promise<ReturnType<typeof render>> {
  const rendered = render(<Panels />);
  await within(screen.getByRole('region', { name: /Article|Статья/ })).findByText(/эвакуировали/);
  return rendered;
}

describe('the article', () => {
  it('loads its text when shown, says so while it loads, and offers Retry when it fails', async () => {
    let fail = true;
    const { requested } = serveFixtureFiles();
    const served = fixtureCompiledAtlas().articles[0];
    serveFixtureFiles(undefined, {
      article: async (id) => {
        requested.push(id);
        if (fail) return failure(`Could not download articles/${id}.json: the server answered 500.`);
        return served ? { ok: true, value: served } : failure('none');
      },
    });
    render(<Panels />);
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByRole('status').textContent).toBe('Loading the article’s text…');
    const alert = await within(article).findByRole('alert');
    expect(alert.textContent).toContain('The article’s text could not be loaded.');
    expect(alert.textContent).toContain('articles/test-article.json: the server answered 500');
    expect(within(article).queryByText(/Граждан эвакуировали/)).toBeNull();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(article).findByText(/Граждан эвакуировали/)).toBeTruthy();
    expect(within(article).queryByRole('alert')).toBeNull();
    expect(requested).toEqual(['test-article', 'test-article']);
  });

  it('names a failed text in Russian too', async () => {
    serveFixtureFiles(undefined, { article: async () => failure('broken') });
    render(<Panels />);
    act(() => store().setLanguage('ru'));
    const alert = await within(screen.getByRole('region', { name: 'Статья' })).findByRole('alert');
    expect(alert.textContent).toContain('Текст статьи не удалось загрузить.');
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeTruthy();
  });

  it('shows the text in its own language with headings', async () => {
    await renderWithArticleText();
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByRole('heading', { name: 'Тестовая статья' })?.getAttribute('lang')).toBe(
      'ru',
    );
    expect(within(article).getByRole('heading', { name: 'Риски', level: 3 })).toBeTruthy();
    expect(
      within(article)
        .getByText(/Граждан эвакуировали/)
        .closest('[lang]')
        ?.getAttribute('lang'),
    ).toBe('ru');
    expect(within(article).getByText(/Test Outlet, March 6, 2026/)).toBeTruthy();
  });

  it('selects a feature from a chip on its passage and marks its quote in the article', async () => {
    await renderWithArticleText();
    const article = screen.getByRole('region', { name: 'Article' });
    fireEvent.click(within(article).getByRole('button', { name: 'Astara crossing' }));
    expect(store().selectedId).toBe('xing-astara');
    expect(article.querySelector('mark')?.textContent).toBe('через Азербайджан');
  });

  it('marks the chosen passage as current', async () => {
    await renderWithArticleText();
    const article = screen.getByRole('region', { name: 'Article' });
    fireEvent.click(within(article).getByRole('button', { name: /^Show on map.*paragraph 1$/ }));
    expect(store().activePassage).toEqual({ article: 'test-article', passage: 'p1' });
    expect(
      within(article)
        .getByText(/Граждан эвакуировали/)
        .closest('.passage')
        ?.getAttribute('aria-current'),
    ).toBe('true');
  });

  it('lists the risks without a place, whose chips open details without moving the map', async () => {
    await renderWithArticleText();
    const article = screen.getByRole('region', { name: 'Article' });
    const notMapped = within(article).getByRole('region', { name: /not mapped/ });
    expect(within(notMapped).getByText('Terrorism')).toBeTruthy();
    expect(within(notMapped).getByText('Named as possible.')).toBeTruthy();

    fireEvent.click(within(article).getByRole('button', { name: 'Terrorism (not on the map)' }));
    expect(store().selectedId).toBe('risk-terror');
    expect(store().cameraRequest).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'Details' })).getByRole('heading', { name: 'Terrorism' }),
    ).toBeTruthy();
  });

  it('follows the interface language, the article text does not', async () => {
    await renderWithArticleText();
    act(() => store().setLanguage('ru'));
    expect(screen.getByRole('heading', { name: 'Слои' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Маршруты эвакуации/ })).toBeTruthy();
    const article = screen.getByRole('region', { name: 'Статья' });
    expect(within(article).getByText(/Граждан эвакуировали/)).toBeTruthy();
    expect(within(article).getByRole('button', { name: 'КПП Астара' })).toBeTruthy();
  });

  it('renders hostile text in the data as text', async () => {
    const atlas = fixtureCompiledAtlas();
    const passage = atlas.articles[0]?.passages[0];
    if (!passage) throw new Error('fixture has no passage');
    passage.text = '<img src=x onerror="window.hacked=1"> эвакуировали через Азербайджан';
    serveFixtureFiles(atlas);
    store().setData({ kind: 'ready', atlas: fixtureAtlas() });
    const { container } = render(<Panels />);
    act(() => store().selectFeature('evac-road'));
    await screen.findAllByText(/<img src=x/);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(/<img src=x/).length).toBeGreaterThan(0);
  });
});
