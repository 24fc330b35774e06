// Where the map looks: the one shape the store, the map and the link share.
export type Camera = { zoom: number; lat: number; lng: number; bearing: number; pitch: number };
export type LngLatBounds = [west: number, south: number, east: number, north: number];
