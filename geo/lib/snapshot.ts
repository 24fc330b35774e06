// The basemap snapshot: country outlines and border lines taken once from public/basemap (Natural Earth)
// into geo/lib/basemap-snapshot.json, so the overlays can use real borders without the overlay build
// depending on the basemap build. Made by geo/lib/snapshot-basemap.ts.
import { z } from 'zod';
import { MultiLineStringSchema, MultiPolygonSchema, PolygonSchema } from '../../src/data/schema';

export const SNAPSHOT_FILE = 'geo/lib/basemap-snapshot.json';

const a3 = z.string().regex(/^[A-Z]{3}$/);

export const SnapshotSchema = z.strictObject({
  source: z.string().min(1),
  /** sha256 of the basemap files the snapshot was taken from. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** Douglas–Peucker tolerance (degrees) used to simplify the geometry. */
  simplify_deg: z.number().positive(),
  outlines: z.record(
    z.string(),
    z.strictObject({ countries: z.array(a3).min(1), geometry: z.union([PolygonSchema, MultiPolygonSchema]) }),
  ),
  borders: z.record(
    z.string(),
    z.strictObject({ between: z.tuple([a3, a3]), geometry: MultiLineStringSchema }),
  ),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const EMPTY_SNAPSHOT: Snapshot = {
  source: 'none',
  files: {},
  simplify_deg: 1,
  outlines: {},
  borders: {},
};
