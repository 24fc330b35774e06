// Fetches the compiled data and checks it at run time; every failure becomes a message a person can act on.
// The index loads first (data/index.json); an article's text, the geometries and the features' long texts
// load when they are needed.
import { articleFile, detailsFile, geometryFile, INDEX_FILE } from './atlasFiles';
import { DATA_FOLDER } from './dataLocation';
import type { Article, Atlas, DetailsChunk, GeometryChunk } from './schema';
import type * as ValidationModule from './validation';
import type { Checked } from './validation';

export const ATLAS_URL = `${DATA_FOLDER}/${INDEX_FILE}`;
export const articleUrl = (id: string): string => `${DATA_FOLDER}/${articleFile(id)}`;
export const geometryUrl = (chunk: string): string => `${DATA_FOLDER}/${geometryFile(chunk)}`;
export const detailsUrl = (chunk: string): string => `${DATA_FOLDER}/${detailsFile(chunk)}`;

export type LoadResult<T> = { ok: true; value: T } | { ok: false; message: string };

type Validation = typeof ValidationModule;

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
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Could not download ${name}: ${reason}.` };
  }
  if (!response.ok) {
    return { ok: false, message: `Could not download ${name}: the server answered ${response.status}.` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Could not download ${name}: ${reason}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${name} is not valid JSON (truncated or damaged).` };
  }
  // The validator loads beside the data, not before the first paint.
  const validation = await import('./validation');
  const parsed = check(validation, json);
  if (!parsed.success) {
    return {
      ok: false,
      message: `${name} does not have the expected shape: ${validation.describeIssues(parsed.issues)}.`,
    };
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

/** One article with its text; a file that holds another article is refused. */
export async function loadArticle(
  id: string,
  url: string = articleUrl(id),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<Article>> {
  const result = await loadChecked(url, (validation, json) => validation.checkArticle(json), fetchImpl);
  if (result.ok && result.value.id !== id)
    return { ok: false, message: `${fileName(url)} holds article ${result.value.id}, not ${id}.` };
  return result;
}

/** One chunk of geometries; a file that holds another chunk is refused. */
export async function loadGeometryChunk(
  chunk: string,
  url: string = geometryUrl(chunk),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<GeometryChunk>> {
  const result = await loadChecked(url, (validation, json) => validation.checkGeometryChunk(json), fetchImpl);
  if (result.ok && result.value.chunk !== chunk)
    return { ok: false, message: `${fileName(url)} holds chunk ${result.value.chunk}, not ${chunk}.` };
  return result;
}

/** The long texts of one chunk's features; a file that holds another chunk is refused. */
export async function loadDetailsChunk(
  chunk: string,
  url: string = detailsUrl(chunk),
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<DetailsChunk>> {
  const result = await loadChecked(url, (validation, json) => validation.checkDetailsChunk(json), fetchImpl);
  if (result.ok && result.value.chunk !== chunk)
    return { ok: false, message: `${fileName(url)} holds chunk ${result.value.chunk}, not ${chunk}.` };
  return result;
}
