// @vitest-environment jsdom
// How much of a long feature list a selection draws again: the rows it changes, not every row in view.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FeatureList } from '../../../src/panels/FeatureList';
import { useAtlasStore } from '../../../src/state/store';
import type * as HoverHighlight from '../../../src/panels/useHoverHighlight';
import { fixtureWithManySites } from './fixtureAtlas';

// Every row of the list asks for its hover highlight once per render: counting the asks counts the renders.
const rendered = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock('../../../src/panels/useHoverHighlight', async (importOriginal) => {
  const actual = await importOriginal<typeof HoverHighlight>();
  return {
    ...actual,
    useHoverHighlight: (id: string) => {
      rendered.ids.push(id);
      return actual.useHoverHighlight(id);
    },
  };
});

const store = () => useAtlasStore.getState();

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  store().setData({ kind: 'ready', atlas: fixtureWithManySites(600) });
});

afterEach(cleanup);

it('draws again only the rows whose selection changed, in long (windowed) layers as in short ones', () => {
  render(<FeatureList />);
  const drawn = new Set(rendered.ids);
  const [first, second] = [...drawn].filter((id) => id.startsWith('site-'));
  if (!first || !second) throw new Error('no windowed site rows drawn');
  expect(drawn.size).toBeGreaterThan(10);

  rendered.ids = [];
  act(() => store().selectFeature(first));
  expect(rendered.ids).toEqual([first]);

  rendered.ids = [];
  act(() => store().selectFeature(second));
  expect(rendered.ids.sort()).toEqual([first, second].sort());

  rendered.ids = [];
  act(() => store().selectFeature('evac-road'));
  expect(rendered.ids.sort()).toEqual(['evac-road', second].sort());
});
