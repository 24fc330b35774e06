import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReloadFrames } from '../../src/map/reloadFrames';

type Listener = (event: { sourceId?: string }) => void;

/** Frames drawn, sources with tiles out, and the map events ReloadFrames listens to. */
function fakeMap() {
  let frames = 0;
  const out = new Set<string>();
  const listeners = new Map<string, Listener[]>();
  const map = {
    triggerRepaint: () => {
      frames += 1;
    },
    getSource: (id: string) => (['overlays', 'basemap'].includes(id) ? {} : undefined),
    isSourceLoaded: (id: string) => !out.has(id),
    on: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  const fire = (type: string, event: { sourceId?: string } = {}) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  /** A tile of `sourceId` comes back; `last` when it was the source's last one out. */
  const tileBack = (sourceId: string, last: boolean) => {
    if (last) out.delete(sourceId);
    fire('sourcedata', { sourceId });
  };
  return {
    map: map as unknown as MaplibreMap,
    frames: () => frames,
    reload: (id: string) => out.add(id),
    tileBack,
    fire,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('frames while a source is laid out again', () => {
  it('wait until its tiles are all back, then one frame draws them', () => {
    const fake = fakeMap();
    const frames = new ReloadFrames(fake.map);
    fake.reload('overlays');
    frames.holdUntilLoaded(['overlays']);
    // MapLibre asks for a frame at each tile that comes back, and for its own reasons.
    fake.map.triggerRepaint();
    fake.tileBack('overlays', false);
    fake.map.triggerRepaint();
    fake.tileBack('basemap', true);
    expect(fake.frames()).toBe(0);
    fake.tileBack('overlays', true);
    expect(fake.frames()).toBe(1);
    expect(frames.isHolding).toBe(false);
    fake.map.triggerRepaint();
    expect(fake.frames()).toBe(2);
  });

  it('do not wait when nothing is out', () => {
    const fake = fakeMap();
    const frames = new ReloadFrames(fake.map);
    frames.holdUntilLoaded(['overlays', 'no-such-source']);
    expect(frames.isHolding).toBe(false);
    fake.map.triggerRepaint();
    expect(fake.frames()).toBe(1);
  });

  it('go through again as soon as the camera moves', () => {
    const fake = fakeMap();
    const frames = new ReloadFrames(fake.map);
    fake.reload('overlays');
    frames.holdUntilLoaded(['overlays']);
    fake.fire('movestart');
    expect(frames.isHolding).toBe(false);
    expect(fake.frames()).toBe(1);
  });

  it('go through again when a tile never comes back', () => {
    vi.useFakeTimers();
    const fake = fakeMap();
    const frames = new ReloadFrames(fake.map, 500);
    fake.reload('overlays');
    frames.holdUntilLoaded(['overlays']);
    vi.advanceTimersByTime(499);
    expect(fake.frames()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(frames.isHolding).toBe(false);
    expect(fake.frames()).toBe(1);
  });

  it('wait for every source of a change that reloads several', () => {
    const fake = fakeMap();
    const frames = new ReloadFrames(fake.map);
    fake.reload('overlays');
    fake.reload('basemap');
    frames.holdUntilLoaded(['basemap', 'overlays']);
    fake.tileBack('basemap', true);
    expect(fake.frames()).toBe(0);
    fake.tileBack('overlays', true);
    expect(fake.frames()).toBe(1);
  });
});
