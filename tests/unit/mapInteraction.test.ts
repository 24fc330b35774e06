// @vitest-environment jsdom
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
import { bindInteraction } from '../../src/map/interaction';
import { useAtlasStore } from '../../src/state/store';

type Handler = (event: MapMouseEvent) => void;

/** Just enough of a map to send pointer moves through the app's handlers and count hit queries. */
function pointerMap(moving: () => boolean) {
  const handlers = new Map<string, Handler>();
  const canvas = document.createElement('canvas');
  let queries = 0;
  const map = {
    on: (type: string, handler: Handler) => handlers.set(type, handler),
    off: (type: string) => handlers.delete(type),
    getLayer: () => ({}),
    getCanvas: () => canvas,
    getCanvasContainer: () => document.createElement('div'),
    getContainer: () => document.createElement('div'),
    isMoving: moving,
    queryRenderedFeatures: () => {
      queries += 1;
      return [];
    },
  } as unknown as MaplibreMap;
  const move = (buttons: number) =>
    handlers.get('mousemove')?.({
      point: { x: 10, y: 10 },
      lngLat: { lng: 47, lat: 40 },
      originalEvent: new MouseEvent('mousemove', { buttons }),
    } as unknown as MapMouseEvent);
  const fire = (type: string) => handlers.get(type)?.({} as MapMouseEvent);
  return { map, move, fire, queries: () => queries };
}

describe('hovering the map', () => {
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));

  it('asks what is under a resting pointer', () => {
    const { map, move, queries } = pointerMap(() => false);
    const unbind = bindInteraction(map, useAtlasStore);
    move(0);
    move(0);
    expect(queries()).toBe(2);
    unbind();
  });

  it('asks nothing while the map is dragged or still moving, and drops the hover', () => {
    let moving = false;
    const { map, move, queries } = pointerMap(() => moving);
    const unbind = bindInteraction(map, useAtlasStore);
    useAtlasStore.getState().setHovered('some-feature');
    move(1);
    expect(queries()).toBe(0);
    expect(useAtlasStore.getState().hoveredId).toBeNull();
    moving = true;
    move(0);
    expect(queries()).toBe(0);
    moving = false;
    move(0);
    expect(queries()).toBe(1);
    unbind();
  });

  it('drops the hover when the map starts moving under a resting pointer', () => {
    const { map, fire } = pointerMap(() => false);
    const unbind = bindInteraction(map, useAtlasStore);
    useAtlasStore.getState().setHovered('some-feature');
    fire('movestart');
    expect(useAtlasStore.getState().hoveredId).toBeNull();
    unbind();
  });
});
