// The compiled atlas as the files the app loads: an index with no geometry, long text or article text, one file
// per article's text, and the geometries and the features' long texts in chunks of nearby features of one layer. Pure, shared by the geo build
// (which writes the files), the tests (which read them back) and the benchmark's generator.
import { boundsOfPositions } from './atlasIndex';
import { LAYER_IDS } from './layerIds';
import { positionsOf } from './positions';
import { DETAIL_KEYS } from './detailKeys';
import type {
  Article,
  ArticleSummary,
  Atlas,
  CompiledAtlas,
  DetailsChunk,
  FeatureDetails,
  FeatureProperties,
  GeometryChunk,
  IndexedFeature,
  IndexedProperties,
  OverlayFeature,
  PassageOutline,
} from './schema';

export const INDEX_FILE = 'index.json';
export const articleFile = (id: string): string => `articles/${id}.json`;
export const geometryFile = (chunk: string): string => `geometry/${chunk}.json`;
export const detailsFile = (chunk: string): string => `details/${chunk}.json`;

/**
 * Features per geometry chunk: What's here loads the chunks of the zones whose boxes hold the point, and an
 * export the chunks of what it writes, so chunks are small and hold neighbours (Z-order of their centres).
 */
export const CHUNK_SIZE = 256;

export type AtlasFiles = {
  index: Atlas;
  articles: Article[];
  chunks: GeometryChunk[];
  details: DetailsChunk[];
};

/** A feature's properties parted into what the index keeps and its long texts. */
export function partProperties(properties: FeatureProperties): {
  indexed: IndexedProperties;
  details: FeatureDetails;
} {
  const indexed: Record<string, unknown> = { ...properties };
  const details: Record<string, unknown> = {};
  for (const key of DETAIL_KEYS) {
    if (properties[key] !== undefined) details[key] = properties[key];
    delete indexed[key];
  }
  // Only keys were moved: the types are the parts' own.
  return { indexed: indexed as IndexedProperties, details: details as FeatureDetails };
}

/** The whole properties again; a file whose texts break the risk-zone rule (a rationale) is refused. */
export function joinProperties(indexed: IndexedProperties, details: FeatureDetails): FeatureProperties {
  const properties = { ...indexed, ...details };
  if (properties.layer === 'risk') {
    const { rationale } = properties;
    if (rationale === undefined) throw new Error(`risk zone ${properties.id} has no rationale`);
    return { ...properties, rationale };
  }
  const { rationale, ...rest } = properties;
  if (rationale !== undefined) throw new Error(`${properties.id} is not a risk zone but has a rationale`);
  return rest;
}

export function outlineOf(article: Article): ArticleSummary {
  const { passages, ...metadata } = article;
  return {
    ...metadata,
    passages: passages.map((passage): PassageOutline =>
      passage.kind === 'heading'
        ? { id: passage.id, kind: 'heading', text: passage.text }
        : { id: passage.id, kind: 'paragraph' },
    ),
  };
}

const GRID = 1 << 16;

/** Distance along a Hilbert curve over a GRID x GRID square: close keys are close on the map, with no jumps. */
function hilbert(x: number, y: number): number {
  let key = 0;
  for (let half = GRID / 2; half >= 1; half /= 2) {
    const right = x >= half ? 1 : 0;
    const top = y >= half ? 1 : 0;
    key += half * half * ((3 * right) ^ top);
    if (right) x -= half;
    if (top) y -= half;
    // Each quadrant's curve is turned so the pieces join end to end.
    if (!top) {
      if (right) [x, y] = [half - 1 - x, half - 1 - y];
      [x, y] = [y, x];
    }
  }
  return key;
}

function centreKey([west, south, east, north]: readonly number[]): number {
  const scale = (value: number, min: number, span: number) =>
    Math.max(0, Math.min(GRID - 1, Math.floor(((value - min) / span) * GRID)));
  return hilbert(
    scale(((west ?? 0) + (east ?? 0)) / 2, -180, 360),
    scale(((south ?? 0) + (north ?? 0)) / 2, -90, 180),
  );
}

export function boundsOfFeature(feature: Pick<OverlayFeature, 'geometry'>): [number, number, number, number] {
  const bounds = boundsOfPositions(positionsOf(feature.geometry));
  if (!bounds) throw new Error('a feature without positions has no bounding box');
  return bounds;
}

/** The index of one feature, its geometry and long texts left to `chunk`. */
export function indexedFeature(feature: OverlayFeature, chunk: string): IndexedFeature {
  return {
    type: 'Feature',
    bbox: boundsOfFeature(feature),
    geometryType: feature.geometry.type,
    chunk,
    properties: partProperties(feature.properties).indexed,
  };
}

/** Splits the compiled atlas into the files the app loads; features keep their order in the index. */
export function splitAtlas(atlas: CompiledAtlas): AtlasFiles {
  const chunkOf = new Map<string, string>();
  const chunks: GeometryChunk[] = [];
  const details: DetailsChunk[] = [];
  for (const layer of LAYER_IDS) {
    const inLayer = atlas.features
      .filter((feature) => feature.properties.layer === layer)
      .map((feature) => ({ feature, key: centreKey(boundsOfFeature(feature)) }))
      .sort((a, b) => a.key - b.key || (a.feature.properties.id < b.feature.properties.id ? -1 : 1));
    for (let start = 0; start < inLayer.length; start += CHUNK_SIZE) {
      const chunk = `${layer}-${start / CHUNK_SIZE}`;
      const members = inLayer.slice(start, start + CHUNK_SIZE);
      for (const { feature } of members) chunkOf.set(feature.properties.id, chunk);
      chunks.push({
        chunk,
        geometries: members.map(({ feature }) => ({ id: feature.properties.id, geometry: feature.geometry })),
      });
      details.push({
        chunk,
        details: members.map(({ feature }) => ({
          id: feature.properties.id,
          ...partProperties(feature.properties).details,
        })),
      });
    }
  }
  const index: Atlas = {
    version: 2,
    articles: atlas.articles.map(outlineOf),
    features: atlas.features.map((feature) =>
      indexedFeature(feature, chunkOf.get(feature.properties.id) ?? `${feature.properties.layer}-0`),
    ),
    metrics: atlas.metrics,
    notMapped: atlas.notMapped,
  };
  return { index, articles: atlas.articles, chunks, details };
}

/** The files of a data folder with their texts, paths relative to the folder (the index first). */
export function dataFiles(
  files: AtlasFiles,
  serialise: (value: unknown) => string,
): Array<{ path: string; text: string }> {
  return [
    { path: INDEX_FILE, text: serialise(files.index) },
    ...files.articles.map((article) => ({ path: articleFile(article.id), text: serialise(article) })),
    ...files.chunks.map((chunk) => ({ path: geometryFile(chunk.chunk), text: serialise(chunk) })),
    ...files.details.map((chunk) => ({ path: detailsFile(chunk.chunk), text: serialise(chunk) })),
  ];
}

/** The compiled atlas again from its files: what the tests compare, and read the shipped data with. */
export function assembleAtlas(files: AtlasFiles): CompiledAtlas {
  const texts = new Map(files.articles.map((article) => [article.id, article]));
  const geometries = new Map(
    files.chunks.flatMap(({ geometries }) => geometries.map(({ id, geometry }) => [id, geometry] as const)),
  );
  const longTexts = new Map(
    files.details.flatMap((chunk) => chunk.details.map(({ id, ...details }) => [id, details] as const)),
  );
  return {
    version: 1,
    articles: files.index.articles.map((summary) => {
      const article = texts.get(summary.id);
      if (!article) throw new Error(`no text for article ${summary.id}`);
      return article;
    }),
    features: files.index.features.map(({ properties }) => {
      const geometry = geometries.get(properties.id);
      if (!geometry) throw new Error(`no geometry for feature ${properties.id}`);
      const details = longTexts.get(properties.id);
      if (!details) throw new Error(`no details for feature ${properties.id}`);
      return { type: 'Feature', geometry, properties: joinProperties(properties, details) };
    }),
    metrics: files.index.metrics,
    notMapped: files.index.notMapped,
  };
}
