import type { Map as MaplibreMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
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
    setGlobalStateProperty: () => undefined,
    setLayoutProperty: () => undefined,
    setFilter: () => undefined,
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
