// Compiles the checked corpus into public/data/: validate -> analyse -> atlas.json (what the app loads) and
// one GeoJSON per layer with the flat properties the map style reads (src/map/overlaySources.ts).
// Deterministic texts: the same input gives the same bytes.
import { AtlasSchema, LAYER_IDS, type Atlas, type LayerId, type OverlayFeature } from '../../src/data/schema';
import { checkAgainst } from '../../src/data/validation';
import { buildOverlaySources } from '../../src/map/overlaySources';
import { computeMetrics } from '../analyse';
import { checkCorpus, type CorpusInput, type Problem } from '../validate';
import type { CoverageRow } from './coverage';
import { withCitationBasis } from '../../src/data/citationBasis';

export const ATLAS_FILE = 'public/data/atlas.json';
export const layerFile = (layer: LayerId): string => `public/data/layers/${layer}.geojson`;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function byLayerThenId(a: OverlayFeature, b: OverlayFeature): number {
  const layer = LAYER_IDS.indexOf(a.properties.layer) - LAYER_IDS.indexOf(b.properties.layer);
  return layer !== 0 ? layer : byId(a.properties, b.properties);
}

export interface Compiled {
  problems: Problem[];
  coverage: CoverageRow[];
  /** Null when there were problems: nothing is written then. */
  atlas: Atlas | null;
  /** The exact text of atlas.json, or null. */
  text: string | null;
  /** Every file the build writes (atlas.json first, then the layer files), or an empty list. */
  outputs: { file: string; text: string }[];
  /** Features still marked draft, as `file › id`. */
  drafts: string[];
}

export function compileAtlas(input: CorpusInput): Compiled {
  const { problems, corpus } = checkCorpus(input);
  if (problems.length > 0)
    return {
      problems,
      coverage: corpus.coverage,
      atlas: null,
      text: null,
      outputs: [],
      drafts: corpus.drafts,
    };
  const features = [...corpus.features]
    .map((feature) => ({ ...feature, properties: withCitationBasis(feature.properties) }))
    .sort(byLayerThenId);
  const metrics = computeMetrics(features);
  const parsed = checkAgainst(AtlasSchema, {
    version: 1,
    articles: [...corpus.articles].sort(byId),
    features,
    metrics,
    notMapped: [...corpus.notMapped].sort(byId),
  });
  if (!parsed.success) {
    const message = parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return {
      problems: [{ file: ATLAS_FILE, message: `compiled atlas does not match AtlasSchema: ${message}` }],
      coverage: corpus.coverage,
      atlas: null,
      text: null,
      outputs: [],
      drafts: corpus.drafts,
    };
  }
  const text = serialise(parsed.data);
  const sources = buildOverlaySources(parsed.data);
  const outputs = [
    { file: ATLAS_FILE, text },
    ...LAYER_IDS.map((layer) => ({
      file: layerFile(layer),
      text: `${JSON.stringify(canonical(sources[layer]))}\n`,
    })),
  ];
  return {
    problems: [],
    coverage: corpus.coverage,
    atlas: parsed.data,
    text,
    outputs,
    drafts: corpus.drafts,
  };
}

const isNumeric = (v: unknown): boolean =>
  typeof v === 'number' || (Array.isArray(v) && v.every((x) => isNumeric(x)));

function write(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    // Coordinates stay on one line: readable diffs without a line per number.
    if (value.length === 0 || isNumeric(value)) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The same value with object keys sorted (for compact deterministic JSON). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

/** Deterministic JSON: keys sorted, two-space indent, number arrays on one line, final newline. */
export function serialise(value: unknown): string {
  return `${write(value, '')}\n`;
}
