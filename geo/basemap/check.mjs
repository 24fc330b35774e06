// Checks the built basemap: the manifest matches the files, every file is a
// valid RFC 7946 FeatureCollection inside the clip box with the properties the
// map style relies on, key features are present, and the total stays small.
// Needs no installed packages.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CLIP_BOX } from './config.mjs';
import { linesOf, polygonsOf, signedArea } from './lib/geojson.mjs';
import { contains, distanceToLineKm, pointInPolygon } from './lib/measure.mjs';

const OUT_DIR = new URL('../../public/basemap/', import.meta.url);
const MAX_TOTAL_GZIP_BYTES = 1024 * 1024;

const PROPERTIES = {
  'countries.geojson': ['adm0_a3', 'iso_a3', 'name_en', 'name_ru'],
  'country-labels.geojson': ['adm0_a3', 'iso_a3', 'name_en', 'name_ru'],
  'borders.geojson': ['kind', 'adm0_a', 'adm0_b', 'disputed_id'],
  'disputed.geojson': ['id', 'name_en', 'name_ru', 'note_en', 'note_ru', 'precision'],
  'provinces.geojson': ['adm0_a3'],
  'province-labels.geojson': ['adm1_code', 'adm0_a3', 'name_en', 'name_ru'],
  'admin-lookup.geojson': [
    'adm1_code',
    'name_en',
    'name_ru',
    'adm0_a3',
    'iso_a3',
    'country_name_en',
    'country_name_ru',
    'disputed_id',
  ],
  'lakes.geojson': ['area_km2'],
  'rivers.geojson': ['rank', 'level'],
  'labels.geojson': ['id', 'kind', 'name_en', 'name_ru', 'precision_km'],
};

const problems = [];
const expect = (condition, message) => condition || problems.push(message);

function positionsOf(geometry) {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return null;
  }
}

function checkGeometry(file, index, geometry) {
  const where = `${file} feature ${index}`;
  const positions = positionsOf(geometry ?? {});
  if (!positions) return problems.push(`${where}: unexpected geometry ${geometry?.type}`);
  for (const position of positions) {
    const valid = position.length === 2 && position.every(Number.isFinite);
    if (!valid || !contains(CLIP_BOX, position)) {
      return problems.push(`${where}: position ${JSON.stringify(position)} invalid or outside the clip box`);
    }
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    for (const [exterior, ...holes] of polygonsOf(geometry)) {
      for (const ring of [exterior, ...holes]) {
        const [first, last] = [ring[0], ring[ring.length - 1]];
        expect(ring.length >= 4 && first[0] === last[0] && first[1] === last[1], `${where}: ring not closed`);
      }
      expect(signedArea(exterior) > 0, `${where}: exterior ring is not counter-clockwise`);
      expect(
        holes.every((hole) => signedArea(hole) < 0),
        `${where}: hole is not clockwise`,
      );
    }
  }
}

function checkFile(entry) {
  const text = readFileSync(new URL(entry.file, OUT_DIR), 'utf8');
  expect(
    createHash('sha256').update(text).digest('hex') === entry.sha256,
    `${entry.file}: sha256 differs from manifest`,
  );
  expect(Buffer.byteLength(text) === entry.bytes, `${entry.file}: size differs from manifest`);
  const collection = JSON.parse(text);
  expect(collection.type === 'FeatureCollection', `${entry.file}: not a FeatureCollection`);
  expect(collection.features.length === entry.features, `${entry.file}: feature count differs from manifest`);
  expect(collection.features.length > 0, `${entry.file}: no features`);
  const keys = JSON.stringify(PROPERTIES[entry.file]);
  collection.features.forEach((f, i) => {
    expect(f.type === 'Feature', `${entry.file} feature ${i}: not a Feature`);
    expect(
      JSON.stringify(Object.keys(f.properties)) === keys,
      `${entry.file} feature ${i}: properties are not ${keys}`,
    );
    checkGeometry(entry.file, i, f.geometry);
  });
  return { collection, gzipBytes: gzipSync(text, { level: 9 }).length };
}

function checkContent(layers) {
  const labels = new Map(
    layers['labels.geojson'].features.map((f) => [f.properties.id, f.geometry.coordinates]),
  );
  const lakes = layers['lakes.geojson'].features.flatMap((f) => polygonsOf(f.geometry));
  for (const id of ['lbl-urmia', 'lbl-sevan', 'lbl-van']) {
    expect(
      lakes.some((lake) => pointInPolygon(labels.get(id), lake)),
      `lakes.geojson: no lake under the ${id} label`,
    );
  }
  // The Volga is a GSHHG river-lake (a lake polygon) where its label sits.
  const majorRivers = layers['rivers.geojson'].features.filter((f) => f.properties.rank === 1);
  const waterLines = [...majorRivers.flatMap((f) => linesOf(f.geometry)), ...lakes.map(([shore]) => shore)];
  for (const id of ['lbl-volga', 'lbl-kura', 'lbl-araks', 'lbl-terek', 'lbl-ural']) {
    expect(
      waterLines.some((line) => distanceToLineKm(labels.get(id), line) < 2),
      `rivers.geojson: no rank-1 river or river-lake under the ${id} label`,
    );
  }
  const disputedIds = layers['disputed.geojson'].features.map((f) => f.properties.id);
  for (const id of ['crimea', 'abkhazia', 'south-ossetia']) {
    expect(disputedIds.includes(id), `disputed.geojson: ${id} missing`);
  }
  const disputedBorders = layers['borders.geojson'].features.filter((f) => f.properties.kind === 'disputed');
  expect(disputedBorders.length > 0, 'borders.geojson: no disputed segments');
}

const manifest = JSON.parse(readFileSync(new URL('manifest.json', OUT_DIR), 'utf8'));
expect(
  JSON.stringify(manifest.files.map((f) => f.file).sort()) === JSON.stringify(Object.keys(PROPERTIES).sort()),
  'manifest.json: file list differs from the expected layers',
);
const layers = {};
let totalGzip = 0;
for (const entry of manifest.files) {
  const { collection, gzipBytes } = checkFile(entry);
  layers[entry.file] = collection;
  totalGzip += gzipBytes;
}
checkContent(layers);
expect(totalGzip < MAX_TOTAL_GZIP_BYTES, `total gzip size ${totalGzip} B exceeds ${MAX_TOTAL_GZIP_BYTES} B`);

if (problems.length > 0) {
  console.error(problems.slice(0, 50).join('\n'));
  console.error(`basemap check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `basemap check: ${manifest.files.length} files valid, ${(totalGzip / 1024).toFixed(1)} KB gzip in total`,
);
