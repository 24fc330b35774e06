// The framing a first-time visitor sees: Novorossiysk to the Turkmen shore, Astrakhan to Tehran.
export type Bounds = [west: number, south: number, east: number, north: number];

export const INITIAL_BOUNDS: Bounds = [37.2, 35.2, 55.2, 46.9];
/** Clip box of the basemap data; panning stays near it. */
export const DATA_BOUNDS: Bounds = [34, 22, 62, 50];
export const MIN_ZOOM = 2.5;
export const MAX_ZOOM = 11;

/** How far the map may go and turn: shared with the benchmark's bare page, so both draw the same map. */
export const MAP_LIMITS = {
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds: DATA_BOUNDS,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  // Labels appear at once instead of fading in over 300 ms: every fade is a run of full redraws, and on a
  // phone's CPU each redraw while the map loads is main-thread time the reader waits through.
  fadeDuration: 0,
} as const;
