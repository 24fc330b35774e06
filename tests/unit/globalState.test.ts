import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { setGlobalStateOnce } from '../../src/map/globalState';

type Pending = Record<string, 'clear' | 'reload'>;

/**
 * A map that does what MapLibre 6.17 does for a value read by the overlays' filters and by a data-driven
 * paint property of theirs and of the drafts': the style reloads the overlays in the call (counted), and
 * marks both sources for another reload at the next frame. `reloading`: whether the overlays then have
 * tiles in flight (none when no overlay tile is in view).
 */
function mapLikeMaplibre({
  pending = {},
  reloading = true,
}: { pending?: Pending; reloading?: boolean } = {}) {
  const reloads: string[] = [];
  let framesAsked = 0;
  const style = {
    _updatedSources: pending,
    setGlobalStateProperty: () => {
      for (const id of ['overlays', 'drafts']) style._updatedSources[id] ??= 'reload';
      reloads.push('overlays');
    },
  };
  const map = {
    style,
    _styleDirty: false,
    getSource: () => ({}),
    isSourceLoaded: () => !reloading,
    triggerRepaint: () => {
      framesAsked += 1;
    },
  };
  /** The next frame: MapLibre reloads what is marked, and starts a new list. */
  const nextFrame = () => {
    reloads.push(...Object.keys(style._updatedSources));
    style._updatedSources = {};
  };
  return {
    map: map as unknown as MaplibreMap,
    fake: map,
    reloads,
    nextFrame,
    framesAsked: () => framesAsked,
  };
}

const RANGE = ['2026-03-07', '9999-12-31'];

describe('a global-state value the overlays filter on', () => {
  it('reloads the overlays once, not again at the next frame', () => {
    const { map, reloads, nextFrame } = mapLikeMaplibre();
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    nextFrame();
    expect(reloads.filter((id) => id === 'overlays')).toHaveLength(1);
  });

  it('keeps the reload of a source no filter of which reads the value', () => {
    const { map, reloads, nextFrame } = mapLikeMaplibre();
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    nextFrame();
    expect(reloads).toContain('drafts');
  });

  it('keeps a reload asked for before the call (a filter set in the same frame)', () => {
    const { map, reloads, nextFrame } = mapLikeMaplibre({ pending: { overlays: 'reload' } });
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    nextFrame();
    expect(reloads.filter((id) => id === 'overlays')).toHaveLength(2);
  });

  it('leaves the frame to the reloaded tiles, and has the style brought up to date at it', () => {
    const { map, fake, framesAsked } = mapLikeMaplibre();
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    expect(framesAsked()).toBe(0);
    expect(fake._styleDirty).toBe(true);
  });

  it('asks for a frame when nothing is reloading', () => {
    const { map, framesAsked } = mapLikeMaplibre({ reloading: false });
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    expect(framesAsked()).toBe(1);
  });

  it("falls back to the map's own call where MapLibre's internals are not those of 6.17", () => {
    const calls: Array<[string, unknown]> = [];
    const map = {
      style: {},
      setGlobalStateProperty: (name: string, value: unknown) => calls.push([name, value]),
    } as unknown as MaplibreMap;
    setGlobalStateOnce(map, 'dateRange', RANGE, ['overlays']);
    expect(calls).toEqual([['dateRange', RANGE]]);
  });
});
