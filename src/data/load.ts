// Fetches the compiled atlas and checks it at run time; every failure becomes a message a person can act on.
import { DATA_FOLDER } from './dataLocation';
import type { Atlas } from './schema';

export const ATLAS_URL = `${DATA_FOLDER}/atlas.json`;

export type LoadResult<T> = { ok: true; value: T } | { ok: false; message: string };

export async function loadAtlas(
  url: string = ATLAS_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<Atlas>> {
  const name = url.split('/').pop() ?? url;
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
  const { checkAtlas, describeIssues } = await import('./validation');
  const parsed = checkAtlas(json);
  if (!parsed.success) {
    return {
      ok: false,
      message: `${name} does not have the expected shape: ${describeIssues(parsed.issues)}.`,
    };
  }
  return { ok: true, value: parsed.data };
}
