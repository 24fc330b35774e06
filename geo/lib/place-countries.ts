// The country each places.json point lies in (geo/lib/place-countries.json), so geo:check can catch a
// position that is wrong but still inside the region, such as longitude and latitude swapped. The route
// towns carry their country from GeoNames (geo/lib/towns.json).
import * as v from 'valibot';

export const PLACE_COUNTRIES_FILE = 'geo/lib/place-countries.json';

const alpha3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as AZE'));

export const StatedCountrySchema = v.strictObject({
  /** The country (or, for a border crossing, the countries) the place lies in. */
  in: v.pipe(v.array(alpha3), v.minLength(1)),
  /** For a place at sea (an offshore field): it lies off the coast of `in`, at most this far out. */
  offshore_km: v.optional(v.pipe(v.number(), v.gtValue(0))),
});
export type StatedCountry = v.InferOutput<typeof StatedCountrySchema>;

export const PlaceCountriesSchema = v.record(v.pipe(v.string(), v.minLength(1)), StatedCountrySchema);
