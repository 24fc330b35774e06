// The basemap snapshot: country outlines and border lines taken once from public/basemap (Natural Earth)
// into geo/lib/basemap-snapshot.json, so the overlays can use real borders without the overlay build
// depending on the basemap build. Made by geo/lib/snapshot-basemap.ts.
import * as v from 'valibot';
import { MultiLineStringSchema, MultiPolygonSchema, PolygonSchema } from '../../src/data/schema';

export const SNAPSHOT_FILE = 'geo/lib/basemap-snapshot.json';

const a3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));

export const SnapshotSchema = v.strictObject({
  source: v.pipe(v.string(), v.minLength(1)),
  /** sha256 of the basemap files the snapshot was taken from. */
  files: v.record(v.string(), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  /** Douglas–Peucker tolerance (degrees) used to simplify the geometry. */
  simplify_deg: v.pipe(v.number(), v.gtValue(0)),
  outlines: v.record(
    v.string(),
    v.strictObject({
      countries: v.pipe(v.array(a3), v.minLength(1)),
      geometry: v.variant('type', [PolygonSchema, MultiPolygonSchema]),
    }),
  ),
  borders: v.record(
    v.string(),
    v.strictObject({ between: v.strictTuple([a3, a3]), geometry: MultiLineStringSchema }),
  ),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;

export const EMPTY_SNAPSHOT: Snapshot = {
  source: 'none',
  files: {},
  simplify_deg: 1,
  outlines: {},
  borders: {},
};
