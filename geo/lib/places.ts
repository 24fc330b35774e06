// The gazetteer: geo/lib/places.json is a copy of shared/reference/places.json (sourced coordinates,
// waypoints for routes and pipelines). Overlay recipes refer to its ids; nothing else invents coordinates.
import * as v from 'valibot';

const text = v.pipe(v.string(), v.minLength(1));
const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const LonLat = v.strictTuple([longitude, latitude]);

export const PlaceSchema = v.object({
  id: text,
  name_en: text,
  name_ru: text,
  kind: text,
  lon: v.optional(longitude),
  lat: v.optional(latitude),
  precision_km: v.optional(v.pipe(v.number(), v.gtValue(0))),
  source: text,
  waypoints: v.optional(v.pipe(v.array(LonLat), v.minLength(2))),
});
export type Place = v.InferOutput<typeof PlaceSchema>;

export const PlacesSchema = v.array(PlaceSchema);

export const PLACES_FILE = 'geo/lib/places.json';

export function indexPlaces(places: readonly Place[]): ReadonlyMap<string, Place> {
  return new Map(places.map((p) => [p.id, p]));
}

/** The point of a place, or null for places that are only a line of waypoints. */
export function placePoint(place: Place): [number, number] | null {
  return place.lon === undefined || place.lat === undefined ? null : [place.lon, place.lat];
}
