// The province lookup table (basemap/admin-lookup.geojson): fetched once, on the first "What's here", and checked.
import * as v from 'valibot';
import { errorText, failed, type LoadResult } from '../data/load';
import { MultiPolygonSchema, PolygonSchema } from '../data/schema';

export const ADMIN_LOOKUP_URL = 'basemap/admin-lookup.geojson';
/** The file as messages name it. */
const ADMIN_LOOKUP_FILE = 'admin-lookup.geojson';

const ProvinceSchema = v.object({
  type: v.literal('Feature'),
  geometry: v.variant('type', [PolygonSchema, MultiPolygonSchema]),
  properties: v.object({
    adm1_code: v.string(),
    name_en: v.string(),
    name_ru: v.string(),
    adm0_a3: v.string(),
    country_name_en: v.string(),
    country_name_ru: v.string(),
    disputed_id: v.nullable(v.string()),
  }),
});

export const AdminLookupSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(ProvinceSchema),
});
export type AdminLookup = v.InferOutput<typeof AdminLookupSchema>;
export type Province = AdminLookup['features'][number];

export async function loadAdminLookup(
  url: string = ADMIN_LOOKUP_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<AdminLookup>> {
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return failed({ code: 'status', file: ADMIN_LOOKUP_FILE, status: response.status });
    const parsed = v.safeParse(AdminLookupSchema, await response.json());
    if (!parsed.success) {
      const detail = parsed.issues
        .map((issue) => issue.message)
        .slice(0, 2)
        .join('; ');
      return failed({ code: 'shape', file: ADMIN_LOOKUP_FILE, detail });
    }
    return { ok: true, value: parsed.output };
  } catch (error) {
    return failed({ code: 'unreachable', file: ADMIN_LOOKUP_FILE, detail: errorText(error) });
  }
}

let pending: Promise<LoadResult<AdminLookup>> | null = null;

/** Loads the table once per page; a failed load is forgotten so that the next request tries again. */
export function getAdminLookup(): Promise<LoadResult<AdminLookup>> {
  if (!pending) {
    pending = loadAdminLookup().then((result) => {
      if (!result.ok) pending = null;
      return result;
    });
  }
  return pending;
}

/** Drops the loaded table, so that the next request loads it again (tests). */
export function forgetAdminLookup(): void {
  pending = null;
}
