// The country a hand-drawn or typed point lies in, found from the basemap's country polygons (the same file
// the map draws and geo:check judges positions by), fetched when the editor first needs it; the person can
// still type another code, which then stays.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import * as v from 'valibot';
import { MultiPolygonSchema, PolygonSchema, type Position } from '../data/schema';
import { updateDraft, type DraftFeature, type EditorDoc } from './draft';

export const COUNTRIES_URL = 'basemap/countries.geojson';

const CountriesSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: v.variant('type', [PolygonSchema, MultiPolygonSchema]),
      properties: v.object({ adm0_a3: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) }),
    }),
  ),
});
export type CountryShapes = v.InferOutput<typeof CountriesSchema>;

export type CountryShapesResult = { ok: true; shapes: CountryShapes } | { ok: false; message: string };

export async function loadCountryShapes(
  url: string = COUNTRIES_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<CountryShapesResult> {
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, message: `the server answered ${response.status}` };
    const parsed = v.safeParse(CountriesSchema, await response.json());
    return parsed.success
      ? { ok: true, shapes: parsed.output }
      : { ok: false, message: 'the file does not have the expected shape' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The ISO 3166-1 alpha-3 code of the country containing the position, or '' (at sea, off the map). */
export function countryAt(shapes: CountryShapes, position: Position): string {
  const found = shapes.features.find((country) => booleanPointInPolygon(position, country.geometry));
  return found?.properties.adm0_a3 ?? '';
}

/** A point whose country the file must state: drawn or typed, not a place's recipe. */
const needsCountry = (draft: DraftFeature) => draft.geometry?.type === 'Point' && draft.derive === undefined;

/**
 * The draft with the country of its point filled in, unless the person typed one of their own (a code that
 * differs from what was found before). The same draft when nothing changes.
 */
export function withFoundCountry(draft: DraftFeature, shapes: CountryShapes): DraftFeature {
  if (!needsCountry(draft) || draft.geometry?.type !== 'Point') return draft;
  const overridden = draft.form.country !== '' && draft.form.country !== (draft.countryFound ?? '');
  const found = countryAt(shapes, draft.geometry.coordinates);
  if (found === draft.countryFound && (overridden || draft.form.country === found)) return draft;
  return {
    ...draft,
    countryFound: found,
    form: overridden ? draft.form : { ...draft.form, country: found },
  };
}

/** Every point's country found; the same document when none changed. */
export function withFoundCountries(doc: EditorDoc, shapes: CountryShapes): EditorDoc {
  let next = doc;
  for (const draft of doc.features) {
    const updated = withFoundCountry(draft, shapes);
    if (updated !== draft) next = updateDraft(next, draft.key, () => updated);
  }
  return next;
}
