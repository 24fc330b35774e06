// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { ArticlePanel, CHIPS_SHOWN, CHIPS_STEP } from '../../../src/panels/ArticlePanel';
import { passageDomId } from '../../../src/panels/passages';
import { useAtlasStore } from '../../../src/state/store';
import { fixtureCompiledWithManySites, fixtureWithManySites, serveFixtureFiles } from './fixtureAtlas';

/** The three fixture features citing p1, then the sites. */
const CITING_P1 = 3 + 130;

const firstPassage = () => {
  const passage = document.getElementById(passageDomId({ article: 'test-article', passage: 'p1' }));
  if (!passage) throw new Error('no first passage');
  return passage;
};
/** The passages draw once the article's text has loaded. */
const renderArticle = async () => {
  render(<ArticlePanel />);
  await waitFor(firstPassage);
};
const chipCount = () => within(firstPassage()).getAllByRole('listitem').length;

// Russian loads on demand in the app; these tests switch to it directly.
beforeAll(() => loadLanguage('ru'));

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  serveFixtureFiles(fixtureCompiledWithManySites(130));
  useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureWithManySites(130) });
});

afterEach(cleanup);

describe('the chips of a passage cited by many features', () => {
  it('shows the first ones and a button for the rest that opens them in steps', async () => {
    await renderArticle();
    expect(chipCount()).toBe(CHIPS_SHOWN);
    const more = within(firstPassage()).getByRole('button', { name: /^\+109 more/ });
    fireEvent.click(more);
    expect(chipCount()).toBe(CHIPS_SHOWN + CHIPS_STEP);
    fireEvent.click(within(firstPassage()).getByRole('button', { name: /^\+9 more/ }));
    expect(chipCount()).toBe(CITING_P1);
    expect(within(firstPassage()).queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('says how many more in Russian too', async () => {
    await renderArticle();
    act(() => useAtlasStore.getState().setLanguage('ru'));
    expect(within(firstPassage()).getByRole('button', { name: /^ещё 109/ })).toBeTruthy();
  });
});
