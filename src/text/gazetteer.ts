// The gazetteer's shape (geo/gazetteer.json, built by geo/gazetteer-build.ts): one entry per place, with the
// names the matcher looks for. Shared by the import command and the browser editor.
import * as v from 'valibot';

const name = v.pipe(v.string(), v.minLength(1));

export const GazetteerEntrySchema = v.strictObject({
  /** Stable id: `country-az`, `adm1-aze-2442`, `gn-587084` (GeoNames), a places.json id, or a hand-list id. */
  id: name,
  /** country, region (first-order), city, sea, gulf, strait, lake, river, area, or a places.json kind. */
  kind: name,
  en: name,
  /** Null where no source gives a Russian name (GeoNames places that libgeonames does not translate). */
  ru: v.nullable(name),
  /** More names to look for: short forms, other spellings, abbreviations. */
  alt: v.optional(v.array(name)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  /** How far the point may be from the place (for areas: roughly their radius). */
  km: v.pipe(v.number(), v.gtValue(0)),
  /** Where the entry comes from: `geonames:ID`, `iso3166:AZ+ne:AZE`, `ne-admin1:CODE`, `places.json`, `hand:URL`. */
  src: name,
  /** Derived adjectives (`азербайджанский`, `Azerbaijani`) count as mentions of this place. */
  adj: v.optional(v.literal(true)),
  /** Population, for ranking candidates that share a name. */
  pop: v.optional(v.number()),
});
export type GazetteerEntry = v.InferOutput<typeof GazetteerEntrySchema>;

export const GazetteerSchema = v.strictObject({
  about: name,
  entries: v.array(GazetteerEntrySchema),
});
export type Gazetteer = v.InferOutput<typeof GazetteerSchema>;
