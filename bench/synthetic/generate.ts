// Pure, deterministic synthetic corpora for the scale benchmark: the same seed gives the same bytes.
// Features are spread over the atlas region with the real article's passages as sources, so the data
// passes CompiledAtlasSchema and the details panel has real quotes to show.
import { area as turfArea, length as turfLength } from '@turf/turf';
import type { Feature as GeoJsonFeature, Geometry as GeoJsonGeometry } from 'geojson';
import type {
  FeatureProperties,
  Article,
  CompiledAtlas,
  FeatureKind,
  LayerId,
  Metrics,
  Mode,
  OverlayFeature,
  Position,
  SourceRef,
} from '../../src/data/schema';
import { dataFiles, splitAtlas } from '../../src/data/atlasFiles';
import { OVERLAY_ARCHIVE_FILE } from '../../src/map/tileSources';
import { cutOverlayArchive } from '../../geo/tiles/tilesets';
import { seededRandom, type Random } from '../lib/prng';

export const SYNTHETIC_SEED = 20260306;

/** The region the synthetic features fall in, wider than the initial view so panning meets data too. */
export const SYNTHETIC_REGION = { west: 36, south: 24, east: 60, north: 48 } as const;

/** The largest size is also a corpus over time: 1,000 articles, one a day, each feature citing one. */
export const SYNTHETIC_SIZES = [
  { label: '1k', features: 1_000, articles: 1 },
  { label: '10k', features: 10_000, articles: 1 },
  { label: '100k', features: 100_000, articles: 1_000 },
] as const;
export type SyntheticSize = (typeof SYNTHETIC_SIZES)[number];

/** Folder under the served root (and the app's `?data=` value) for a size. */
export const syntheticFolder = (size: Pick<SyntheticSize, 'label'>) => `bench-data/synthetic-${size.label}`;

export type GeometryClass = 'point' | 'line' | 'polygon';

/**
 * Exact mix by position in a cycle of ten: five points, three lines, two polygons. A fixed cycle (not a
 * random draw) keeps the proportions exact at every size, so sizes differ only in how much there is.
 */
export function geometryClassOf(index: number): GeometryClass {
  const slot = index % 10;
  if (slot < 5) return 'point';
  if (slot < 8) return 'line';
  return 'polygon';
}

type KindSpec = { layer: LayerId; kind: FeatureKind; label: string };

const POINT_KINDS: readonly KindSpec[] = [
  { layer: 'sites', kind: 'border_crossing', label: 'border crossing' },
  { layer: 'sites', kind: 'airport', label: 'airport' },
  { layer: 'sites', kind: 'port', label: 'port' },
  { layer: 'sites', kind: 'military_base', label: 'military base' },
  { layer: 'infrastructure', kind: 'oil_field', label: 'oil field' },
  { layer: 'infrastructure', kind: 'gas_field', label: 'gas field' },
  { layer: 'infrastructure', kind: 'terminal', label: 'terminal' },
];

const LINE_KINDS: readonly KindSpec[] = [
  { layer: 'evacuation', kind: 'route', label: 'evacuation route' },
  { layer: 'aid', kind: 'corridor', label: 'aid corridor' },
  { layer: 'infrastructure', kind: 'oil_pipeline', label: 'oil pipeline' },
  { layer: 'infrastructure', kind: 'gas_pipeline', label: 'gas pipeline' },
];

const ZONE_KIND: KindSpec = { layer: 'risk', kind: 'zone', label: 'risk zone' };

const PRECISIONS_KM = [1, 2, 5, 10, 25] as const;
const EVACUATION_MODES: readonly Mode[] = ['road', 'rail', 'air', 'sea'];
const AID_MODES: readonly Mode[] = ['road', 'rail', 'sea'];
const DIRECTIONS = [
  { en: 'north → south', ru: 'север → юг' },
  { en: 'south → north', ru: 'юг → север' },
  { en: 'east → west', ru: 'восток → запад' },
  { en: 'west → east', ru: 'запад → восток' },
] as const;

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Zero-padded, so no name is a prefix of another ("#000012" vs "#000123") and text matching stays exact. */
export const syntheticNumber = (index: number) => String(index).padStart(6, '0');

function randomPosition(random: Random, margin = 0): Position {
  const { west, south, east, north } = SYNTHETIC_REGION;
  return [
    round5(random.between(west + margin, east - margin)),
    round5(random.between(south + margin, north - margin)),
  ];
}

function insideRegion([lng, lat]: Position): boolean {
  const { west, south, east, north } = SYNTHETIC_REGION;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/**
 * A wandering polyline of 3..8 vertices (about 10..60 km) that turns back at the region's edge. Kept short
 * and zones small (below) so that even at 100k features a click at zoom 10 can still hit one feature alone.
 */
function randomLine(random: Random): Position[] {
  const vertices: Position[] = [randomPosition(random)];
  let heading = random.between(0, 2 * Math.PI);
  const count = random.integer(3, 8);
  while (vertices.length < count) {
    const [lng, lat] = vertices[vertices.length - 1] ?? [0, 0];
    const step = random.between(0.02, 0.12);
    heading += random.between(-0.5, 0.5);
    let next: Position = [round5(lng + step * Math.cos(heading)), round5(lat + step * Math.sin(heading))];
    if (!insideRegion(next)) {
      heading += Math.PI;
      next = [round5(lng + step * Math.cos(heading)), round5(lat + step * Math.sin(heading))];
    }
    vertices.push(next);
  }
  return vertices;
}

/**
 * A star-shaped ring (angles strictly increasing, so it never self-intersects), counter-clockwise as
 * RFC 7946 asks of exterior rings, and closed. Longitude is stretched by 1/cos(lat) so zones look round.
 */
function randomZone(random: Random): Position[][] {
  const [centreLng, centreLat] = randomPosition(random, 0.5);
  const radius = random.between(0.01, 0.08);
  const corners = random.integer(6, 12);
  const stretch = 1 / Math.cos((centreLat * Math.PI) / 180);
  const ring: Position[] = [];
  for (let corner = 0; corner < corners; corner += 1) {
    const angle = ((corner + random.between(-0.3, 0.3)) / corners) * 2 * Math.PI;
    const reach = radius * random.between(0.7, 1);
    ring.push([
      round5(centreLng + reach * stretch * Math.cos(angle)),
      round5(centreLat + reach * Math.sin(angle)),
    ]);
  }
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return [ring];
}

/** A real quote: a run of 3..8 whole words cut from a real passage, so it is an exact substring. */
function randomSource(random: Random, article: Article): SourceRef {
  const passage = random.pick(article.passages);
  const words = [...passage.text.matchAll(/\S+/g)];
  const wordCount = Math.min(random.integer(3, 8), words.length);
  const first = random.integer(0, words.length - wordCount);
  const start = words[first];
  const end = words[first + wordCount - 1];
  if (!start || !end) throw new Error(`passage ${passage.id} has no words to quote`);
  const quote = passage.text.slice(start.index, end.index + end[0].length);
  return { article: article.id, passage: passage.id, quote };
}

function lineDetails(
  random: Random,
  spec: KindSpec,
): Partial<Pick<FeatureProperties, 'mode' | 'status' | 'direction'>> {
  if (spec.layer === 'evacuation') {
    return { mode: random.pick(EVACUATION_MODES), direction: random.pick(DIRECTIONS) };
  }
  const status = random.next() < 0.8 ? 'operating' : 'not_built';
  if (spec.layer === 'aid')
    return { mode: random.pick(AID_MODES), status, direction: random.pick(DIRECTIONS) };
  return { mode: 'pipeline', status };
}

function metricsOf(feature: OverlayFeature): Metrics | undefined {
  const geoJson = feature as unknown as GeoJsonFeature<GeoJsonGeometry>;
  if (feature.geometry.type === 'LineString')
    return { length_km: round1(turfLength(geoJson, { units: 'kilometers' })) };
  if (feature.geometry.type === 'Polygon') return { area_km2: round1(turfArea(geoJson) / 1e6) };
  return undefined;
}

function syntheticFeature(index: number, random: Random, article: Article, seed: number): OverlayFeature {
  const geometryClass = geometryClassOf(index);
  const spec =
    geometryClass === 'point'
      ? random.pick(POINT_KINDS)
      : geometryClass === 'line'
        ? random.pick(LINE_KINDS)
        : ZONE_KIND;
  const number = syntheticNumber(index);
  const geometry: OverlayFeature['geometry'] =
    geometryClass === 'point'
      ? { type: 'Point', coordinates: randomPosition(random) }
      : geometryClass === 'line'
        ? { type: 'LineString', coordinates: randomLine(random) }
        : { type: 'Polygon', coordinates: randomZone(random) };
  const sources = Array.from({ length: random.integer(1, 2) }, () => randomSource(random, article));
  // Drawn before the rest, in the order the generator has always drawn them: the same seed, the same corpus.
  const severity = spec.layer === 'risk' ? random.integer(1, 5) : 0;
  const common = {
    id: `syn-${number}`,
    kind: spec.kind,
    name: { en: `Synthetic ${spec.label} #${number}`, ru: `Синтетический объект №${number}` },
    summary: {
      en: `A synthetic ${spec.label} generated to measure the atlas at scale.`,
      ru: 'Синтетический объект для замера производительности атласа.',
    },
    basis: random.next() < 0.5 ? ('stated' as const) : ('inferred' as const),
    basis_note: {
      en: 'Synthetic: generated by bench/synthetic/generate.ts, not taken from the text.',
      ru: 'Синтетические данные из bench/synthetic/generate.ts, не из текста.',
    },
    ...(geometryClass === 'line' ? lineDetails(random, spec) : {}),
    precision_km: random.pick(PRECISIONS_KM),
    geometry_source: `bench synthetic generator, seed ${seed}, feature ${index}`,
    sources,
  };
  const layer = spec.layer;
  const properties: FeatureProperties =
    layer === 'risk'
      ? {
          ...common,
          layer,
          severity,
          rationale: { en: 'Synthetic severity for the benchmark.', ru: 'Синтетическая оценка для замера.' },
        }
      : { ...common, layer };
  return { type: 'Feature', geometry, properties };
}

export type SyntheticOptions = {
  featureCount: number;
  article: Article;
  seed?: number;
  articleCount?: number;
};

const DAY_MS = 86_400_000;

/**
 * The real article first, then copies of its text under synthetic ids, one a day after it: a corpus over
 * time whose quotes are still exact spans of their passages.
 */
export function syntheticArticles(article: Article, count: number): Article[] {
  const start = Date.parse(`${article.date}T00:00:00Z`);
  return Array.from({ length: count }, (_, n) =>
    n === 0
      ? article
      : {
          ...article,
          id: `syn-article-${String(n).padStart(4, '0')}`,
          date: new Date(start + n * DAY_MS).toISOString().slice(0, 10),
        },
  );
}

export function generateSyntheticAtlas({
  featureCount,
  article,
  seed = SYNTHETIC_SEED,
  articleCount = 1,
}: SyntheticOptions): CompiledAtlas {
  const random = seededRandom(seed);
  const articles = syntheticArticles(article, Math.max(1, articleCount));
  const features: OverlayFeature[] = [];
  const metrics: Record<string, Metrics> = {};
  for (let index = 0; index < featureCount; index += 1) {
    const cited = articles[index % articles.length] ?? article;
    const feature = syntheticFeature(index, random, cited, seed);
    features.push(feature);
    const measured = metricsOf(feature);
    if (measured) metrics[feature.properties.id] = measured;
  }
  return { version: 1, articles, features, metrics, notMapped: [] };
}

export type DataFile = { path: string; content: string | Uint8Array };

/**
 * The files of a data folder, as the app reads them: the index, the articles' texts and the geometry chunks
 * for the panels, and the overlays' vector tile archive for the map, both from geo:build's own code (so they
 * cannot drift from what a build ships).
 * Unlike geo:build, a synthetic corpus is not refused for a problem the tile check finds (there is none:
 * what a low zoom cannot draw it counts in a collapsed point; tests/unit/geo/collapse.test.ts).
 */
export function syntheticDataFiles(atlas: CompiledAtlas): DataFile[] {
  return [
    ...dataFiles(splitAtlas(atlas), (value) => JSON.stringify(value)).map(({ path, text }) => ({
      path,
      content: text,
    })),
    { path: OVERLAY_ARCHIVE_FILE, content: cutOverlayArchive(atlas).bytes },
  ];
}
