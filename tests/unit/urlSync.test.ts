// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('tidies the opened link in place, but makes a step Back can undo of what the reader changed meanwhile', () => {
    window.history.replaceState(null, '', '/#layers=sites,nonsense');
    stop = startUrlSync();
    const entries = window.history.length;
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(window.location.hash).toBe('#layers=sites');
    expect(window.history.length).toBe(entries);
    stop();

    useAtlasStore.setState(useAtlasStore.getInitialState(), true);
    window.history.replaceState(null, '', '/#layers=sites');
    stop = startUrlSync();
    useAtlasStore.getState().setLanguage('ru');
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    expect(window.location.hash).toContain('lang=ru');
    expect(window.history.length).toBe(entries + 1);
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

  it('reports an unknown feature once the data shows it is unknown, and a bad layer at once', async () => {
    window.history.replaceState(null, '', '/#layers=sites,nonsense&sel=no-such-feature');
    stop = startUrlSync();
    const messages = () => useAtlasStore.getState().notices.map((notice) => notice.message);
    // The notice's words load on first use.
    await vi.waitFor(() => expect(messages().join(' ')).toContain('nonsense'));
    expect(messages().join(' ')).not.toContain('no-such-feature');
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    await vi.waitFor(() => expect(messages().join(' ')).toContain('no-such-feature'));
    // One notice for the one link: the unknown id joins what was said of its layers.
    expect(messages()).toEqual([
      'Parts of the link were ignored: layers=nonsense (not a layer of this map); ' +
        'sel=no-such-feature (no feature with this id).',
    ]);
  });
});

describe("writing the reader's changes to the link", () => {
  let stop = () => {};
  let scheduled: Array<() => void> = [];
  const schedule = (work: () => void) => scheduled.push(work);
  const runScheduled = () => scheduled.splice(0).forEach((work) => work());

  beforeEach(() => {
    useAtlasStore.setState(useAtlasStore.getInitialState(), true);
    scheduled = [];
    window.history.replaceState(null, '', '/');
    stop = startUrlSync(useAtlasStore, schedule);
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    runScheduled();
  });

  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('writes a new history entry once the frame is out, not while the click is handled', () => {
    const entries = window.history.length;
    useAtlasStore.getState().selectFeature('xing-astara');
    expect(window.location.hash).toBe('');
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(window.location.hash).toBe('#sel=xing-astara');
    expect(window.history.length).toBe(entries + 1);
  });

  it('makes one entry of the changes made before the frame, with the last state of each', () => {
    const entries = window.history.length;
    const state = useAtlasStore.getState();
    // A camera move alone would replace the entry; the selection after it needs a new one.
    state.commitView({ zoom: 6, lat: 40, lng: 48, bearing: 0, pitch: 0 });
    state.selectFeature('xing-astara');
    state.setLayerVisible('aid', false);
    state.selectFeature('xing-samur');
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(window.location.hash).toContain('sel=xing-samur');
    expect(window.location.hash).toContain('map=6/40/48');
    expect(window.location.hash).not.toContain('aid');
    expect(window.history.length).toBe(entries + 1);
  });

  it('replaces the entry when only the camera moved', () => {
    const entries = window.history.length;
    useAtlasStore.getState().commitView({ zoom: 5, lat: 41, lng: 47, bearing: 0, pitch: 0 });
    runScheduled();
    expect(window.location.hash).toContain('map=5/41/47');
    expect(window.history.length).toBe(entries);
  });

  it('writes the name search to the link, replacing the entry as the reader types', () => {
    const entries = window.history.length;
    for (const typed of ['b', 'ba', 'bak', 'baku  port ']) {
      useAtlasStore.getState().setFeatureQuery(typed);
      runScheduled();
    }
    expect(window.location.hash).toBe('#q=baku%20port');
    expect(window.history.length).toBe(entries);
    useAtlasStore.getState().setFeatureQuery('');
    runScheduled();
    expect(window.location.hash).toBe('');
  });

  it('opens a link with a name search narrowed to it, and one without it with the whole list', () => {
    followLink('#q=Astara+crossing&lang=en');
    expect(useAtlasStore.getState().featureQuery).toBe('Astara crossing');
    followLink('#sel=xing-astara');
    expect(useAtlasStore.getState().featureQuery).toBe('');
  });

  it("closes What's here when the reader follows a link, which has no place for it", () => {
    useAtlasStore.getState().showWhatsHere([47.5, 40.2]);
    followLink('#p=p2');
    expect(useAtlasStore.getState().whatsHereAt).toBeNull();
    expect(useAtlasStore.getState().activePassage?.passage).toBe('p2');
  });

  it("keeps What's here open while the reader's own changes are written to the link", () => {
    useAtlasStore.getState().showWhatsHere([47.5, 40.2]);
    useAtlasStore.getState().setLayerVisible('aid', false);
    runScheduled();
    expect(window.location.hash).toContain('layers=');
    expect(useAtlasStore.getState().whatsHereAt).toEqual([47.5, 40.2]);
  });

  it('drops a change not yet written when the reader goes back or forward first', async () => {
    useAtlasStore.getState().selectFeature('xing-samur');
    // The entry walked to is in a language whose strings still have to load: it is applied a moment later,
    // and the change made before must not be written on top of it meanwhile.
    followLink('#sel=xing-astara&lang=ru');
    runScheduled();
    expect(window.location.hash).toBe('#sel=xing-astara&lang=ru');
    await vi.waitFor(() => expect(useAtlasStore.getState().selectedId).toBe('xing-astara'));
    expect(useAtlasStore.getState().language).toBe('ru');
    runScheduled();
    expect(window.location.hash).toContain('sel=xing-astara');
  });
});
