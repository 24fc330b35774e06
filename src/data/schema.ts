// The one data schema shared by the geo build (Node) and the app (browser): imports only valibot, which
// tree-shakes to the few checks used here (the app ships this validator beside its data).
// Types are inferred from the schemas, never written twice.
import * as v from 'valibot';

import { MAX_CHANGES } from './changeLimit';
import { DETAIL_KEYS, type DetailKey } from './detailKeys';
import { isCalendarDate } from './dateRange';
import { LAYER_IDS, type LayerId } from './layerIds';

export { LAYER_IDS, type LayerId };
export { findQuote } from './quotes';
export const LayerIdSchema = v.picklist(LAYER_IDS);

/** Lower-case words joined by single hyphens: `evac-tehran-astara-road`. Stable: used in deep links. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = v.pipe(
  v.string(),
  v.regex(KEBAB_ID, 'must be kebab-case (a-z, 0-9, single hyphens)'),
);

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
// JSON.parse turns 1e999 into Infinity: no coordinate or measure may be infinite.
export const FiniteNumberSchema = v.pipe(v.number(), v.finite());

export const LocalizedTextSchema = v.strictObject({ en: nonEmpty, ru: nonEmpty });
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

// ---------------------------------------------------------------------------------------------
// Articles: one file per article, passages with stable ids and their exact text.

export const PassageSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'passage id must be lower-case letters, digits, hyphens'),
  ),
  kind: v.picklist(['heading', 'paragraph']),
  text: nonEmpty,
});
export type Passage = v.InferOutput<typeof PassageSchema>;

export const CalendarDateSchema = v.pipe(
  v.string(),
  v.isoDate('date must be YYYY-MM-DD'),
  v.check(isCalendarDate, 'date must be a day that exists (YYYY-MM-DD)'),
);

export const ArticleSchema = v.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  lead: v.strictObject({ ru: nonEmpty, en: v.optional(nonEmpty) }),
  outlet: LocalizedTextSchema,
  date: CalendarDateSchema,
  language: v.picklist(['ru', 'en']),
  url: v.optional(v.pipe(v.string(), v.url())),
  passages: v.pipe(v.array(PassageSchema), v.minLength(1, 'an article needs at least one passage')),
});
export type Article = v.InferOutput<typeof ArticleSchema>;

export const BasisSchema = v.picklist(['stated', 'inferred']);
export type Basis = v.InferOutput<typeof BasisSchema>;

/**
 * A quote anchored in a passage: `quote` is an exact substring of the passage text. With the optional
 * `prefix` and `suffix` (a little text just before and after it), it is a W3C TextQuoteSelector, so the
 * quote can be found again if the passage is edited.
 * Each citation has its own basis: one article may state a route that another only implies. Left out,
 * it is the feature's (the build writes it into every citation of the compiled atlas).
 */
export const SourceRefSchema = v.strictObject({
  article: IdSchema,
  passage: nonEmpty,
  quote: nonEmpty,
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
  basis: v.optional(BasisSchema),
  basis_note: v.optional(LocalizedTextSchema),
});
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

// ---------------------------------------------------------------------------------------------
// GeoJSON geometry (RFC 7946). Structure only: ranges, closure, winding and self-intersection are
// checked by the geo validator, which can name the exact problem.

export const PositionSchema = v.strictTuple([FiniteNumberSchema, FiniteNumberSchema]);
export type Position = v.InferOutput<typeof PositionSchema>;

export const PointSchema = v.strictObject({ type: v.literal('Point'), coordinates: PositionSchema });
export const LineStringSchema = v.strictObject({
  type: v.literal('LineString'),
  coordinates: v.array(PositionSchema),
});
export const MultiLineStringSchema = v.strictObject({
  type: v.literal('MultiLineString'),
  coordinates: v.array(v.array(PositionSchema)),
});
export const PolygonSchema = v.strictObject({
  type: v.literal('Polygon'),
  coordinates: v.array(v.array(PositionSchema)),
});
export const MultiPolygonSchema = v.strictObject({
  type: v.literal('MultiPolygon'),
  coordinates: v.array(v.array(v.array(PositionSchema))),
});
export const GeometrySchema = v.variant('type', [
  PointSchema,
  LineStringSchema,
  MultiLineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
]);
export type Geometry = v.InferOutput<typeof GeometrySchema>;
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
export const FeatureKindSchema = v.picklist(FEATURE_KINDS);
export type FeatureKind = v.InferOutput<typeof FeatureKindSchema>;

export const ModeSchema = v.picklist(['road', 'rail', 'air', 'sea', 'pipeline']);
export type Mode = v.InferOutput<typeof ModeSchema>;
/** `closed`: a route a later article reports closed (see a feature's dated changes). */
export const LineStatusSchema = v.picklist(['operating', 'not_built', 'closed']);
export type LineStatus = v.InferOutput<typeof LineStatusSchema>;

/**
 * Severity of a risk, 1..5, as the text supports it:
 * 5 ongoing hostilities or strikes the text reports as happening; 4 attacks the text reports as recurring,
 * or a risk it calls extremely great; 3 a risk the text names as possible; 2 and 1 are for weaker mentions.
 */
export const SeveritySchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
export type Severity = v.InferOutput<typeof SeveritySchema>;

const sourcesSchema = v.pipe(v.array(SourceRefSchema), v.minLength(1, 'a feature needs at least one source'));

export { MAX_CHANGES };

/** The words of the rule that a change sets something: the editor finds the rule by them. */
export const CHANGE_SETS_NOTHING = 'a change sets a new severity or a new status';

/**
 * A later article changing a feature: a risk zone's severity, a route's status. The change holds from the
 * date of the article it cites; the map shows each feature as of the end of the reader's date range.
 */
export const FeatureChangeSchema = v.pipe(
  v.strictObject({
    source: SourceRefSchema,
    severity: v.optional(SeveritySchema),
    status: v.optional(LineStatusSchema),
    /** What changed, in a line, in both languages. */
    note: LocalizedTextSchema,
  }),
  // A change that sets nothing would show in the history and change nothing on the map.
  v.check((change) => change.severity !== undefined || change.status !== undefined, CHANGE_SETS_NOTHING),
);
export type FeatureChange = v.InferOutput<typeof FeatureChangeSchema>;

/** Object shape without cross-field rules, so the geo build can derive its authoring schema from it. */
export const FeaturePropertiesShape = v.strictObject({
  id: IdSchema,
  layer: LayerIdSchema,
  kind: FeatureKindSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Risk layer only. */
  severity: v.optional(SeveritySchema),
  /** Risk layer only: one line on why this severity, grounded in the text. */
  rationale: v.optional(LocalizedTextSchema),
  basis: BasisSchema,
  /** What the text states, and what was inferred (place, route, extent). */
  basis_note: LocalizedTextSchema,
  /** Lines only. */
  mode: v.optional(ModeSchema),
  /** Lines only. */
  status: v.optional(LineStatusSchema),
  /** Lines only: which way people or goods move. */
  direction: v.optional(LocalizedTextSchema),
  /** How far the drawn geometry may be from the real thing. */
  precision_km: v.pipe(FiniteNumberSchema, v.gtValue(0)),
  /** Where the coordinates come from: places.json ids, waypoint ranges, buffer parameters. */
  geometry_source: nonEmpty,
  sources: sourcesSchema,
  /**
   * The day the feature was stated, when its author records it (YYYY-MM-DD). A claim the corpus must back:
   * geo:check names a feature whose every source is an article published after it.
   */
  date: v.optional(CalendarDateSchema),
  /** Changes reported by later articles, oldest first. */
  changes: v.optional(
    v.pipe(
      v.array(FeatureChangeSchema),
      v.maxLength(MAX_CHANGES, `a feature carries at most ${MAX_CHANGES} dated changes`),
    ),
  ),
  /** Proposed by a tool (article:import --accept), not yet checked by a person: listed by geo:check, marked in the app. */
  draft: v.optional(v.literal(true)),
});

type PropertiesForRules = {
  layer: LayerId;
  severity?: number | undefined;
  rationale?: LocalizedText | undefined;
  changes?: ReadonlyArray<{ severity?: number | undefined }> | undefined;
};

type RuleProblem = {
  key: 'severity' | 'rationale' | 'changes';
  message: string;
  /** For a problem of a dated change: which one (its severity is the field at fault). */
  change?: number;
};

/** What breaks the cross-field rules, by property: risk zones, and only they, have a severity and a rationale. */
export function propertyRuleProblems(value: PropertiesForRules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (value.layer === 'risk') {
    if (value.severity === undefined)
      problems.push({ key: 'severity', message: 'a risk zone needs a severity (1-5)' });
    if (value.rationale === undefined)
      problems.push({ key: 'rationale', message: 'a risk zone needs a one-line rationale' });
  } else {
    if (value.severity !== undefined)
      problems.push({ key: 'severity', message: 'only risk zones have a severity' });
    if (value.rationale !== undefined)
      problems.push({ key: 'rationale', message: 'only risk zones have a rationale' });
    // A later article cannot give a severity to what has none: the map would never show it.
    value.changes?.forEach((change, index) => {
      if (change.severity !== undefined)
        problems.push({ key: 'changes', change: index, message: 'only risk zones have a severity' });
    });
  }
  return problems;
}

/** The cross-field rules as a pipe action, shared by the compiled schema and the geo authoring schema. */
export function propertyRules<T extends PropertiesForRules>(
  keys: ReadonlyArray<RuleProblem['key']> = ['severity', 'rationale', 'changes'],
) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const input = dataset.value;
    for (const { key, message, change } of propertyRuleProblems(input)) {
      if (!keys.some((checked) => checked === key)) continue;
      const property = { type: 'object', origin: 'value', input, key, value: input[key as keyof T] } as const;
      const changes = input.changes;
      const changed = change === undefined ? undefined : changes?.[change];
      addIssue({
        message,
        path:
          changes === undefined || change === undefined || changed === undefined
            ? [property]
            : [
                property,
                { type: 'array', origin: 'value', input: changes, key: change, value: changed },
                { type: 'object', origin: 'value', input: changed, key: 'severity', value: changed.severity },
              ],
      });
    }
  });
}

/** Properties as the shape reads them, before the cross-field rules narrow the type. */
export type PropertiesShape = v.InferOutput<typeof FeaturePropertiesShape>;
type CommonProperties = Omit<PropertiesShape, 'layer' | 'severity' | 'rationale'>;
/** A risk zone: its severity and rationale are always there (the type says so, not a default). */
export type RiskZoneProperties = CommonProperties & {
  layer: 'risk';
  severity: Severity;
  rationale: LocalizedText;
};
export type OtherFeatureProperties = CommonProperties & {
  layer: Exclude<LayerId, 'risk'>;
  severity?: undefined;
  rationale?: undefined;
};

/** The rules `propertyRules` checks, as a type guard: what passes them has the narrowed type. */
function followsPropertyRules(value: PropertiesShape): value is RiskZoneProperties | OtherFeatureProperties {
  return propertyRuleProblems(value).length === 0;
}

export const FeaturePropertiesSchema = v.pipe(
  FeaturePropertiesShape,
  propertyRules<PropertiesShape>(),
  v.guard(followsPropertyRules),
);
export type FeatureProperties = v.InferOutput<typeof FeaturePropertiesSchema>;

export const OverlayFeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  geometry: GeometrySchema,
  properties: FeaturePropertiesSchema,
});
export type OverlayFeature = v.InferOutput<typeof OverlayFeatureSchema>;

/** A risk the text names without a place: listed in the article panel and the 'not mapped' list. */
export const NotMappedRiskSchema = v.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  severity: SeveritySchema,
  rationale: LocalizedTextSchema,
  basis: BasisSchema,
  basis_note: LocalizedTextSchema,
  sources: sourcesSchema,
});
export type NotMappedRisk = v.InferOutput<typeof NotMappedRiskSchema>;

// ---------------------------------------------------------------------------------------------
// Numbers worked out at build time with turf.

export const NamedRefSchema = v.strictObject({ id: IdSchema, name: LocalizedTextSchema });
export type NamedRef = v.InferOutput<typeof NamedRefSchema>;

const nonNegative = v.pipe(FiniteNumberSchema, v.minValue(0));

export const MetricsSchema = v.strictObject({
  /** Lines: geodesic length (great-circle for air legs), km, 0.1 km. */
  length_km: v.optional(nonNegative),
  /** Polygons: area, km², 0.1 km². */
  area_km2: v.optional(nonNegative),
  /** Routes and corridors: border crossings passed, in order of travel. */
  crossings: v.optional(v.array(NamedRefSchema)),
  /** Risk zones: infrastructure inside the zone. */
  exposed: v.optional(
    v.strictObject({
      pipelines: v.array(v.strictObject({ ...NamedRefSchema.entries, length_km: nonNegative })),
      sites: v.array(NamedRefSchema),
    }),
  ),
});
export type Metrics = v.InferOutput<typeof MetricsSchema>;

/** Everything the geo build compiles, geometries and article texts included: the build's own value, split
 * into the files the app loads (geo/lib/atlasFiles.ts) and cut into the map's tiles. */
export const CompiledAtlasSchema = v.strictObject({
  version: v.literal(1),
  articles: v.array(ArticleSchema),
  features: v.array(OverlayFeatureSchema),
  metrics: v.record(v.string(), MetricsSchema),
  notMapped: v.array(NotMappedRiskSchema),
});
export type CompiledAtlas = v.InferOutput<typeof CompiledAtlasSchema>;

// ---------------------------------------------------------------------------------------------
// What the app loads: the index first (data/index.json), an article's text when it is shown
// (data/articles/<id>.json, an `Article`), geometries when a feature needs them (data/geometry/<chunk>.json).

/** A passage as the index names it: its id and kind, and a heading's words (they name it to screen readers). */
export const PassageOutlineSchema = v.variant('kind', [
  v.strictObject({ id: PassageSchema.entries.id, kind: v.literal('heading'), text: nonEmpty }),
  v.strictObject({ id: PassageSchema.entries.id, kind: v.literal('paragraph') }),
]);
export type PassageOutline = v.InferOutput<typeof PassageOutlineSchema>;

/** An article without its text: enough for the chooser, citations, dates and links to its passages. */
export const ArticleSummarySchema = v.strictObject({
  ...v.omit(ArticleSchema, ['passages']).entries,
  passages: v.pipe(v.array(PassageOutlineSchema), v.minLength(1, 'an article needs at least one passage')),
});
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;

export const BoundsSchema = v.strictTuple([
  FiniteNumberSchema,
  FiniteNumberSchema,
  FiniteNumberSchema,
  FiniteNumberSchema,
]);

/** A feature's long texts (`DETAIL_KEYS`), loaded with its chunk. */
export const FeatureDetailsSchema = v.pick(FeaturePropertiesShape, DETAIL_KEYS);
export type FeatureDetails = v.InferOutput<typeof FeatureDetailsSchema>;

/** Omit over each member of a union, so a risk zone's severity stays required in its index entry. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A feature's properties as the index has them: everything but the long texts. */
export type IndexedProperties = OmitEach<FeatureProperties, DetailKey>;

const IndexedPropertiesShape = v.omit(FeaturePropertiesShape, DETAIL_KEYS);
type IndexedPropertiesShapeOutput = v.InferOutput<typeof IndexedPropertiesShape>;

/** The index's half of `followsPropertyRules`: risk zones, and only they, have a severity. */
function hasSeverityRule(value: IndexedPropertiesShapeOutput): value is IndexedProperties {
  return propertyRuleProblems(value).every((problem) => problem.key !== 'severity');
}

export const IndexedPropertiesSchema = v.pipe(
  IndexedPropertiesShape,
  propertyRules<IndexedPropertiesShapeOutput>(['severity']),
  v.guard(hasSeverityRule),
);

/** A feature without its geometry: its bounding box fits the map to it, its chunk names the files holding it. */
export const IndexedFeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  bbox: BoundsSchema,
  geometryType: v.picklist(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
  chunk: IdSchema,
  properties: IndexedPropertiesSchema,
});
export type IndexedFeature = v.InferOutput<typeof IndexedFeatureSchema>;

/** data/index.json: what every panel needs at start, and no geometry or article text. */
export const AtlasSchema = v.strictObject({
  version: v.literal(2),
  articles: v.array(ArticleSummarySchema),
  features: v.array(IndexedFeatureSchema),
  metrics: v.record(v.string(), MetricsSchema),
  notMapped: v.array(NotMappedRiskSchema),
});
export type Atlas = v.InferOutput<typeof AtlasSchema>;

/** data/geometry/<chunk>.json: the geometries of nearby features of one layer. */
export const GeometryChunkSchema = v.strictObject({
  chunk: IdSchema,
  geometries: v.array(v.strictObject({ id: IdSchema, geometry: GeometrySchema })),
});
export type GeometryChunk = v.InferOutput<typeof GeometryChunkSchema>;

/** data/details/<chunk>.json: the long texts of the features whose geometries share the chunk. */
export const DetailsChunkSchema = v.strictObject({
  chunk: IdSchema,
  details: v.array(v.strictObject({ id: IdSchema, ...FeatureDetailsSchema.entries })),
});
export type DetailsChunk = v.InferOutput<typeof DetailsChunkSchema>;
