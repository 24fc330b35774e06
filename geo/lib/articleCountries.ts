// Which countries the articles are about, derived from the compiled features: the map places these
// countries' labels before every other label but the cities' (src/map/basemapStyle.ts), so they are not
// crowded out by overlay symbols or neighbours' names. The list is bundled with the app (a dozen codes)
// because the map's first frame needs it, long before the atlas is downloaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { booleanPointInPolygon, coordAll } from '@turf/turf';
import type { Geometry } from '../../src/data/schema';

export const ARTICLE_COUNTRIES_FILE = 'src/map/articleCountries.json';

type CountryProperties = { adm0_a3: string };
export type CountryOutlines = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
export type CountryLabelPoints = FeatureCollection<Point, CountryProperties>;
/** What is read of a compiled feature. */
export type CitedFeature = { geometry: Geometry; properties: { id: string } };

/**
 * A country is one the articles are about when it holds a cited place (a point, or a waypoint of a route
 * or pipeline) or when a cited zone covers its label. Zones count by the label rather than by touching:
 * their buffers spill into neighbours the text never mentions (Afghanistan, Pakistan beside Iran).
 * Ordered by how many features name the country, most first (ties by code), so the style can give the
 * most cited country the first pick of space.
 */
export function articleCountryCodes(
  features: readonly CitedFeature[],
  outlines: CountryOutlines,
  labelPoints: CountryLabelPoints,
): string[] {
  const featuresByCountry = new Map<string, Set<string>>();
  const count = (code: string, featureId: string) => {
    const ids = featuresByCountry.get(code) ?? new Set<string>();
    ids.add(featureId);
    featuresByCountry.set(code, ids);
  };
  for (const feature of features) {
    const { geometry } = feature;
    const id = feature.properties.id;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      for (const label of labelPoints.features) {
        if (booleanPointInPolygon(label, geometry)) count(label.properties.adm0_a3, id);
      }
      continue;
    }
    for (const position of coordAll(geometry)) {
      const country = outlines.features.find((outline) => booleanPointInPolygon(position, outline));
      if (country !== undefined) count(country.properties.adm0_a3, id);
    }
  }
  return [...featuresByCountry.entries()]
    .sort(([codeA, idsA], [codeB, idsB]) => idsB.size - idsA.size || (codeA < codeB ? -1 : 1))
    .map(([code]) => code);
}

/** The generated file's exact text: deterministic, so `geo:check` can tell when it is stale. */
export function articleCountriesText(codes: readonly string[]): string {
  return `${JSON.stringify({ generatedBy: 'npm run geo:build (geo/lib/articleCountries.ts)', countries: codes }, null, 2)}\n`;
}

/** The generated file for these features, from the built basemap's outlines and label points (Node only). */
export function articleCountriesOutput(
  root: string,
  features: readonly CitedFeature[],
): { file: string; text: string } {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  const codes = articleCountryCodes(
    features,
    read<CountryOutlines>('public/basemap/countries.geojson'),
    read<CountryLabelPoints>('public/basemap/country-labels.geojson'),
  );
  return { file: ARTICLE_COUNTRIES_FILE, text: articleCountriesText(codes) };
}
