// How overlay features are written in geo/overlays/*.geojson: a GeoJSON Feature whose geometry is either
// drawn by hand or null with a `derive` recipe (a foreign member, RFC 7946 §6.1) that the build turns into
// geometry from places.json and geo/lib/towns.json (points, routes through named stops, pipeline courses,
// great circles, buffers) or from the basemap snapshot (country outlines, border lines).
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
const alpha3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as AZE'));

/**
 * One stop of a route: a named place with a point (an id from places.json or geo/lib/towns.json), or a
 * hand-placed position that says where it comes from.
 */
export const StopSchema = v.union([
  placeId,
  v.strictObject({
    at: PositionSchema,
    /** Why this position, and its source: hand-placed positions must say where they come from. */
    note: reason('must not be empty'),
    /** The country the position lies in, which geo:check verifies. */
    country: alpha3,
  }),
]);
export type Stop = v.InferOutput<typeof StopSchema>;

/** A route reads as its list of stops, in the order of travel; each leg joins two stops. */
export const RouteSchema = v.pipe(v.array(StopSchema), v.minLength(2, 'a route needs at least two stops'));

/**
 * The course of a linear place (a pipeline in places.json) from its own waypoints, all of them or a
 * stretch: a pipeline's waypoints are its drawn course, not stops; routes never take them.
 */
export const CourseSchema = v.strictObject({
  place: placeId,
  /** First waypoint index (inclusive); `from` > `to` walks the waypoints backwards. */
  from: v.optional(index),
  /** Last waypoint index (inclusive). */
  to: v.optional(index),
});
export type Course = v.InferOutput<typeof CourseSchema>;

const km = v.pipe(v.number(), v.gtValue(0), v.maxValue(500));

/** One part of a buffer: around stops, along a place's course, or along a border line of the basemap snapshot. */
export const BufferPartSchema = v.union([
  v.strictObject({
    of: v.union([
      v.pipe(v.array(StopSchema), v.minLength(1, 'a buffer part needs at least one stop')),
      CourseSchema,
    ]),
    km,
  }),
  v.strictObject({ border: v.pipe(v.string(), v.minLength(1)), km }),
]);
export type BufferPart = v.InferOutput<typeof BufferPartSchema>;

export const DeriveSchema = v.union([
  v.strictObject({ point: placeId }),
  /** A country outline from the basemap snapshot (geo/lib/basemap-snapshot.json). */
  v.strictObject({ outline: v.pipe(v.string(), v.minLength(1)) }),
  /** A road, railway or sea route through named stops. */
  v.strictObject({ route: RouteSchema }),
  /** A pipeline along its own waypoints in places.json. */
  v.strictObject({ course: CourseSchema }),
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
  /** The country a hand-drawn point lies in (derived points take theirs from the place data). */
  country: v.optional(alpha3),
  properties: AuthoredPropertiesSchema,
});
export type AuthoredFeature = v.InferOutput<typeof AuthoredFeatureSchema>;

export const NotMappedFileSchema = v.array(NotMappedRiskSchema);

export const AllowListSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'keys are <article-id>#<passage-id>')),
  reason('give a reason'),
);
export type AllowList = v.InferOutput<typeof AllowListSchema>;
