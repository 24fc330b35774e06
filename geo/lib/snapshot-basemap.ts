// Takes the basemap snapshot: `npx tsx geo/lib/snapshot-basemap.ts` reads public/basemap/countries.geojson
// and borders.geojson and writes geo/lib/basemap-snapshot.json (outlines and border lines the overlays
// use). Run by hand when the basemap changes, then `npm run geo:build`.
import * as v from 'valibot';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureCollection, multiLineString, rewind, simplify, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import * as prettier from 'prettier';
import type { Position } from '../../src/data/schema';
import { SNAPSHOT_FILE, SnapshotSchema, type Snapshot } from './snapshot';

const OUTLINES: Record<string, string[]> = {
  iran: ['IRN'],
  'south-caucasus': ['AZE', 'ARM', 'GEO'],
};
const BORDERS: Record<string, [string, string]> = {
  'iran-azerbaijan': ['IRN', 'AZE'],
  'iran-armenia': ['IRN', 'ARM'],
  'iran-turkmenistan': ['IRN', 'TKM'],
};
const SIMPLIFY_DEG = 0.01;

interface BasemapFeature {
  properties: Record<string, unknown>;
  geometry:
    | Polygon
    | MultiPolygon
    | { type: 'LineString'; coordinates: number[][] }
    | { type: 'MultiLineString'; coordinates: number[][][] };
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string): { text: string; features: BasemapFeature[] } => {
  const text = readFileSync(join(root, 'public/basemap', name), 'utf8');
  return { text, features: (JSON.parse(text) as { features: BasemapFeature[] }).features };
};
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const round4 = (p: number[]): Position => [
  Math.round((p[0] ?? 0) * 1e4) / 1e4,
  Math.round((p[1] ?? 0) * 1e4) / 1e4,
];

const countries = read('countries.geojson');
const borders = read('borders.geojson');

function outline(codes: string[]): Polygon | MultiPolygon {
  const parts = countries.features.filter((f) => codes.includes(String(f.properties['adm0_a3'])));
  if (parts.length !== codes.length) throw new Error(`countries.geojson lacks one of ${codes.join(', ')}`);
  const polys = parts.map(
    (f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }) as Feature<Polygon | MultiPolygon>,
  );
  const merged = polys.length === 1 ? polys[0] : union(featureCollection(polys));
  if (merged === null || merged === undefined) throw new Error(`union of ${codes.join(', ')} is empty`);
  const simple = rewind(simplify(merged, { tolerance: SIMPLIFY_DEG, highQuality: true })) as Feature<
    Polygon | MultiPolygon
  >;
  const g = simple.geometry;
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round4)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round4))) };
}

function border([a, b]: [string, string]): { type: 'MultiLineString'; coordinates: Position[][] } {
  const f = borders.features.find((x) => {
    const pair = [x.properties['adm0_a'], x.properties['adm0_b']];
    return x.properties['kind'] === 'international' && pair.includes(a) && pair.includes(b);
  });
  if (f === undefined) throw new Error(`borders.geojson has no international border ${a}–${b}`);
  const lines =
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry.coordinates as number[][][]);
  const simple = simplify(multiLineString(lines), { tolerance: SIMPLIFY_DEG, highQuality: true });
  return { type: 'MultiLineString', coordinates: simple.geometry.coordinates.map((l) => l.map(round4)) };
}

const snapshot: Snapshot = v.parse(SnapshotSchema, {
  source:
    'Natural Earth admin-0 (public domain) as built into public/basemap (clip box 34..62°E, 22..50°N), simplified with turf.simplify',
  files: { 'countries.geojson': sha(countries.text), 'borders.geojson': sha(borders.text) },
  simplify_deg: SIMPLIFY_DEG,
  outlines: Object.fromEntries(
    Object.entries(OUTLINES).map(([id, codes]) => [id, { countries: codes, geometry: outline(codes) }]),
  ),
  borders: Object.fromEntries(
    Object.entries(BORDERS).map(([id, pair]) => [id, { between: pair, geometry: border(pair) }]),
  ),
});

const out = join(root, SNAPSHOT_FILE);
const options = (await prettier.resolveConfig(out)) ?? {};
writeFileSync(out, await prettier.format(JSON.stringify(snapshot), { ...options, filepath: out }));
console.log(`wrote ${SNAPSHOT_FILE}`);
