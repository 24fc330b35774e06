// @vitest-environment jsdom
// Draft features (proposed by article:import --accept, not yet checked) say so in the list and the details.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { ContextPanel } from '../../../src/panels/ContextPanel';
import { FeatureList } from '../../../src/panels/FeatureList';
import { useAtlasStore } from '../../../src/state/store';
import { fixtureAtlas } from './fixtureAtlas';

const store = () => useAtlasStore.getState();

function atlasWithDraft() {
  const atlas = fixtureAtlas();
  atlas.features = atlas.features.map((f) =>
    f.properties.id === 'xing-astara' ? { ...f, properties: { ...f.properties, draft: true as const } } : f,
  );
  return atlas;
}

beforeAll(() => loadLanguage('ru'));
beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  store().setData({ kind: 'ready', atlas: atlasWithDraft() });
});
afterEach(cleanup);

describe('a draft feature', () => {
  it('is marked as a draft in the feature list and in its details, in both languages', () => {
    render(
      <>
        <FeatureList />
        <ContextPanel />
      </>,
    );
    const list = screen.getByRole('navigation', { name: 'All features by layer' });
    expect(within(list).getByRole('button', { name: /Samur crossing$/ })).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: /Astara crossing \(draft\)/ }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Astara crossing (draft)' })).toBeTruthy();

    act(() => store().setLanguage('ru'));
    const russian = screen.getByRole('region', { name: 'Подробности' });
    expect(within(russian).getByRole('heading', { name: 'КПП Астара (черновик)' })).toBeTruthy();
  });
});
