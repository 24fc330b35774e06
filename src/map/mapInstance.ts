// The one map once started, and the pure builders its lazily loaded parts (the editor's drawing) reuse.
// They come through here rather than by import: a lazy chunk importing the map's own modules makes the
// bundler split the reader's entry into shared chunks.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { buildOverlaySources } from './overlaySources';

export type MapInstance = {
  map: MaplibreMap;
  /** The published overlays' GeoJSON, as the style reads it (flat properties). */
  buildOverlaySources: typeof buildOverlaySources;
};

let instance: MapInstance | null = null;

export function setMapInstance(started: MapInstance): void {
  instance = started;
}

/** Null until the map has started, and when it could not start. */
export const currentMapInstance = (): MapInstance | null => instance;

/** Whether the editor's drawing has the pointer (a shape being drawn, or one being edited). */
let pointerClaim: (() => boolean) | null = null;

/**
 * While `isClaimed()` holds, a click, a hover or Enter on the map is the drawing's, not the reader's: placing
 * a point over a zone must not also select the zone. Returns the release.
 */
export function claimMapPointer(isClaimed: () => boolean): () => void {
  pointerClaim = isClaimed;
  return () => {
    if (pointerClaim === isClaimed) pointerClaim = null;
  };
}

export const isMapPointerClaimed = (): boolean => pointerClaim?.() === true;

/** The map's container in index.html: the target of the Skip to the map link. */
export const MAP_ELEMENT_ID = 'atlas-map';

/** Puts the keyboard on the map (arrows pan, + and − zoom, Enter asks what is at its centre). */
export function focusMap(): void {
  instance?.map.getCanvas().focus();
}
