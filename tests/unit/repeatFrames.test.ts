import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { drawRepeatFramesOnce, type FrameMap } from '../../src/map/repeatFrames';

type StyleListener = () => void;

/**
 * MapLibre 6.17's side of the two repeats, as far as they matter here: a style pass with changes fires a
 * `data` event that the map answers with `_update(true)`, and a placement that meets new symbol buckets
 * marks itself stale.
 */
function fakeMap() {
  const listeners: StyleListener[] = [];
  let zoom = 5;
  const asked: boolean[] = [];
  const map = {
    _sourcesDirty: false,
    _styleDirty: false,
    getZoom: () => zoom,
    _update(updateStyle?: boolean) {
      map._styleDirty ||= updateStyle === true;
      map._sourcesDirty = true;
      asked.push(updateStyle === true);
      return map;
    },
    style: {
      _changed: false,
      newBuckets: false,
      placement: { stale: false },
      pauseablePlacement: { done: true, isDone: () => map.style.pauseablePlacement.done },
      update() {
        if (!map.style._changed) return;
        map.style._changed = false;
        // The map's own listener comes first (it is added when the map is made), then everyone else's.
        map._update(true);
        for (const listener of listeners) listener();
      },
      _updatePlacement(_transform: unknown, _boxes: boolean, fadeDuration: number): boolean {
        if (map.style.newBuckets) map.style.placement.stale = true;
        map.style.newBuckets = false;
        return !map.style.pauseablePlacement.done || map.style.placement.stale || fadeDuration > 0;
      },
    },
  };
  drawRepeatFramesOnce(map as unknown as MaplibreMap);
  const frameMap = map as unknown as FrameMap & typeof map;
  return {
    map: frameMap,
    asked,
    onStyleData: (listener: StyleListener) => listeners.push(listener),
    zoomTo: (value: number) => (zoom = value),
  };
}

describe('placement', () => {
  it('asks for no second frame after a full placement that met new symbol buckets', () => {
    const { map } = fakeMap();
    map.style.newBuckets = true;
    expect(map.style._updatePlacement({}, false, 0, true)).toBe(false);
    expect(map.style.placement.stale).toBe(false);
  });

  it('leaves a placement with a fade, or one not done, to ask for its frames', () => {
    const { map } = fakeMap();
    expect(map.style._updatePlacement({}, false, 300, true)).toBe(true);
    map.style.pauseablePlacement.done = false;
    map.style.newBuckets = true;
    expect(map.style._updatePlacement({}, false, 0, true)).toBe(true);
    expect(map.style.placement.stale).toBe(true);
  });

  it('changes nothing when placement asks for no frame', () => {
    const { map } = fakeMap();
    expect(map.style._updatePlacement({}, false, 0, true)).toBe(false);
  });
});

describe('style pass', () => {
  it("drops the map's own ask for another pass after one that applied changes", () => {
    const { map, asked } = fakeMap();
    map.style._changed = true;
    map.style.update({});
    expect(map._styleDirty).toBe(false);
    expect(asked).toEqual([]);
    // Sources are brought up to date later in the same frame.
    expect(map._sourcesDirty).toBe(true);
  });

  it('asks for another pass when a listener changed the style during this one', () => {
    const { map, asked, onStyleData } = fakeMap();
    onStyleData(() => {
      map.style._changed = true;
      map._update(true);
    });
    map.style._changed = true;
    map.style.update({});
    expect(map._styleDirty).toBe(true);
    expect(asked).toEqual([true]);
  });

  it('asks for another pass when a listener changed the zoom', () => {
    const { map, onStyleData, zoomTo } = fakeMap();
    onStyleData(() => zoomTo(6));
    map.style._changed = true;
    map.style.update({});
    expect(map._styleDirty).toBe(true);
  });

  it('asks for another pass when a listener asks for one without marking the style changed', () => {
    const { map, onStyleData } = fakeMap();
    onStyleData(() => map._update(true));
    map.style._changed = true;
    map.style.update({});
    expect(map._styleDirty).toBe(true);
  });

  it('keeps the map answering its events as before outside a pass, and after one that failed', () => {
    const { map, asked, onStyleData } = fakeMap();
    map.style.update({});
    map._update(true);
    expect(asked).toEqual([true]);
    onStyleData(() => {
      throw new Error('a listener failed');
    });
    map.style._changed = true;
    expect(() => map.style.update({})).toThrow('a listener failed');
    map._update(false);
    expect(asked).toEqual([true, false]);
  });
});

describe('a MapLibre whose internals are not those of 6.17', () => {
  it('is left to draw its own frames, the map still working', () => {
    const update = () => 'updated';
    const map = { style: { update }, getZoom: () => 5 };
    expect(() => drawRepeatFramesOnce(map as unknown as MaplibreMap)).not.toThrow();
    // No `_update` on the map: the style pass is not wrapped, and no placement to wrap either.
    expect(map.style.update).toBe(update);
    expect(() => drawRepeatFramesOnce({} as MaplibreMap)).not.toThrow();
  });
});
