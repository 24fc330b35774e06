// The gazetteer: geo/lib/places.json is a copy of shared/reference/places.json (sourced coordinates,
// waypoints for routes and pipelines). Overlay recipes refer to its ids; nothing else invents coordinates.
import { z } from 'zod';

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const PlaceSchema = z.object({
  id: z.string().min(1),
  name_en: z.string().min(1),
  name_ru: z.string().min(1),
  kind: z.string().min(1),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
  precision_km: z.number().positive().optional(),
  source: z.string().min(1),
  waypoints: z.array(LonLat).min(2).optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const PlacesSchema = z.array(PlaceSchema);

export const PLACES_FILE = 'geo/lib/places.json';

export function indexPlaces(places: readonly Place[]): ReadonlyMap<string, Place> {
  return new Map(places.map((p) => [p.id, p]));
}

/** The point of a place, or null for places that are only a line of waypoints. */
export function placePoint(place: Place): [number, number] | null {
  return place.lon === undefined || place.lat === undefined ? null : [place.lon, place.lat];
}
