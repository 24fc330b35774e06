// Just enough of a MapLibre map to send pointer events through the app's handlers (src/map/interaction.ts),
// count the hit queries they make and read the pointer label they show.
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';

type Handler = (event: MapMouseEvent) => void;

export function pointerMap({
  moving = () => false,
  underPointer = [],
}: { moving?: () => boolean; underPointer?: readonly object[] } = {}) {
  const handlers = new Map<string, Handler>();
  const canvas = document.createElement('canvas');
  const container = document.createElement('div');
  const host = document.createElement('div');
  let queries = 0;
  const map = {
    on: (type: string, handler: Handler) => handlers.set(type, handler),
    off: (type: string) => handlers.delete(type),
    getLayer: () => ({ isHidden: () => false }),
    getZoom: () => 5,
    getCanvas: () => canvas,
    getCanvasContainer: () => container,
    getContainer: () => host,
    getCenter: () => ({ lng: 47, lat: 40 }),
    isMoving: moving,
    queryRenderedFeatures: () => {
      queries += 1;
      return underPointer;
    },
  } as unknown as MaplibreMap;
  const move = (buttons = 0, point = { x: 10, y: 10 }) =>
    handlers.get('mousemove')?.({
      point,
      lngLat: { lng: 47, lat: 40 },
      originalEvent: new MouseEvent('mousemove', { buttons }),
    } as unknown as MapMouseEvent);
  const click = (point = { x: 10, y: 10 }) =>
    handlers.get('click')?.({ point, lngLat: { lng: 47, lat: 40 } } as unknown as MapMouseEvent);
  const fire = (type: string) => handlers.get(type)?.({} as MapMouseEvent);
  const label = () => host.querySelector('.map-tooltip')?.textContent ?? null;
  return { map, move, click, fire, label, queries: () => queries };
}
