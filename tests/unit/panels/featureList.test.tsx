// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FeatureList,
  WINDOWED_FROM_ROWS,
  WINDOWED_ROW_HEIGHT,
  featuresByLayer,
} from '../../../src/panels/FeatureList';
import { useAtlasStore } from '../../../src/state/store';
import { fixtureAtlas, fixtureWithManySites } from './fixtureAtlas';

const SITES = 600;

const longAtlas = () => fixtureWithManySites(SITES);

const store = () => useAtlasStore.getState();
const sitesGroup = () => {
  const list = screen.getByRole('navigation', { name: 'All features by layer' });
  const heading = within(list).getByRole('heading', { name: 'Sites' });
  const group = heading.closest('section');
  if (!group) throw new Error('no group around the heading');
  return group;
};
const drawnNames = () =>
  within(sitesGroup())
    .getAllByRole('button')
    .map((button) => button.textContent);

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  store().setData({ kind: 'ready', atlas: longAtlas() });
});

afterEach(cleanup);

describe('a long layer in the feature list', () => {
  it('draws only a window of rows, each telling its place in the whole list', () => {
    expect(SITES + 2).toBeGreaterThan(WINDOWED_FROM_ROWS);
    render(<FeatureList />);
    const rows = within(sitesGroup()).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(SITES + 2));
    // Shorter layers are drawn whole, as before.
    const evacuation = screen.getByRole('heading', { name: 'Evacuation routes' }).closest('section');
    expect(evacuation?.querySelector('[aria-setsize]')).toBeNull();
  });

  it('draws the rows scrolled to', () => {
    render(<FeatureList />);
    const scroller = sitesGroup().querySelector('.feature-list-scroller');
    if (!scroller) throw new Error('no scroll box');
    act(() => {
      scroller.scrollTop = 500 * WINDOWED_ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    expect(drawnNames()).toContain('Site 0498');
    expect(drawnNames()).not.toContain('Site 0000');
  });

  it('moves the focus with arrows, End and Home, drawing the row it lands on', () => {
    render(<FeatureList />);
    const first = within(sitesGroup()).getAllByRole('button')[0];
    if (!first) throw new Error('no rows');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('2');
    fireEvent.keyDown(document.activeElement ?? first, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Site 0599');
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe(String(SITES + 2));
    fireEvent.keyDown(document.activeElement ?? first, { key: 'Home' });
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('1');
  });

  it('keeps the focused row drawn when the list scrolls away from it', () => {
    render(<FeatureList />);
    const first = within(sitesGroup()).getAllByRole('button')[0];
    if (!first) throw new Error('no rows');
    act(() => first.focus());
    const scroller = sitesGroup().querySelector('.feature-list-scroller');
    if (!scroller) throw new Error('no scroll box');
    act(() => {
      scroller.scrollTop = 400 * WINDOWED_ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    expect(document.activeElement).toBe(first);
    expect(first.isConnected).toBe(true);
  });

  it('marks the chosen feature, and only it, as current', () => {
    render(<FeatureList />);
    fireEvent.click(within(sitesGroup()).getByRole('button', { name: 'Site 0003' }));
    expect(store().selectedId).toBe('site-3');
    const current = sitesGroup().querySelectorAll('[aria-current="true"]');
    expect([...current].map((element) => element.textContent)).toEqual(['Site 0003']);
  });
});

describe('the order of the feature list', () => {
  it('puts the most severe first, then sorts by name in the reader’s language', () => {
    const risk = featuresByLayer(fixtureAtlas(), 'en').risk.map((properties) => properties.id);
    expect(risk).toEqual(['risk-war', 'risk-north-iran']);
    const names = featuresByLayer(longAtlas(), 'en').sites.map((properties) => properties.name.en);
    expect(names.slice(0, 3)).toEqual(['Astara crossing', 'Samur crossing', 'Site 0000']);
  });
});
