// The one map once started, for src/map's own lazily loaded parts (the editor's drawing).
import type { Map as MaplibreMap } from 'maplibre-gl';

let instance: MaplibreMap | null = null;

export function setMapInstance(map: MaplibreMap): void {
  instance = map;
}

/** Null until the map has started, and when it could not start. */
export const currentMapInstance = (): MaplibreMap | null => instance;
