// Fetches the compiled data and checks it at run time; every failure becomes a message a person can act on.
// The index loads first (data/index.json); an article's text, the geometries and the features' long texts
// load when they are needed.
import { articleFile, detailsFile, geometryFile, INDEX_FILE } from './atlasFiles';
import { DATA_FOLDER } from './dataLocation';
import type { LoadProblem } from './loadProblem';
import type { Article, Atlas, DetailsChunk, GeometryChunk } from './schema';
import type * as ValidationModule from './validation';
import type { Checked } from './validation';

export const ATLAS_URL = `${DATA_FOLDER}/${INDEX_FILE}`;
export const articleUrl = (id: string): string => `${DATA_FOLDER}/${articleFile(id)}`;
export const geometryUrl = (chunk: string): string => `${DATA_FOLDER}/${geometryFile(chunk)}`;
export const detailsUrl = (chunk: string): string => `${DATA_FOLDER}/${detailsFile(chunk)}`;

export type LoadResult<T> = { ok: true; value: T } | { ok: false; problem: LoadProblem };

/** A failure, for the loaders' one-line returns. */
export const failed = (problem: LoadProblem): { ok: false; problem: LoadProblem } => ({ ok: false, problem });

type Validation = typeof ValidationModule;

/** What went wrong, in the words it came with. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The file's name as a person finds it in the data folder: `index.json`, `articles/<id>.json`. */
function fileName(url: string): string {
  const parts = url.split('/');
  const name = parts.pop() ?? url;
  const folder = parts.pop();
  return folder === 'articles' || folder === 'geometry' || folder === 'details' ? `${folder}/${name}` : name;
}

async function loadChecked<T>(
  url: string,
  check: (validation: Validation, json: unknown) => Checked<T>,
  fetchImpl: typeof fetch,
): Promise<LoadResult<T>> {
  const name = fileName(url);
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    return failed({ code: 'unreachable', file: name, detail: errorText(error) });
  }
  if (!response.ok) return failed({ code: 'status', file: name, status: response.status });
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failed({ code: 'unreachable', file: name, detail: errorText(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failed({ code: 'notJson', file: name });
  }
  // The validator loads beside the data, not before the first paint. If its code cannot come (the
  // connection went), the data cannot be used either: said as such, and Retry tries both again.
  let validation: Validation;
  try {
    validation = await import('./validation');
  } catch (error) {
    return failed({ code: 'unreachable', file: name, detail: errorText(error) });
  }
  const parsed = check(validation, json);
  if (!parsed.success) {
    return failed({ code: 'shape', file: name, detail: validation.describeIssues(parsed.issues) });
  }
  return { ok: true, value: parsed.data };
}

/** The index: every panel's data but the article texts and the geometries. */
export function loadAtlas(
  url: string = ATLAS_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<Atlas>> {
  return loadChecked(url, (validation, json) => validation.checkAtlas(json), fetchImpl);
}

/** A file that names what it holds (an article, a chunk): one holding something else is refused. */
async function loadNamed<T>(
  url: string,
  check: (validation: Validation, json: unknown) => Checked<T>,
  fetchImpl: typeof fetch,
  holds: { what: 'article' | 'chunk'; expected: string; nameOf: (value: T) => string },
): Promise<LoadResult<T>> {
  const result = await loadChecked(url, check, fetchImpl);
  if (!result.ok || holds.nameOf(result.value) === holds.expected) return result;
  const held = holds.nameOf(result.value);
  return failed({
    code: 'holdsOther',
    file: fileName(url),
    what: holds.what,
    held,
    expected: holds.expected,
  });
}

/** One article with its text. */
export function loadArticle(
  id: string,
  url: string = articleUrl(id),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<Article>> {
  return loadNamed(url, (validation, json) => validation.checkArticle(json), fetchImpl, {
    what: 'article',
    expected: id,
    nameOf: (article) => article.id,
  });
}

/** One chunk of geometries. */
export function loadGeometryChunk(
  chunk: string,
  url: string = geometryUrl(chunk),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<GeometryChunk>> {
  return loadNamed(url, (validation, json) => validation.checkGeometryChunk(json), fetchImpl, {
    what: 'chunk',
    expected: chunk,
    nameOf: (file) => file.chunk,
  });
}

/** The long texts of one chunk's features. */
export function loadDetailsChunk(
  chunk: string,
  url: string = detailsUrl(chunk),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<DetailsChunk>> {
  return loadNamed(url, (validation, json) => validation.checkDetailsChunk(json), fetchImpl, {
    what: 'chunk',
    expected: chunk,
    nameOf: (file) => file.chunk,
  });
}
