// Choices that shape the basemap: extent, generalisation, names and the
// treatment of disputed territories. Everything here is documented in README.md.

export const CLIP_BOX = { west: 34, south: 22, east: 62, north: 50 };

export const QUANTIZATION = 1e5;
export const DECIMALS = 4;
// Visvalingam triangle areas in square degrees: 1e-5 is visually lossless to
// about zoom 8; the lookup polygons only have to answer "which province".
export const MIN_WEIGHT_DEG2 = 1e-5;
export const LOOKUP_MIN_WEIGHT_DEG2 = 1e-3;
export const LOOKUP_DECIMALS = 3;

// Lakes smaller than this are ponds at the scales the map is read at.
export const MIN_LAKE_AREA_KM2 = 10;
// Level-4 ("minor") GSHHG rivers shorter than this only add clutter and bytes.
export const MIN_MINOR_RIVER_KM = 60;

// Short common names where i18n-iso-countries has a long official one, and
// names for Natural Earth codes that are not ISO 3166 codes.
export const COUNTRY_NAME_OVERRIDES = {
  CYN: { iso_a3: null, name_en: 'Northern Cyprus', name_ru: 'Северный Кипр' },
  PSX: { iso_a3: 'PSE', name_en: 'Palestine', name_ru: 'Палестина' },
  SYR: { name_en: 'Syria' },
  TKM: { name_ru: 'Туркменистан' },
};

// Natural Earth 10m admin-1 v5.1 labels AZE-1735 "Lankaran" although its own
// GeoNames fields (gn_name, gns_name) say "Lacin Rayonu"; the real Lankaran
// district is AZE-1707 on the Caspian coast.
export const PROVINCE_NAME_FIXES = {
  'AZE-1735': { name_en: 'Lachin', name_ru: 'Лачинский район' },
};

const DISPUTED_NOTE = {
  note_en: 'Disputed territory; shown without endorsement of any claim.',
  note_ru: 'Спорная территория; показана без признания чьих-либо притязаний.',
};

/**
 * Territories drawn with a disputed outline. `contestedWith` is the state on
 * the other side of the contested line: the line between the territory and
 * the rest of that state is a "disputed" border. Its other edges stay what
 * Natural Earth makes them (e.g. Abkhazia–Russia is an international border).
 */
export const DISPUTED_TERRITORIES = [
  {
    id: 'crimea',
    name_en: 'Crimea (incl. Sevastopol)',
    name_ru: 'Крым (включая Севастополь)',
    members: { iso_3166_2: ['UA-43', 'UA-40'] },
    contestedWith: 'UKR',
  },
  {
    id: 'abkhazia',
    name_en: 'Abkhazia',
    name_ru: 'Абхазия',
    members: { iso_3166_2: ['GE-AB'] },
    contestedWith: 'GEO',
  },
  {
    id: 'northern-cyprus',
    name_en: 'Northern Cyprus',
    name_ru: 'Северный Кипр',
    members: { adm0_a3: ['CYN'] },
    contestedWith: 'CYP',
  },
].map((territory) => ({ ...territory, ...DISPUTED_NOTE }));

// No offline source has a South Ossetia polygon (Natural Earth admin-1 keeps
// it inside Georgia's Shida Kartli and neighbours), so it gets a point near
// Tskhinvali, its main town, rather than an outline drawn from memory.
export const DISPUTED_POINTS = [
  {
    id: 'south-ossetia',
    name_en: 'South Ossetia',
    name_ru: 'Южная Осетия',
    note_en: `${DISPUTED_NOTE.note_en} Approximate position; no boundary is available offline.`,
    note_ru: `${DISPUTED_NOTE.note_ru} Положение приблизительное; граница в офлайн-данных отсутствует.`,
    position: [43.97, 42.23],
  },
];

// Hand-placed so that Iran and Turkey are labelled towards the Caucasus and
// the Caspian, where the map is read, not in the middle of their land. Other
// labels sit at the pole of inaccessibility of the largest in-box polygon.
export const COUNTRY_LABEL_POSITIONS = { IRN: [53.5, 34.5], TUR: [39.0, 39.3] };
// A country mostly outside the clip box gets a label only if its largest
// in-box polygon keeps the label this far (degrees) from every edge, so that
// no label sits cut off at the map edge (e.g. the slivers of Cyprus).
export const MIN_EDGE_LABEL_CLEARANCE_DEG = 0.5;

// Russian names wanted on the map; places.json labels say only "label".
export const WATER_LABELS = {
  'lbl-caspian': { kind: 'sea', name_ru: 'Каспийское море' },
  'lbl-black-sea': { kind: 'sea', name_ru: 'Чёрное море' },
  'lbl-azov': { kind: 'sea', name_ru: 'Азовское море' },
  'lbl-persian-gulf': { kind: 'sea', name_ru: 'Персидский залив' },
  'lbl-urmia': { kind: 'lake', name_ru: 'оз. Урмия' },
  'lbl-sevan': { kind: 'lake', name_ru: 'оз. Севан' },
  'lbl-van': { kind: 'lake', name_ru: 'оз. Ван' },
  'lbl-volga': { kind: 'river', name_ru: 'Волга' },
  'lbl-kura': { kind: 'river', name_ru: 'Кура' },
  'lbl-araks': { kind: 'river', name_ru: 'Аракс' },
  'lbl-terek': { kind: 'river', name_ru: 'Терек' },
  'lbl-ural': { kind: 'river', name_ru: 'Урал' },
};

export const CITY_KINDS = ['city', 'port'];

// GSHHG ranks the Kura as level 3 and the Terek as level 4, below the rivers a
// reader of this map looks for first. Lines passing within
// MAJOR_RIVER_MATCH_KM of these places are promoted to rank 1 (the Volga,
// Araks and Ural are GSHHG levels 1–2 and rank 1 anyway).
export const MAJOR_RIVER_PLACES = ['lbl-kura', 'city-tbilisi', 'lbl-terek'];
export const MAJOR_RIVER_MATCH_KM = 2;
