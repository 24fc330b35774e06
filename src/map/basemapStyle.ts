// Pure builder of the offline basemap style: data files, fonts and layers that ship with the app.
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import generatedArticleCountries from './articleCountries.json';
import { perFeature, perFeatureByZoom, sharedLinePaint } from './sharedPrograms';
import { BASEMAP_COLOURS as C } from './theme';
import type { Language } from '../i18n/language';

/** ISO codes of the countries the articles are about, most cited first (written by `npm run geo:build`). */
export const ARTICLE_COUNTRIES: readonly string[] = generatedArticleCountries.countries;
import { archiveSourceUrl, BASEMAP_ARCHIVE, BASEMAP_SOURCE } from './tileSources';

export { BASEMAP_FILES } from './tileSources';

export const REGULAR_FONT = 'Noto Sans Regular';
export const BOLD_FONT = 'Noto Sans Bold';
export const HATCH_IMAGE_ID = 'disputed-hatch';
/** Overlay layers go beneath this layer so that labels stay on top. */
export const FIRST_LABEL_LAYER_ID = 'label-water';
export const ARTICLE_COUNTRY_LABEL_LAYER_ID = 'label-article-countries';

const UNICODE_RANGES = {
  latin: [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2212',
    'U+FEFF',
    'U+FFFD',
  ],
  latinExt: ['U+0100-02AF', 'U+1E00-1EFF', 'U+2020', 'U+20A0-20CF', 'U+2C60-2C7F', 'U+A720-A7FF'],
  cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
};

function fontFaces(baseUrl: string, weight: 400 | 700): FontFacesSpecification[string] {
  const file = (subset: string) => new URL(`fonts/noto-sans-${subset}-${weight}-normal.woff2`, baseUrl).href;
  return [
    { url: file('latin'), 'unicode-range': UNICODE_RANGES.latin },
    { url: file('latin-ext'), 'unicode-range': UNICODE_RANGES.latinExt },
    { url: file('cyrillic'), 'unicode-range': UNICODE_RANGES.cyrillic },
  ];
}

/**
 * One expression picks the label language from the style's global state, so switching language is
 * a single `setGlobalStateProperty('lang', …)` with no style reload.
 */
export const LOCALISED_NAME: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'ru'],
  ['coalesce', ['get', 'name_ru'], ['get', 'name_en']],
  ['coalesce', ['get', 'name_en'], ['get', 'name_ru']],
];

/**
 * From this zoom the overlays' sites name themselves under their icons. The basemap's ports (every port
 * in the reference places is a site of the seed corpus) then leave their names to the sites, which printed
 * each port's name twice, beside and under the same icon.
 */
export const SITE_NAMES_FROM_ZOOM = 6;

const halo = { 'text-halo-color': C.labelHalo, 'text-halo-width': 1.2 } as const;

const countryLabelLayout: NonNullable<SymbolLayerSpecification['layout']> = {
  'text-field': LOCALISED_NAME,
  'text-font': [BOLD_FONT],
  'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 15],
  'text-transform': 'uppercase',
  'text-letter-spacing': 0.12,
  'text-max-width': 7,
};

/**
 * The labels of the countries the articles are about. MapLibre places the symbols of the topmost layer
 * first, so this layer sits above every label layer but the cities': these names are never crowded out by
 * overlay symbols, water, province or other countries' names. Cities keep the first pick (Baku is what the
 * article is about too); where a city is in the way the name moves beside its point rather than vanish
 * (the Cyrillic АЗЕРБАЙДЖАН is wider than Baku's distance from the label point at the opening view).
 */
function articleCountryLabels(codes: readonly string[]): LayerSpecification {
  return {
    id: ARTICLE_COUNTRY_LABEL_LAYER_ID,
    type: 'symbol',
    source: 'countryLabels',
    filter: ['in', ['get', 'adm0_a3'], ['literal', [...codes]]],
    layout: {
      ...countryLabelLayout,
      // The most cited country chooses its place first.
      'symbol-sort-key': ['index-of', ['get', 'adm0_a3'], ['literal', [...codes]]],
      'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
      'text-radial-offset': 0.8,
    },
    paint: { 'text-color': C.countryLabel, ...halo },
  };
}

function basemapLayers(articleCountries: readonly string[]): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': C.water } },
    // Land, lakes and risk zones share one fill program (src/map/sharedPrograms.ts).
    {
      id: 'land',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': perFeature(C.land),
        'fill-opacity': perFeature(1),
        'fill-outline-color': perFeature(C.land),
      },
    },
    {
      id: 'disputed-fill',
      type: 'fill',
      source: 'disputed',
      filter: ['==', ['geometry-type'], 'Polygon'],
      // The dashed disputed border draws the edge: no anti-aliased outline (and no program for it).
      paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': 0.55, 'fill-antialias': false },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: 'lakes',
      paint: {
        'fill-color': perFeature(C.water),
        'fill-opacity': perFeature(1),
        'fill-outline-color': perFeature(C.lakeOutline),
      },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      filter: ['any', ['<=', ['coalesce', ['get', 'rank'], 9], 1], ['>=', ['zoom'], 5.5]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      // Every line layer, basemap or overlay, shares one of two programs (src/map/sharedPrograms.ts).
      paint: {
        ...sharedLinePaint(C.river),
        'line-width': perFeatureByZoom([
          [3, 0.6],
          [6, 1.2],
          [9, 2],
        ]),
      },
    },
    {
      id: 'province-lines',
      type: 'line',
      source: 'provinces',
      minzoom: 4.5,
      paint: {
        ...sharedLinePaint(C.provinceLine, { dashed: true }),
        'line-width': perFeatureByZoom([
          [4.5, 0.4],
          [8, 1],
        ]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'country-borders',
      type: 'line',
      source: 'borders',
      filter: ['!=', ['get', 'kind'], 'disputed'],
      layout: { 'line-join': 'round' },
      paint: {
        ...sharedLinePaint(C.countryBorder),
        'line-width': perFeatureByZoom([
          [3, 0.8],
          [7, 1.8],
        ]),
      },
    },
    {
      id: 'disputed-borders',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'disputed'],
      paint: {
        ...sharedLinePaint(C.disputedOutline, { dashed: true }),
        'line-width': perFeatureByZoom([
          [3, 0.8],
          [7, 1.6],
        ]),
        'line-dasharray': [2, 2],
      },
    },
    {
      id: FIRST_LABEL_LAYER_ID,
      type: 'symbol',
      source: 'labels',
      filter: ['in', ['get', 'kind'], ['literal', ['sea', 'lake', 'river']]],
      layout: {
        'text-field': LOCALISED_NAME,
        'text-font': [REGULAR_FONT],
        'text-size': ['match', ['get', 'kind'], 'sea', 15, 11],
        'text-letter-spacing': ['match', ['get', 'kind'], 'sea', 0.2, 0.05],
        'text-max-width': 8,
      },
      paint: { 'text-color': C.waterLabel, ...halo },
    },
    {
      id: 'label-disputed',
      type: 'symbol',
      source: 'disputed',
      minzoom: 5,
      layout: {
        'text-field': LOCALISED_NAME,
        'text-font': [REGULAR_FONT],
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': C.disputedOutline, ...halo },
    },
    {
      id: 'label-provinces',
      type: 'symbol',
      source: 'provinceLabels',
      minzoom: 5.5,
      layout: {
        'text-field': LOCALISED_NAME,
        'text-font': [REGULAR_FONT],
        'text-size': 10.5,
        'text-max-width': 7,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
      },
      paint: { 'text-color': C.provinceLabel, ...halo },
    },
    {
      id: 'label-countries',
      type: 'symbol',
      source: 'countryLabels',
      filter: ['!', ['in', ['get', 'adm0_a3'], ['literal', [...articleCountries]]]],
      layout: countryLabelLayout,
      paint: { 'text-color': C.countryLabel, ...halo },
    },
    articleCountryLabels(articleCountries),
    {
      id: 'label-cities',
      type: 'symbol',
      source: 'labels',
      filter: ['in', ['get', 'kind'], ['literal', ['city', 'port']]],
      layout: {
        'text-field': [
          'step',
          ['zoom'],
          LOCALISED_NAME,
          SITE_NAMES_FROM_ZOOM,
          ['case', ['==', ['get', 'kind'], 'port'], '', LOCALISED_NAME],
        ],
        'text-font': [REGULAR_FONT],
        'text-size': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'icon-image': 'city-dot',
        'icon-allow-overlap': true,
      },
      // The overlays' icons' program (src/map/sharedPrograms.ts).
      paint: { 'text-color': C.cityLabel, ...halo, 'icon-opacity': perFeature(1) },
    },
  ];
}

export type BasemapStyleOptions = {
  /** Absolute URL the app is served from; data and fonts resolve against it (workers need absolute URLs). */
  baseUrl: string;
  language: Language;
  /** Whose labels are placed first; by default the countries the shipped articles are about. */
  articleCountries?: readonly string[];
};

/** A layer written against a per-file source name reads that source layer of the one tiled basemap. */
function fromArchive(layer: LayerSpecification): LayerSpecification {
  if (!('source' in layer) || typeof layer.source !== 'string') return layer;
  return { ...layer, source: BASEMAP_SOURCE, 'source-layer': layer.source } as LayerSpecification;
}

export function buildBasemapStyle({
  baseUrl,
  language,
  articleCountries = ARTICLE_COUNTRIES,
}: BasemapStyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Risk Atlas basemap',
    state: { lang: { default: language } },
    'font-faces': { [REGULAR_FONT]: fontFaces(baseUrl, 400), [BOLD_FONT]: fontFaces(baseUrl, 700) },
    sources: {
      [BASEMAP_SOURCE]: { type: 'vector', url: archiveSourceUrl(BASEMAP_ARCHIVE, baseUrl) },
    },
    layers: basemapLayers(articleCountries).map(fromArchive),
  };
}
