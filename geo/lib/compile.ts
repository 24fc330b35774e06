// Compiles the checked corpus into public/data/: validate -> analyse -> the index the app loads first, one
// file per article's text and the geometries in chunks (src/data/atlasFiles.ts). The map draws the same
// features from the tiles cut from this atlas (geo/tiles/). Deterministic texts: the same input gives the
// same bytes.
import { dataFiles, INDEX_FILE, splitAtlas } from '../../src/data/atlasFiles';
import {
  AtlasSchema,
  CompiledAtlasSchema,
  LAYER_IDS,
  type CompiledAtlas,
  type OverlayFeature,
} from '../../src/data/schema';
import { checkAgainst } from '../../src/data/validation';
import { computeMetrics } from '../analyse';
import { checkCorpus, type CorpusInput, type Problem } from '../validate';
import type { CoverageRow } from './coverage';
import { withCitationBasis } from '../../src/data/citationBasis';

export const DATA_DIR = 'public/data';
export const ATLAS_FILE = `${DATA_DIR}/${INDEX_FILE}`;
/** Folders the build owns whole: emptied before each write, so a removed article leaves no file behind. */
export const ON_DEMAND_DIRS = [`${DATA_DIR}/articles`, `${DATA_DIR}/geometry`, `${DATA_DIR}/details`];

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function byLayerThenId(a: OverlayFeature, b: OverlayFeature): number {
  const layer = LAYER_IDS.indexOf(a.properties.layer) - LAYER_IDS.indexOf(b.properties.layer);
  return layer !== 0 ? layer : byId(a.properties, b.properties);
}

export interface Compiled {
  problems: Problem[];
  coverage: CoverageRow[];
  /** Null when there were problems: nothing is written then. */
  atlas: CompiledAtlas | null;
  /** The exact text of the index, or null. */
  text: string | null;
  /** Every file the build writes (the index first, then the articles and the geometry chunks), or none. */
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
  const parsed = checkAgainst(CompiledAtlasSchema, {
    version: 1,
    articles: [...corpus.articles].sort(byId),
    features,
    metrics,
    notMapped: [...corpus.notMapped].sort(byId),
  });
  if (!parsed.success) {
    const message = parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return {
      problems: [
        { file: ATLAS_FILE, message: `compiled atlas does not match CompiledAtlasSchema: ${message}` },
      ],
      coverage: corpus.coverage,
      atlas: null,
      text: null,
      outputs: [],
      drafts: corpus.drafts,
    };
  }
  const files = splitAtlas(parsed.data);
  const index = checkAgainst(AtlasSchema, files.index);
  if (!index.success) {
    const message = index.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return {
      problems: [{ file: ATLAS_FILE, message: `the index does not match AtlasSchema: ${message}` }],
      coverage: corpus.coverage,
      atlas: null,
      text: null,
      outputs: [],
      drafts: corpus.drafts,
    };
  }
  const outputs = dataFiles(files, serialise).map(({ path, text }) => ({
    file: `${DATA_DIR}/${path}`,
    text,
  }));
  const text = outputs[0]?.text ?? null;
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

/** Deterministic JSON: keys sorted, two-space indent, number arrays on one line, final newline. */
export function serialise(value: unknown): string {
  return `${write(value, '')}\n`;
}
