// Checks the basemap files listed in public/basemap/manifest.json: present, parseable, sha256 as listed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Problem } from '../validate';

export const BASEMAP_DIR = 'public/basemap';
export const MANIFEST_FILE = `${BASEMAP_DIR}/manifest.json`;

export interface ManifestEntry {
  path: string;
  sha256: string | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function entryFrom(value: unknown, key?: string): ManifestEntry | null {
  if (typeof value === 'string' && key !== undefined) return { path: key, sha256: value };
  if (!isRecord(value)) return null;
  const path = [value['path'], value['file'], value['name'], key].find(
    (v): v is string => typeof v === 'string',
  );
  if (path === undefined) return null;
  const sha = value['sha256'];
  return { path, sha256: typeof sha === 'string' ? sha : undefined };
}

/**
 * The entries of a manifest. Understands `{files: [{path|file|name, sha256}]}`,
 * `{files: {name: sha256 | {sha256}}}` and a top-level array of entries.
 */
export function manifestEntries(data: unknown): ManifestEntry[] | string {
  const list = isRecord(data) ? (data['files'] ?? data['layers']) : data;
  const entries: (ManifestEntry | null)[] = Array.isArray(list)
    ? list.map((v: unknown) => entryFrom(v))
    : isRecord(list)
      ? Object.entries(list).map(([k, v]) => entryFrom(v, k))
      : [null];
  if (entries.length === 0) return 'lists no files';
  if (entries.some((e) => e === null)) {
    return 'is not understood: expected {"files": [{"path", "sha256"}]} or {"files": {"<name>": "<sha256>"}}';
  }
  return entries.filter((e): e is ManifestEntry => e !== null);
}

const GEOJSON_TYPES = new Set([
  'FeatureCollection',
  'Feature',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

function geojsonProblem(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (!isRecord(data) || typeof data['type'] !== 'string' || !GEOJSON_TYPES.has(data['type'])) {
    return 'is not GeoJSON: no GeoJSON "type" at the top level';
  }
  if (data['type'] === 'FeatureCollection' && !Array.isArray(data['features'])) {
    return 'is not valid GeoJSON: a FeatureCollection needs a features array';
  }
  return null;
}

/** Problems with the basemap files under `root`/public/basemap; a missing manifest is one clear problem. */
export function checkBasemap(root: string): Problem[] {
  const dir = join(root, BASEMAP_DIR);
  const manifestPath = join(root, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    return [
      { file: MANIFEST_FILE, message: 'is missing: the basemap has not been built into public/basemap/ yet' },
    ];
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    return [
      { file: MANIFEST_FILE, message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` },
    ];
  }
  const entries = manifestEntries(data);
  if (typeof entries === 'string') return [{ file: MANIFEST_FILE, message: entries }];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const file = `${BASEMAP_DIR}/${entry.path}`;
    const path = normalize(join(dir, entry.path));
    if (!path.startsWith(dir + sep)) {
      problems.push({ file: MANIFEST_FILE, message: `entry '${entry.path}' points outside ${BASEMAP_DIR}` });
      continue;
    }
    if (!existsSync(path)) {
      problems.push({ file, message: 'is listed in the manifest but missing' });
      continue;
    }
    const bytes = readFileSync(path);
    if (/\.(geo)?json$/i.test(entry.path)) {
      const problem = geojsonProblem(bytes.toString('utf8'));
      if (problem !== null && (entry.path.endsWith('.geojson') || problem.startsWith('is not valid JSON'))) {
        problems.push({ file, message: problem });
      }
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (entry.sha256 === undefined) {
      problems.push({ file, message: 'the manifest gives no sha256 for it' });
    } else if (entry.sha256.toLowerCase().replace(/^sha256[:-]/, '') !== actual) {
      problems.push({
        file,
        message: `sha256 differs from the manifest (manifest ${entry.sha256}, file ${actual})`,
      });
    }
  }
  return problems;
}
