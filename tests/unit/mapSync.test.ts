import type { Map as MaplibreMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReloadFrames } from '../../src/map/reloadFrames';
import { searchMarkedIds, SEARCH_MARK_LIMIT } from '../../src/map/searchMarks';
import { MapSync } from '../../src/map/sync';
import { useAtlasStore } from '../../src/state/store';
import { fixtureWithManySites } from './panels/fixtureAtlas';

type StateCall = { id: string | number | undefined; state: Record<string, unknown> };

/** Just enough of a map to record the feature states the sync sets. */
function recordingMap(): { map: MaplibreMap; calls: StateCall[] } {
  const calls: StateCall[] = [];
  const map = {
    getSource: () => ({}),
    setFeatureState: (target: { id?: string | number }, state: Record<string, unknown>) =>
      calls.push({ id: target.id, state }),
    setLayoutProperty: () => undefined,
    setFilter: () => undefined,
    isSourceLoaded: () => true,
    triggerRepaint: () => undefined,
    getLayer: () => ({}),
    on: () => undefined,
    style: { _loaded: true, _updatedSources: {}, setGlobalStateProperty: () => undefined },
  } as unknown as MaplibreMap;
  return { map, calls };
}

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureWithManySites(1_000) });
});

describe('feature states on the map', () => {
  it('highlights every feature citing the passage read, and only them', () => {
    const { map, calls } = recordingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().focusPassage({ article: 'test-article', passage: 'p1' });
    expect(calls.filter((call) => call.state['highlighted'] === true)).toHaveLength(1_003);
    calls.length = 0;
    useAtlasStore.getState().focusPassage({ article: 'test-article', passage: 'p2' });
    expect(calls.filter((call) => call.state['highlighted'] === false)).toHaveLength(1_003);
    stop();
  });

  it('touches only the hovered feature on a hover, however many features the passage highlights', () => {
    const { map, calls } = recordingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().focusPassage({ article: 'test-article', passage: 'p1' });
    calls.length = 0;
    useAtlasStore.getState().setHovered('site-5');
    useAtlasStore.getState().setHovered(null);
    expect(calls).toEqual([
      { id: 'site-5', state: { hover: true } },
      { id: 'site-5', state: { hover: false } },
    ]);
    stop();
  });
});

describe('the name search on the map', () => {
  const marked = (calls: StateCall[], value: boolean) =>
    calls.filter((call) => call.state['highlighted'] === value).map((call) => call.id);

  it('marks what it finds once the typing pauses, and unmarks it at once when the field is cleared', async () => {
    const { map, calls } = recordingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setFeatureQuery('site 000');
    expect(marked(calls, true)).toEqual([]);
    await vi.waitFor(() => expect(marked(calls, true)).toHaveLength(10));
    calls.length = 0;
    useAtlasStore.getState().setFeatureQuery('');
    expect(marked(calls, false)).toHaveLength(10);
    stop();
  });

  it(`marks nothing when it finds more than ${SEARCH_MARK_LIMIT} (the list still narrows to them)`, () => {
    useAtlasStore.getState().setFeatureQuery('site 0');
    expect(searchMarkedIds(useAtlasStore.getState())).toHaveLength(0);
    useAtlasStore.getState().setFeatureQuery('site 00');
    expect(searchMarkedIds(useAtlasStore.getState())).toHaveLength(100);
  });

  it('marks the union of what the passage cites and what the search finds, each undone on its own', async () => {
    const { map, calls } = recordingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setFeatureQuery('site 0001');
    await vi.waitFor(() => expect(marked(calls, true)).toEqual(['site-1']));
    useAtlasStore.getState().focusPassage({ article: 'test-article', passage: 'p1' });
    calls.length = 0;
    useAtlasStore.getState().focusPassage(null);
    // The passage's features go; the one the search found stays marked.
    expect(marked(calls, false)).not.toContain('site-1');
    stop();
  });
});

describe('style changes before the style has loaded', () => {
  /** A map whose style is still loading: like MapLibre, its style setters throw until it has loaded. */
  function loadingMap() {
    const layout: string[] = [];
    const filters: string[] = [];
    const globalState: string[] = [];
    const style = {
      _loaded: false,
      _updatedSources: {},
      setGlobalStateProperty: (name: string, value: unknown) => {
        if (!style._loaded) throw new Error('Style is not done loading.');
        globalState.push(`${name}=${String(value)}`);
      },
    };
    const featureStates: StateCall[] = [];
    type FakeStyleLayer = {
      visibility: string;
      minzoom: number;
      setLayoutProperty: (name: string, value: string) => void;
    };
    const styleLayers = new Map<string, FakeStyleLayer>();
    const onLoad: Array<() => void> = [];
    const refuseUntilLoaded = () => {
      if (!style._loaded) throw new Error('Style is not done loading.');
    };
    const map = {
      style,
      // Like MapLibre: the style's sources exist only once it has loaded.
      getSource: () => (style._loaded ? {} : undefined),
      setFeatureState: (target: { id?: string | number }, state: Record<string, unknown>) => {
        refuseUntilLoaded();
        featureStates.push({ id: target.id, state });
      },
      setLayoutProperty: (id: string, _name: string, value: unknown) => {
        refuseUntilLoaded();
        layout.push(`${id}=${String(value)}`);
      },
      // Like MapLibre: style layers exist once the style has loaded; their own setter is the quiet way.
      getLayer: (id: string) => {
        if (!style._loaded) return undefined;
        const layer = styleLayers.get(id) ?? {
          visibility: 'visible',
          minzoom: 0,
          setLayoutProperty: (_name: string, value: string) => {
            layer.visibility = value;
            layout.push(`${id}=${value}`);
          },
        };
        styleLayers.set(id, layer);
        return layer;
      },
      triggerRepaint: () => undefined,
      isSourceLoaded: () => true,
      setFilter: (id: string) => {
        refuseUntilLoaded();
        filters.push(id);
      },
      once: (type: string, listener: () => void) => {
        if (type === 'style.load') onLoad.push(listener);
      },
      on: () => undefined,
    } as unknown as MaplibreMap;
    const finishLoading = () => {
      style._loaded = true;
      for (const listener of onLoad.splice(0)) listener();
    };
    return { map, layout, filters, globalState, featureStates, finishLoading };
  }

  it('waits for the style, then applies the latest layers and language once', () => {
    const { map, layout, globalState, finishLoading } = loadingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    const store = useAtlasStore.getState();
    expect(() => store.setLayerVisible('sites', false)).not.toThrow();
    useAtlasStore.getState().setLayerVisible('aid', false);
    useAtlasStore.getState().setLanguage('ru');
    expect(layout).toEqual([]);
    expect(globalState).toEqual([]);

    finishLoading();
    expect(globalState).toEqual(['lang=ru']);
    expect(layout.filter((entry) => entry.endsWith('=none')).length).toBeGreaterThan(0);
    expect(layout.every((entry) => !entry.startsWith('sites') || entry.endsWith('=none'))).toBe(true);
    expect(layout.every((entry) => !entry.startsWith('aid') || entry.endsWith('=none'))).toBe(true);

    // Once loaded, a change goes straight to the style.
    layout.length = 0;
    useAtlasStore.getState().setLayerVisible('sites', true);
    expect(layout.some((entry) => entry.startsWith('sites') && entry.endsWith('=visible'))).toBe(true);
    stop();
  });

  it('marks a feature selected before the style loaded once it has', () => {
    const { map, featureStates, finishLoading } = loadingMap();
    useAtlasStore.getState().selectFeature('site-5');
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setHovered('site-6');
    expect(featureStates).toEqual([]);

    finishLoading();
    expect(featureStates).toEqual([
      { id: 'site-5', state: { selected: true } },
      { id: 'site-6', state: { hover: true } },
    ]);
    stop();
  });

  it('hides and shows the editor’s drafts of a layer with the layer', () => {
    const { map, layout, finishLoading } = loadingMap();
    finishLoading();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setLayerVisible('sites', false);
    expect(layout).toContain('sites-icons=none');
    expect(layout).toContain('draft:sites-icons=none');
    expect(layout.some((entry) => entry.startsWith('draft:aid'))).toBe(false);
    layout.length = 0;
    useAtlasStore.getState().setLayerVisible('sites', true);
    expect(layout).toContain('draft:sites-icons=visible');
    stop();
  });

  it('gives the editor’s drafts of a zone the severity floor the zone gets', () => {
    const { map, filters, finishLoading } = loadingMap();
    finishLoading();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setMinSeverity(4);
    expect(filters).toContain('risk-fill');
    expect(filters).toContain('draft:risk-fill');
    expect(filters.some((id) => id.startsWith('draft:sites'))).toBe(false);
    stop();
  });
});

describe('the date range on the map', () => {
  it('moves both ends with one global-state change, so MapLibre reloads the overlays once', () => {
    const changes: Array<[string, unknown]> = [];
    const { map } = recordingMap();
    Object.assign(map.style, {
      setGlobalStateProperty: (name: string, value: unknown) => changes.push([name, value]),
    });
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().setDateRange({ from: '2026-03-07', to: '2026-04-01' });
    expect(changes).toEqual([['dateRange', ['2026-03-07', '2026-04-01']]]);
    stop();
  });
});

describe('reloads drawn in one frame', () => {
  it('holds the frames for the sources a new range or language reloads', () => {
    const { map } = recordingMap();
    const held: string[][] = [];
    const reloadFrames = { holdUntilLoaded: (sources: readonly string[]) => held.push([...sources]) };
    const stop = new MapSync(map, useAtlasStore, null, reloadFrames as unknown as ReloadFrames).start();
    useAtlasStore.getState().setDateRange({ from: '2026-03-07', to: null });
    expect(held).toEqual([['overlays']]);
    useAtlasStore.getState().setLanguage('ru');
    expect(held).toEqual([['overlays'], ['basemap', 'overlays']]);
    stop();
  });
});

describe('what the camera was asked to show, when the map changes size', () => {
  type Listener = (event: Record<string, unknown>) => void;
  /** A 400×800 map that shrinks to 400×300 on `shrink()`, recording the camera moves asked of it. */
  function resizingMap() {
    const listeners = new Map<string, Listener[]>();
    const size = { clientWidth: 400, clientHeight: 800 };
    const moves: string[] = [];
    let moving = false;
    // 100 px a degree around (0, 0): enough projection for the checks.
    const centre = { lng: 0, lat: 0 };
    const map = {
      ...recordingMap().map,
      on: (type: string, listener: Listener) =>
        listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      getContainer: () => size,
      project: ({ lng, lat }: { lng: number; lat: number }) => ({
        x: size.clientWidth / 2 + (lng - centre.lng) * 100,
        y: size.clientHeight / 2 - (lat - centre.lat) * 100,
      }),
      isMoving: () => moving,
      cameraForBounds: () => undefined,
      fitBounds: (bounds: unknown) => moves.push(`fit ${JSON.stringify(bounds)}`),
      easeTo: (options: { center: { lng: number; lat: number } }) =>
        moves.push(`ease ${options.center.lng},${options.center.lat}`),
      jumpTo: () => moves.push('jump'),
    } as unknown as MaplibreMap;
    const emit = (type: string, event: Record<string, unknown> = {}) => {
      for (const listener of listeners.get(type) ?? []) listener(event);
    };
    const shrink = () => {
      size.clientHeight = 300;
      emit('resize');
    };
    return { map, moves, emit, shrink, setMoving: (value: boolean) => (moving = value) };
  }

  it('fits again what no longer fits, until the reader moves the map', () => {
    const { map, moves, emit, shrink } = resizingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().fitBounds([-1, -2, 1, 2]);
    expect(moves).toHaveLength(1);
    shrink();
    expect(moves).toEqual([`fit [[-1,-2],[1,2]]`, `fit [[-1,-2],[1,2]]`]);

    useAtlasStore.getState().fitBounds([-1, -1, 1, 1]);
    emit('movestart', { originalEvent: new Event('wheel') });
    moves.length = 0;
    shrink();
    expect(moves).toEqual([]);
    stop();
  });

  it('fits again a flight set off for the old size, and leaves a fit that still shows at rest', () => {
    const { map, moves, emit, setMoving } = resizingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    useAtlasStore.getState().fitBounds([-0.5, -0.5, 0.5, 0.5]);
    moves.length = 0;
    emit('resize');
    expect(moves).toEqual([]);
    setMoving(true);
    emit('resize');
    expect(moves).toHaveLength(1);
    stop();
  });

  it('brings a clicked point back into view, and only when it left it', () => {
    const { map, moves, emit, shrink } = resizingMap();
    const stop = new MapSync(map, useAtlasStore).start();
    emit('mousedown', { lngLat: { lng: 0.5, lat: -3 } });
    shrink();
    expect(moves).toEqual(['ease 0.5,-3']);
    moves.length = 0;
    emit('touchstart', { lngLat: { lng: 0.5, lat: 0.5 } });
    shrink();
    expect(moves).toEqual([]);
    stop();
  });
});
