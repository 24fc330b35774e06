// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../src/state/urlSync';
import { useAtlasStore } from '../../src/state/store';
import { fixtureAtlas } from './panels/fixtureAtlas';

const visible = () =>
  Object.entries(useAtlasStore.getState().visibleLayers)
    .filter(([, on]) => on)
    .map(([id]) => id);

const followLink = (hash: string) => {
  window.history.pushState(null, '', `/${hash}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('a link opened before the data has loaded', () => {
  let stop = () => {};

  beforeEach(() => {
    useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  });

  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('shows its layers at once and its feature once the data comes', () => {
    window.history.replaceState(null, '', '/#layers=sites,risk&sel=xing-astara');
    stop = startUrlSync();
    expect(visible()).toEqual(['risk', 'sites']);
    expect(useAtlasStore.getState().selectedId).toBeNull();
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(useAtlasStore.getState().selectedId).toBe('xing-astara');
    expect(window.location.hash).toContain('sel=xing-astara');
  });

  it('keeps what the reader changed while the data was loading', () => {
    window.history.replaceState(null, '', '/#layers=sites&sel=xing-astara');
    stop = startUrlSync();
    useAtlasStore.getState().setLayerVisible('aid', true);
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(visible()).toEqual(['aid', 'sites']);
    expect(useAtlasStore.getState().selectedId).toBe('xing-astara');
    expect(window.location.hash).toContain('layers=aid,sites');
  });

  it('keeps a feature the reader clicked while the data was loading', () => {
    window.history.replaceState(null, '', '/#layers=sites');
    stop = startUrlSync();
    useAtlasStore.getState().selectFeature('xing-samur');
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(useAtlasStore.getState().selectedId).toBe('xing-samur');
    expect(window.location.hash).toContain('sel=xing-samur');
  });

  it('follows a newer link opened while the data was loading', () => {
    window.history.replaceState(null, '', '/#sel=xing-astara');
    stop = startUrlSync();
    followLink('#layers=aid,risk&sel=risk-war');
    expect(visible()).toEqual(['aid', 'risk']);
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(visible()).toEqual(['aid', 'risk']);
    expect(useAtlasStore.getState().selectedId).toBe('risk-war');
  });

  it('reports an unknown feature once the data shows it is unknown, and a bad layer at once', () => {
    window.history.replaceState(null, '', '/#layers=sites,nonsense&sel=no-such-feature');
    stop = startUrlSync();
    const messages = () => useAtlasStore.getState().notices.map((notice) => notice.message);
    expect(messages().join(' ')).toContain('nonsense');
    expect(messages().join(' ')).not.toContain('no-such-feature');
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(messages().join(' ')).toContain('no-such-feature');
    expect(messages().filter((message) => message.includes('nonsense'))).toHaveLength(1);
  });
});
