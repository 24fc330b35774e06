// The province lookup table (basemap/admin-lookup.geojson): fetched once, on the first "What's here", and checked.
import { z } from 'zod';
import type { LoadResult } from '../data/load';
import { MultiPolygonSchema, PolygonSchema } from '../data/schema';

export const ADMIN_LOOKUP_URL = 'basemap/admin-lookup.geojson';

const ProvinceSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]),
  properties: z.object({
    adm1_code: z.string(),
    name_en: z.string(),
    name_ru: z.string(),
    adm0_a3: z.string(),
    country_name_en: z.string(),
    country_name_ru: z.string(),
    disputed_id: z.string().nullable(),
  }),
});

export const AdminLookupSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(ProvinceSchema),
});
export type AdminLookup = z.infer<typeof AdminLookupSchema>;
export type Province = AdminLookup['features'][number];

export async function loadAdminLookup(
  url: string = ADMIN_LOOKUP_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<AdminLookup>> {
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, message: `the server answered ${response.status}` };
    const parsed = AdminLookupSchema.safeParse(await response.json());
    if (!parsed.success) return { ok: false, message: 'the file does not have the expected shape' };
    return { ok: true, value: parsed.data };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
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
