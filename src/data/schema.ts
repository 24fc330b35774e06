// The one data schema shared by the geo build (Node) and the app (browser): imports only zod.
// Types are inferred from the schemas, never written twice.
import { z } from 'zod';

// Zod probes for `new Function` to speed up parsing; under the app's CSP (no 'unsafe-eval') the probe itself
// is a policy violation, so every user of the schema runs zod without it.
z.config({ jitless: true });

import { LAYER_IDS, type LayerId } from './layerIds';

export { LAYER_IDS, type LayerId };
export { findQuote } from './quotes';
export const LayerIdSchema = z.enum(LAYER_IDS);

/** Lower-case words joined by single hyphens: `evac-tehran-astara-road`. Stable: used in deep links. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .regex(KEBAB_ID, { message: 'must be kebab-case (a-z, 0-9, single hyphens)' });

const nonEmpty = z.string().trim().min(1, { message: 'must not be empty' });

export const LocalizedTextSchema = z.strictObject({ en: nonEmpty, ru: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

// ---------------------------------------------------------------------------------------------
// Articles: one file per article, passages with stable ids and their exact text.

export const PassageSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'passage id must be lower-case letters, digits, hyphens' }),
  kind: z.enum(['heading', 'paragraph']),
  text: nonEmpty,
});
export type Passage = z.infer<typeof PassageSchema>;

export const ArticleSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  lead: z.strictObject({ ru: nonEmpty, en: nonEmpty.optional() }),
  outlet: LocalizedTextSchema,
  date: z.iso.date({ message: 'date must be YYYY-MM-DD' }),
  language: z.enum(['ru', 'en']),
  url: z.url().optional(),
  passages: z.array(PassageSchema).min(1, { message: 'an article needs at least one passage' }),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A quote anchored in a passage: `quote` is an exact substring of the passage text (TextQuoteSelector). */
export const SourceRefSchema = z.strictObject({
  article: IdSchema,
  passage: nonEmpty,
  quote: nonEmpty,
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

// ---------------------------------------------------------------------------------------------
// GeoJSON geometry (RFC 7946). Structure only: ranges, closure, winding and self-intersection are
// checked by the geo validator, which can name the exact problem.

export const PositionSchema = z.tuple([z.number(), z.number()]);
export type Position = z.infer<typeof PositionSchema>;

export const PointSchema = z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema });
export const LineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema),
});
export const MultiLineStringSchema = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema)),
});
export const PolygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(PositionSchema)),
});
export const MultiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(PositionSchema))),
});
export const GeometrySchema = z.discriminatedUnion('type', [
  PointSchema,
  LineStringSchema,
  MultiLineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
]);
export type Geometry = z.infer<typeof GeometrySchema>;
export type GeometryType = Geometry['type'];

// ---------------------------------------------------------------------------------------------
// Overlay features.

export const FEATURE_KINDS = [
  'border_crossing',
  'airport',
  'port',
  'military_base',
  'oil_pipeline',
  'gas_pipeline',
  'oil_field',
  'gas_field',
  'terminal',
  'route',
  'corridor',
  'zone',
] as const;
export const FeatureKindSchema = z.enum(FEATURE_KINDS);
export type FeatureKind = z.infer<typeof FeatureKindSchema>;

export const BasisSchema = z.enum(['stated', 'inferred']);
export type Basis = z.infer<typeof BasisSchema>;
export const ModeSchema = z.enum(['road', 'rail', 'air', 'sea', 'pipeline']);
export type Mode = z.infer<typeof ModeSchema>;
export const LineStatusSchema = z.enum(['operating', 'not_built']);
export type LineStatus = z.infer<typeof LineStatusSchema>;

/**
 * Severity of a risk, 1..5, as the text supports it:
 * 5 ongoing hostilities or strikes the text reports as happening; 4 attacks the text reports as recurring,
 * or a risk it calls extremely great; 3 a risk the text names as possible; 2 and 1 are for weaker mentions.
 */
export const SeveritySchema = z.number().int().min(1).max(5);
export type Severity = z.infer<typeof SeveritySchema>;

const sourcesSchema = z.array(SourceRefSchema).min(1, { message: 'a feature needs at least one source' });

/** Object shape without cross-field rules, so the geo build can derive its authoring schema from it. */
export const FeaturePropertiesShape = z.strictObject({
  id: IdSchema,
  layer: LayerIdSchema,
  kind: FeatureKindSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Risk layer only. */
  severity: SeveritySchema.optional(),
  /** Risk layer only: one line on why this severity, grounded in the text. */
  rationale: LocalizedTextSchema.optional(),
  basis: BasisSchema,
  /** What the text states, and what was inferred (place, route, extent). */
  basis_note: nonEmpty,
  /** Lines only. */
  mode: ModeSchema.optional(),
  /** Lines only. */
  status: LineStatusSchema.optional(),
  /** Lines only: which way people or goods move. */
  direction: nonEmpty.optional(),
  /** How far the drawn geometry may be from the real thing. */
  precision_km: z.number().positive(),
  /** Where the coordinates come from: places.json ids, waypoint ranges, buffer parameters. */
  geometry_source: nonEmpty,
  sources: sourcesSchema,
});

type PropertiesForRules = {
  layer: LayerId;
  severity?: number | undefined;
  rationale?: LocalizedText | undefined;
};

/** Cross-field rules shared by the compiled schema and the geo authoring schema. */
export function checkPropertyRules(value: PropertiesForRules, ctx: z.RefinementCtx): void {
  if (value.layer === 'risk') {
    if (value.severity === undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'a risk zone needs a severity (1-5)' });
    if (value.rationale === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['rationale'],
        message: 'a risk zone needs a one-line rationale',
      });
  } else {
    if (value.severity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['severity'], message: 'only risk zones have a severity' });
    if (value.rationale !== undefined)
      ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'only risk zones have a rationale' });
  }
}

export const FeaturePropertiesSchema = FeaturePropertiesShape.superRefine(checkPropertyRules);
export type FeatureProperties = z.infer<typeof FeaturePropertiesSchema>;

export const OverlayFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: GeometrySchema,
  properties: FeaturePropertiesSchema,
});
export type OverlayFeature = z.infer<typeof OverlayFeatureSchema>;

/** A risk the text names without a place: listed in the article panel and the 'not mapped' list. */
export const NotMappedRiskSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  severity: SeveritySchema,
  rationale: LocalizedTextSchema,
  basis: BasisSchema,
  basis_note: nonEmpty,
  sources: sourcesSchema,
});
export type NotMappedRisk = z.infer<typeof NotMappedRiskSchema>;

// ---------------------------------------------------------------------------------------------
// Numbers worked out at build time with turf.

export const NamedRefSchema = z.strictObject({ id: IdSchema, name: LocalizedTextSchema });
export type NamedRef = z.infer<typeof NamedRefSchema>;

export const MetricsSchema = z.strictObject({
  /** Lines: geodesic length (great-circle for air legs), km, 0.1 km. */
  length_km: z.number().nonnegative().optional(),
  /** Polygons: area, km², 0.1 km². */
  area_km2: z.number().nonnegative().optional(),
  /** Routes and corridors: border crossings passed, in order of travel. */
  crossings: z.array(NamedRefSchema).optional(),
  /** Risk zones: infrastructure inside the zone. */
  exposed: z
    .strictObject({
      pipelines: z.array(NamedRefSchema.extend({ length_km: z.number().nonnegative() })),
      sites: z.array(NamedRefSchema),
    })
    .optional(),
});
export type Metrics = z.infer<typeof MetricsSchema>;

export const AtlasSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(ArticleSchema),
  features: z.array(OverlayFeatureSchema),
  metrics: z.record(z.string(), MetricsSchema),
  notMapped: z.array(NotMappedRiskSchema),
});
export type Atlas = z.infer<typeof AtlasSchema>;
