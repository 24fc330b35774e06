// The pure half of reading and making links: what a link asks the store for, and the link to what is seen.
import { describe, expect, it } from 'vitest';
import { getAtlasIndex } from '../../src/data/atlasIndex';
import { useAtlasStore, type AtlasState } from '../../src/state/store';
import { EMPTY_HASH_STATE, type HashState } from '../../src/state/urlHash';
import { currentLink, hashStateOf, stateFromLink } from '../../src/state/urlSync';
import { fixtureAtlas } from './panels/fixtureAtlas';

const index = getAtlasIndex(fixtureAtlas());
const noChoices = { selectedId: null, activePassage: null };
const link = (patch: Partial<HashState>): HashState => ({ ...EMPTY_HASH_STATE, ...patch });
const view = { zoom: 6, lat: 40, lng: 48, bearing: 0, pitch: 0 };
const context = { index, reader: noChoices, keepReaders: false, defaultLanguage: 'en' as const };

describe('what a link asks for', () => {
  it('falls back to every layer, no region and the reader’s language for the parts it leaves out', () => {
    const update = stateFromLink(link({}), 'all', { ...context, defaultLanguage: 'ru' });
    expect(update.language).toBe('ru');
    expect(Object.values(update.visibleLayers ?? {}).every(Boolean)).toBe(true);
    expect(update.regionId).toBeNull();
    expect(update.camera).toBeUndefined();
    expect(update.selectedId).toBeUndefined();
  });

  it('moves the camera to its view, keeping a region it names alongside', () => {
    const update = stateFromLink(link({ view, region: 'caspian', lang: 'en' }), 'place', context);
    expect(update.camera).toEqual({ kind: 'jump', view });
    expect(update.regionId).toBe('caspian');
    expect(update.language).toBe('en');
  });

  it('fits a region it names without a view', () => {
    const update = stateFromLink(link({ region: 'caspian' }), 'place', context);
    expect(update.camera?.kind).toBe('fit');
    expect(update.regionId).toBe('caspian');
  });

  it('selects its feature and fits the map to it when it has no view of its own', () => {
    const update = stateFromLink(link({ sel: 'xing-astara', p: 'p2' }), 'ids', context);
    expect(update.selectedId).toBe('xing-astara');
    expect(update.activePassage).toEqual({ article: 'test-article', passage: 'p2' });
    expect(update.openArticleId).toBe('test-article');
    expect(update.camera).toEqual({ kind: 'fit', bounds: index.boundsById.get('xing-astara') });
    expect(update.language).toBeUndefined();
  });

  it('keeps the view it names rather than fitting to its feature', () => {
    const update = stateFromLink(link({ view, sel: 'xing-astara' }), 'all', context);
    expect(update.camera).toEqual({ kind: 'jump', view });
  });

  it('leaves what the reader chose while the data loaded, and clears nothing with an empty part', () => {
    const reader = { selectedId: 'xing-samur', activePassage: null };
    const update = stateFromLink(link({ sel: 'xing-astara' }), 'ids', {
      ...context,
      reader,
      keepReaders: true,
    });
    expect(update.selectedId).toBeUndefined();
    const cleared = stateFromLink(link({}), 'ids', { ...context, reader, keepReaders: true });
    expect(cleared).toEqual({});
  });

  it('clears a selection the link does not carry when walking history', () => {
    const reader = { selectedId: 'xing-samur', activePassage: { article: 'test-article', passage: 'p2' } };
    const update = stateFromLink(link({}), 'all', { ...context, reader });
    expect(update.selectedId).toBeNull();
    expect(update.activePassage).toBeNull();
  });
});

describe('the link to what the reader sees', () => {
  const state = (patch: Partial<AtlasState>): AtlasState => ({
    ...useAtlasStore.getInitialState(),
    ...patch,
  });
  const location = { origin: 'http://127.0.0.1:4173', pathname: '/', search: '' };

  it('carries the view the map is flying to, not the one it left', () => {
    const target = { zoom: 7.25, lat: 39.424, lng: 49.366, bearing: 0, pitch: 0 };
    const link = currentLink(state({ view, cameraTarget: target, selectedId: 'xing-astara' }), location);
    expect(link).toBe('http://127.0.0.1:4173/#map=7.25/39.424/49.366&sel=xing-astara&lang=en');
  });

  it('carries the resting view, the layers, the passage and always the language', () => {
    const link = currentLink(
      state({
        view,
        activePassage: { article: 'test-article', passage: 'p2' },
        openArticleId: 'test-article',
        language: 'ru',
        visibleLayers: { evacuation: false, aid: false, risk: true, infrastructure: false, sites: true },
      }),
      location,
    );
    expect(link).toBe('http://127.0.0.1:4173/#map=6/40/48&layers=risk,sites&a=test-article&p=p2&lang=ru');
  });

  it('leaves English out of the address bar only for a reader whose own language is English', () => {
    expect(hashStateOf(state({ language: 'en' }), 'en').lang).toBeNull();
    expect(hashStateOf(state({ language: 'en' }), 'ru').lang).toBe('en');
    expect(hashStateOf(state({ language: 'ru' }), 'ru').lang).toBe('ru');
  });

  it('keeps an embed in its map-only layout in the address bar, but shares the full app', () => {
    const embedded = state({ view, embedded: true });
    expect(hashStateOf(embedded, 'en').embed).toBe(true);
    expect(currentLink(embedded, location)).toBe('http://127.0.0.1:4173/#map=6/40/48&lang=en');
  });

  it('makes the map-only link for an iframe when asked', () => {
    expect(currentLink(state({ view }), location, { embed: true })).toBe(
      'http://127.0.0.1:4173/#map=6/40/48&lang=en&embed=1',
    );
  });
});

describe('the embed part of a link', () => {
  it('switches the layout to map-only, and a link without it back', () => {
    expect(stateFromLink(link({ embed: true }), 'place', context).embedded).toBe(true);
    expect(stateFromLink(link({}), 'all', context).embedded).toBe(false);
    expect(stateFromLink(link({ embed: true }), 'ids', context).embedded).toBeUndefined();
  });
});
