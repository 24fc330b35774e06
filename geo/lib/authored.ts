// How overlay features are written in geo/overlays/*.geojson: a GeoJSON Feature whose geometry is either
// drawn by hand or null with a `derive` recipe (a foreign member, RFC 7946 §6.1) that the build turns into
// geometry from places.json (points, lines through places and waypoint ranges, great circles, buffers)
// or from the basemap snapshot (country outlines, border lines).
import * as v from 'valibot';
import {
  FeaturePropertiesShape,
  GeometrySchema,
  NotMappedRiskSchema,
  OverlayFeatureSchema,
  PositionSchema,
  propertyRules,
} from '../../src/data/schema';

const placeId = v.pipe(v.string(), v.minLength(1));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const reason = (message: string) => v.pipe(v.string(), v.trim(), v.minLength(1, message));

/** One step of a path: a place's point, a range of a place's waypoints, or a hand-placed position. */
export const PathStepSchema = v.union([
  placeId,
  v.strictObject({
    place: placeId,
    /** First waypoint index (inclusive); `from` > `to` walks the waypoints backwards. */
    from: v.optional(index),
    /** Last waypoint index (inclusive). */
    to: v.optional(index),
  }),
  v.strictObject({
    at: PositionSchema,
    /** Why this position, and its source: hand-placed positions must say where they come from. */
    note: reason('must not be empty'),
  }),
]);
export type PathStep = v.InferOutput<typeof PathStepSchema>;

export const PathSchema = v.pipe(v.array(PathStepSchema), v.minLength(1, 'a path needs at least one step'));
export type Path = v.InferOutput<typeof PathSchema>;

const km = v.pipe(v.number(), v.gtValue(0), v.maxValue(500));

/** One part of a buffer: around a path of places, or along a border line of the basemap snapshot. */
export const BufferPartSchema = v.union([
  v.strictObject({ of: PathSchema, km }),
  v.strictObject({ border: v.pipe(v.string(), v.minLength(1)), km }),
]);
export type BufferPart = v.InferOutput<typeof BufferPartSchema>;

export const DeriveSchema = v.union([
  v.strictObject({ point: placeId }),
  /** A country outline from the basemap snapshot (geo/lib/basemap-snapshot.json). */
  v.strictObject({ outline: v.pipe(v.string(), v.minLength(1)) }),
  v.strictObject({ line: PathSchema }),
  v.strictObject({
    great_circle: v.strictObject({
      from: placeId,
      to: placeId,
      npoints: v.optional(v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(512))),
    }),
  }),
  v.strictObject({
    buffer: v.pipe(v.array(BufferPartSchema), v.minLength(1, 'a buffer needs at least one part')),
  }),
]);
export type Derive = v.InferOutput<typeof DeriveSchema>;

const authoredShape = v.strictObject({
  ...FeaturePropertiesShape.entries,
  geometry_source: v.optional(FeaturePropertiesShape.entries.geometry_source),
});

/** Authored properties: `layer` may be left out (the file says it); `geometry_source` is generated for recipes. */
export const AuthoredPropertiesSchema = v.pipe(
  authoredShape,
  propertyRules<v.InferOutput<typeof authoredShape>>(),
);
export type AuthoredProperties = v.InferOutput<typeof AuthoredPropertiesSchema>;

/** A compiled feature, except that geometry may be left to a recipe. */
export const AuthoredFeatureSchema = v.strictObject({
  ...OverlayFeatureSchema.entries,
  geometry: v.nullable(GeometrySchema),
  derive: v.optional(DeriveSchema),
  properties: AuthoredPropertiesSchema,
});
export type AuthoredFeature = v.InferOutput<typeof AuthoredFeatureSchema>;

export const NotMappedFileSchema = v.array(NotMappedRiskSchema);

export const AllowListSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'keys are <article-id>#<passage-id>')),
  reason('give a reason'),
);
export type AllowList = v.InferOutput<typeof AllowListSchema>;
