// The files loaded when something needs them: an article's text, the geometries and long texts of a few
// features. Each file
// is fetched once and shared by every caller; a failure is not kept, so Retry fetches it again. What the
// editor has in memory (a new article, a drawn draft) is handed in and never fetched.
import { joinProperties } from './atlasFiles';
import { errorText, failed, loadArticle, loadDetailsChunk, loadGeometryChunk, type LoadResult } from './load';
import type {
  Article,
  DetailsChunk,
  FeatureDetails,
  Geometry,
  GeometryChunk,
  IndexedFeature,
  OverlayFeature,
} from './schema';

type Loader<T> = (key: string) => Promise<LoadResult<T>>;

class OnDemand<T> {
  private readonly pending = new Map<string, Promise<LoadResult<T>>>();
  private readonly loaded = new Map<string, T>();

  constructor(private readonly load: Loader<T>) {}

  /** What has arrived already, so a panel shown again draws it in the same frame. */
  peek(key: string): T | undefined {
    return this.loaded.get(key);
  }

  get(key: string): Promise<LoadResult<T>> {
    const loaded = this.loaded.get(key);
    if (loaded !== undefined) return Promise.resolve({ ok: true, value: loaded });
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.load(key).then((result) => {
        this.pending.delete(key);
        if (result.ok) this.loaded.set(key, result.value);
        return result;
      });
      this.pending.set(key, pending);
    }
    return pending;
  }

  provide(key: string, value: T): void {
    this.loaded.set(key, value);
  }
}

let articles = new OnDemand<Article>((id) => loadArticle(id));
let chunks = new OnDemand<GeometryChunk>((chunk) => loadGeometryChunk(chunk));
let detailChunks = new OnDemand<DetailsChunk>((chunk) => loadDetailsChunk(chunk));
/** Geometries of features the editor made: keyed by the feature object, as a draft may reuse a published id. */
const drawn = new WeakMap<IndexedFeature, Geometry>();
/** Long texts of features the editor made, keyed as `drawn` is. */
const written = new WeakMap<IndexedFeature, FeatureDetails>();

export const peekArticleText = (id: string): Article | undefined => articles.peek(id);
export const loadArticleText = (id: string): Promise<LoadResult<Article>> => articles.get(id);
/** An article the editor holds (a new one, not yet published): its text is this, not a file. */
export const provideArticleText = (article: Article): void => articles.provide(article.id, article);
/** A feature whose geometry is in memory (an editor's draft), so nothing is fetched for it. */
export const attachGeometry = (feature: IndexedFeature, geometry: Geometry): void => {
  drawn.set(feature, geometry);
};

/** A feature whose long texts are in memory (an editor's draft), so nothing is fetched for them. */
export const attachDetails = (feature: IndexedFeature, details: FeatureDetails): void => {
  written.set(feature, details);
};

function detailsIn(chunk: DetailsChunk, id: string): FeatureDetails | undefined {
  for (const { id: entryId, ...details } of chunk.details) if (entryId === id) return details;
  return undefined;
}

/** A feature's long texts if they are here already, so details shown again draw them in the same frame. */
export function peekFeatureDetails(feature: IndexedFeature): FeatureDetails | undefined {
  const inMemory = written.get(feature);
  if (inMemory) return inMemory;
  const chunk = detailChunks.peek(feature.chunk);
  return chunk && detailsIn(chunk, feature.properties.id);
}

/** The long texts of `features` by id, loading only the chunks that hold them, or the first failure. */
export async function loadFeatureDetails(
  features: readonly IndexedFeature[],
): Promise<LoadResult<Map<string, FeatureDetails>>> {
  const found = new Map<string, FeatureDetails>();
  const fromFiles = features.filter((feature) => {
    const inMemory = written.get(feature);
    if (inMemory) found.set(feature.properties.id, inMemory);
    return !inMemory;
  });
  const results = await Promise.all(
    [...new Set(fromFiles.map((feature) => feature.chunk))].map((chunk) => detailChunks.get(chunk)),
  );
  const loaded = new Map<string, DetailsChunk>();
  for (const result of results) {
    if (!result.ok) return result;
    loaded.set(result.value.chunk, result.value);
  }
  for (const feature of fromFiles) {
    const chunk = loaded.get(feature.chunk);
    const details = chunk && detailsIn(chunk, feature.properties.id);
    if (!details)
      return failed({
        code: 'missingEntry',
        file: `details/${feature.chunk}.json`,
        what: 'details',
        id: feature.properties.id,
      });
    found.set(feature.properties.id, details);
  }
  return { ok: true, value: found };
}

/** `features` whole (geometry and long texts), as exports and the editor write them, or the first failure. */
export async function loadWholeFeatures(
  features: readonly IndexedFeature[],
): Promise<LoadResult<OverlayFeature[]>> {
  const [geometries, details] = await Promise.all([loadGeometries(features), loadFeatureDetails(features)]);
  if (!geometries.ok) return geometries;
  if (!details.ok) return details;
  try {
    return {
      ok: true,
      value: features.map(({ properties }): OverlayFeature => {
        const geometry = geometries.value.get(properties.id);
        const texts = details.value.get(properties.id);
        // Both loads answer for every feature asked, or fail above.
        if (!geometry || !texts) throw new Error(`${properties.id} did not load whole`);
        return { type: 'Feature', geometry, properties: joinProperties(properties, texts) };
      }),
    };
  } catch (error) {
    return failed({ code: 'failed', detail: errorText(error) });
  }
}

/** The texts of several articles, or the first failure. */
export async function loadArticleTexts(ids: Iterable<string>): Promise<LoadResult<Map<string, Article>>> {
  const unique = [...new Set(ids)];
  const results = await Promise.all(unique.map((id) => articles.get(id)));
  const texts = new Map<string, Article>();
  for (const result of results) {
    if (!result.ok) return result;
    texts.set(result.value.id, result.value);
  }
  return { ok: true, value: texts };
}

/** The geometries of `features` by id, loading only the chunks that hold them, or the first failure. */
export async function loadGeometries(
  features: readonly IndexedFeature[],
): Promise<LoadResult<Map<string, Geometry>>> {
  const geometries = new Map<string, Geometry>();
  const wanted = new Map<string, Set<string>>();
  for (const feature of features) {
    const geometry = drawn.get(feature);
    if (geometry) geometries.set(feature.properties.id, geometry);
    else {
      let ids = wanted.get(feature.chunk);
      if (!ids) wanted.set(feature.chunk, (ids = new Set()));
      ids.add(feature.properties.id);
    }
  }
  const results = await Promise.all([...wanted.keys()].map((chunk) => chunks.get(chunk)));
  for (const result of results) {
    if (!result.ok) return result;
    const ids = wanted.get(result.value.chunk);
    for (const { id, geometry } of result.value.geometries) if (ids?.has(id)) geometries.set(id, geometry);
  }
  const missing = features.find((feature) => !geometries.has(feature.properties.id));
  if (missing)
    return failed({
      code: 'missingEntry',
      file: `geometry/${missing.chunk}.json`,
      what: 'geometry',
      id: missing.properties.id,
    });
  return { ok: true, value: geometries };
}

/** A new index came: files of the old one may not match it (tests, and Retry after a new deploy). */
export function forgetLoadedFiles(
  load: { article?: Loader<Article>; chunk?: Loader<GeometryChunk>; details?: Loader<DetailsChunk> } = {},
): void {
  articles = new OnDemand(load.article ?? ((id) => loadArticle(id)));
  chunks = new OnDemand(load.chunk ?? ((chunk) => loadGeometryChunk(chunk)));
  detailChunks = new OnDemand(load.details ?? ((chunk) => loadDetailsChunk(chunk)));
}
