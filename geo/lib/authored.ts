// How overlay features are written in geo/overlays/*.geojson: a GeoJSON Feature whose geometry is either
// drawn by hand or null with a `derive` recipe (a foreign member, RFC 7946 §6.1) that the build turns into
// geometry from places.json (points, lines through places and waypoint ranges, great circles, buffers)
// or from the basemap snapshot (country outlines, border lines).
import { z } from 'zod';
import {
  checkPropertyRules,
  FeaturePropertiesShape,
  GeometrySchema,
  NotMappedRiskSchema,
  PositionSchema,
} from '../../src/data/schema';

const placeId = z.string().min(1);
const index = z.number().int().nonnegative();

/** One step of a path: a place's point, a range of a place's waypoints, or a hand-placed position. */
export const PathStepSchema = z.union([
  placeId,
  z.strictObject({
    place: placeId,
    /** First waypoint index (inclusive); `from` > `to` walks the waypoints backwards. */
    from: index.optional(),
    /** Last waypoint index (inclusive). */
    to: index.optional(),
  }),
  z.strictObject({
    at: PositionSchema,
    /** Why this position, and its source: hand-placed positions must say where they come from. */
    note: z.string().trim().min(1),
  }),
]);
export type PathStep = z.infer<typeof PathStepSchema>;

export const PathSchema = z.array(PathStepSchema).min(1, { message: 'a path needs at least one step' });
export type Path = z.infer<typeof PathSchema>;

const km = z.number().positive().max(500);

/** One part of a buffer: around a path of places, or along a border line of the basemap snapshot. */
export const BufferPartSchema = z.union([
  z.strictObject({ of: PathSchema, km }),
  z.strictObject({ border: z.string().min(1), km }),
]);
export type BufferPart = z.infer<typeof BufferPartSchema>;

export const DeriveSchema = z.union([
  z.strictObject({ point: placeId }),
  /** A country outline from the basemap snapshot (geo/lib/basemap-snapshot.json). */
  z.strictObject({ outline: z.string().min(1) }),
  z.strictObject({ line: PathSchema }),
  z.strictObject({
    great_circle: z.strictObject({
      from: placeId,
      to: placeId,
      npoints: z.number().int().min(8).max(512).optional(),
    }),
  }),
  z.strictObject({
    buffer: z.array(BufferPartSchema).min(1, { message: 'a buffer needs at least one part' }),
  }),
]);
export type Derive = z.infer<typeof DeriveSchema>;

/** Authored properties: `layer` may be left out (the file says it); `geometry_source` is generated for recipes. */
export const AuthoredPropertiesSchema = FeaturePropertiesShape.extend({
  geometry_source: FeaturePropertiesShape.shape.geometry_source.optional(),
}).superRefine(checkPropertyRules);
export type AuthoredProperties = z.infer<typeof AuthoredPropertiesSchema>;

export const AuthoredFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: GeometrySchema.nullable(),
  derive: DeriveSchema.optional(),
  properties: AuthoredPropertiesSchema,
});
export type AuthoredFeature = z.infer<typeof AuthoredFeatureSchema>;

export const NotMappedFileSchema = z.array(NotMappedRiskSchema);

export const AllowListSchema = z.record(
  z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, { message: 'keys are <article-id>#<passage-id>' }),
  z.string().trim().min(1, { message: 'give a reason' }),
);
export type AllowList = z.infer<typeof AllowListSchema>;
