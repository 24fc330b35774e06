// Interface strings in both languages. The article itself stays in its own language.
// `{name}` marks a value filled in by `translate(language, key, { name })`.
import type { FeatureKind, LayerId, LineStatus, Mode } from '../data/schema';

import type { Language } from './language';

export { LANGUAGES, type Language } from './language';

const en = {
  productName: 'Risk Atlas',
  documentTitle: 'Risk Atlas — South Caucasus and Caspian',
  tagline:
    'Evacuation routes, aid corridors, risks and energy infrastructure of the South Caucasus and the Caspian, traced to the news text',
  mapRegionLabel: 'Map of the South Caucasus and the Caspian region',
  loadingMap: 'Loading the map…',
  mapCanvasLabel: 'Map',
  mapKeysHint:
    'Arrow keys move the map, + and − zoom, Enter shows what is under the cross at the centre, Escape clears the selection.',
  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  mapFullscreenEnter: 'Enter fullscreen',
  mapFullscreenExit: 'Exit fullscreen',
  mapCreditsToggle: 'Show or hide the credits',
  mapScaleKilometres: 'km',
  mapScaleMetres: 'm',
  noWebglTitle: 'The map cannot be drawn in this browser',
  noWebglBody:
    'Risk Atlas draws its map with WebGL, which this browser or device has turned off or does not support. The article and the lists still work.',
  noWebglAdvice:
    'To see the map: enable hardware acceleration (or WebGL) in the browser settings, update the graphics driver, or open the page in a current Firefox, Chrome, Edge or Safari.',
  webglLostTitle: 'The map’s graphics context was lost',
  webglLostBody:
    'The browser took back the graphics memory. The map will come back by itself when it is restored.',
  mapErrorTitle: 'The map failed to load',
  mapStyleFailed:
    'The map’s style could not be set up, so nothing can be drawn. Reloading the page may help.',
  mapFileFailed: 'The map could not load {file} ({detail}); the other layers still work.',
  retry: 'Retry',
  about: 'About this map',
  editThisAtlas: 'Edit this atlas',
  partFailed:
    'A part of the page could not be loaded ({detail}). Check the connection and retry; the rest of the page still works.',
  editorFailed:
    'The editor could not be loaded ({detail}). Check the connection and retry; the map and the panels still work.',
  disclaimer:
    'Boundaries, names and designations on this map do not imply official endorsement or acceptance by Risk Atlas. Disputed and breakaway territories (Crimea, Abkhazia, South Ossetia) are hatched; Natural Earth’s de facto lines are shown without judgement on any claim.',
  languageLabel: 'Language',

  skipToFeatures: 'Skip to the feature list',
  skipToArticle: 'Skip to the article',
  skipToMap: 'Skip to the map',
  loadingData: 'Loading the atlas data…',
  dataErrorTitle: 'The atlas data could not be loaded',
  dataErrorBody: 'The base map still works; the layers, the feature list and the article need this data.',
  loadProblem_unreachable: 'Could not download {file}: {detail}.',
  loadProblem_status: 'Could not download {file}: the server answered {status}.',
  loadProblem_notJson: '{file} is not valid JSON (truncated or damaged).',
  loadProblem_shape: '{file} does not have the expected shape: {detail}.',
  loadProblem_holdsOther_article: '{file} holds article {held}, not {expected}.',
  loadProblem_holdsOther_chunk: '{file} holds chunk {held}, not {expected}.',
  loadProblem_missingEntry_details: '{file} has no details for {id}.',
  loadProblem_missingEntry_geometry: '{file} has no geometry for {id}.',
  loadProblem_failed: '{detail}',

  layersHeading: 'Layers',
  layerCountSuffix: 'on the map',
  showAllLayers: 'Show all',
  hideAllLayers: 'Hide all',
  minSeverityLabel: 'Risk zones shown',
  minSeverityAll: 'All severities (1–5)',
  minSeverityAtLeast: 'Severity {severity} and above',
  minSeverityOnly5: 'Severity 5 only',
  reportedBetween: 'Reported {from} – {to}',
  layer_evacuation: 'Evacuation routes',
  layer_aid: 'Aid corridors',
  layer_risk: 'Risk zones',
  layer_infrastructure: 'Energy infrastructure',
  layer_sites: 'Sites',

  featuresHeading: 'Features',
  featuresNavLabel: 'All features by layer',
  findFeatureLabel: 'Find by name',
  findFeatureCount: 'Found: {count} (Enter shows the first)',
  showFoundOnMap: 'Show them all on the map',
  findFeatureNone: 'No feature’s name contains “{query}” in the dates shown.',
  hiddenLayerNote: 'layer hidden',
  filteredOutNote: 'below the severity filter',
  noFeaturesInLayer: 'No features in this layer.',
  noFeaturesInRange: 'No features of this layer were reported in the chosen dates.',

  detailsRegion: 'Details',
  closeDetails: 'Close details',
  detailsShown: 'Details shown: {name}',
  kindLabel: 'Kind',
  draftMark: '{name} (draft)',
  severityLabel: 'Severity',
  severityValue: '{severity} of 5',
  basisLabel: 'Basis',
  basis_stated: 'Stated in the text',
  basis_inferred: 'Inferred from the text',
  precisionLabel: 'Precision',
  precisionApproximate: 'Approximate: the drawn position may be up to {km} km off',
  precisionWithin: 'Within about {km} km',
  modeLabel: 'Mode',
  statusLabel: 'Status',
  directionLabel: 'Direction',
  geometrySourceLabel: 'Where the geometry comes from',
  lengthLabel: 'Length',
  areaLabel: 'Area',
  kmValue: '{value} km',
  km2Value: '{value} km²',
  crossingsLabel: 'Border crossings passed',
  exposedLabel: 'Infrastructure inside this zone',
  exposedPipelines: 'Pipelines',
  exposedSites: 'Sites',
  exposedNone: 'None recorded.',
  sourcesHeading: 'In the article',
  showInArticle: 'Show in article',
  articleTextLoading: 'Loading the article’s text…',
  articleTextError: 'The article’s text could not be loaded.',
  passageTextLoading: 'Loading the passage…',
  passageTextError: 'The passage could not be loaded.',
  featureTextsLoading: 'Loading the description…',
  featureTextsError: 'The description could not be loaded.',
  zonesLoading: 'Looking up the risk zones…',
  zonesError: 'The risk zones could not be looked up.',
  quoteNotFound: 'Quoted (the quote was not found in the passage text):',

  alsoHere: 'Also here',

  share: 'Share',
  regionLabel: 'Region',
  chooseRegion: 'Go to a region…',
  dismissNotice: 'Dismiss',
  noticesLabel: 'Notices',

  articleRegion: 'Article',
  articleChooser: 'Article',
  attribNaturalEarth: 'Borders, provinces: Natural Earth (public domain)',
  attribGshhg: 'Rivers, lakes: GSHHG (Wessel & Smith), LGPL-3',
  attribGeonames: 'Route towns: GeoNames, CC BY 4.0',
  attribOverlays: 'Overlays: Risk Atlas',
  attribOverlaysAfter: 'Overlays: Risk Atlas, after {outlets}',
  creditArticleCount: '({count} articles)',
  attribDisclaimer: 'Boundaries and names do not imply endorsement',
  historyHeading: 'Reported changes',
  stateChangedSince: 'Since {date}, as reported (see Reported changes).',
  firstReportedAs: 'First reported as {value}.',
  articleOption: '{date} · {title} ({outlet})',
  articleOptionOutsideRange: '{date} · {title} ({outlet}), outside the dates shown',
  articleMeta: '{outlet}, {date}',
  articleLanguageNote: 'Original text in {language}.',
  languageName_ru: 'Russian',
  languageName_en: 'English',
  paragraphButton: 'Show on map',
  paragraphButtonHidden: ': paragraph {number}',
  headingButtonHidden: ': heading “{text}”',
  notMappedChipSuffix: ' (not on the map)',
  notMappedHeading: 'Risks named without a place (not mapped)',
  notMappedIntro: 'The text names these risks but no place for them, so they are not drawn on the map.',
  citedIn: 'Cited in paragraph {number}',
  citedInHeading: 'Cited in the heading “{text}”',
  moreChips: '+{count} more',
  collapsedCount: '{layer}: {count}',
  collapsedHere: '{list} here, too close together to draw at this zoom (click to zoom in)',
  collapsedHereUnfiltered:
    '{list} here over all dates and severities, too close together to draw at this zoom (click to zoom in)',
  openArticleSource: 'Read the original',

  sheetLabel: 'Panels',
  sheetShow: 'Show panels',
  sheetHide: 'Hide panels',
  leftPanelLabel: 'Layers and features',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

/** Everything the interface says in one language. */
export type LanguagePack = {
  messages: Dictionary;
  /** Kinds, modes and statuses have their own tables so that every value has a label. */
  kinds: Record<FeatureKind, string>;
  modes: Record<Mode, string>;
  statuses: Record<LineStatus, string>;
};

const english: LanguagePack = {
  messages: en,
  kinds: {
    border_crossing: 'Border crossing',
    airport: 'Airport',
    port: 'Port',
    military_base: 'Military base',
    oil_pipeline: 'Oil pipeline',
    gas_pipeline: 'Gas pipeline',
    oil_field: 'Oil field',
    gas_field: 'Gas field',
    terminal: 'Terminal',
    route: 'Route',
    corridor: 'Corridor',
    zone: 'Zone',
  },
  modes: { road: 'Road', rail: 'Rail', air: 'Air', sea: 'Sea', pipeline: 'Pipeline' },
  statuses: { operating: 'Operating', not_built: 'Not built', closed: 'Closed' },
};

// English ships with the page; other languages load the first time they are chosen (or linked).
const packs: Partial<Record<Language, LanguagePack>> = { en: english };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<LanguagePack>> = {
  ru: () => import('./ru').then((module) => module.russian),
};

const packFor = (language: Language): LanguagePack => packs[language] ?? english;

export function isLanguageLoaded(language: Language): boolean {
  return packs[language] !== undefined;
}

/** Makes `language` available to `translate`; resolves at once when it already is. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || packs[language]) return;
  packs[language] = await loaders[language]();
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** A language not loaded yet falls back to English, never to a missing string. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillTemplate(packFor(language).messages[key], params);
}

/** `{name}` in `template` replaced by `params.name`; names without a value stay as they are. */
export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function layerLabel(language: Language, layer: LayerId): string {
  return translate(language, `layer_${layer}`);
}

/** A feature's name as the panels show it: drafts (proposed by a tool, not yet checked) say so. */
export function featureName(
  language: Language,
  p: { name: Record<Language, string>; draft?: true | undefined },
): string {
  const name = p.name[language];
  return p.draft === true ? translate(language, 'draftMark', { name }) : name;
}

export function kindLabel(language: Language, kind: FeatureKind): string {
  return packFor(language).kinds[kind];
}

export function modeLabel(language: Language, mode: Mode): string {
  return packFor(language).modes[mode];
}

/** The severity filter in words: every severity, 5 only, or a floor ("Severity 3 and above"). */
export function severityFloorLabel(language: Language, minSeverity: number): string {
  if (minSeverity <= 1) return translate(language, 'minSeverityAll');
  return minSeverity >= 5
    ? translate(language, 'minSeverityOnly5')
    : translate(language, 'minSeverityAtLeast', { severity: minSeverity });
}

export function statusLabel(language: Language, status: LineStatus): string {
  return packFor(language).statuses[status];
}

/** Numbers in the interface language's format: `1 234,5` in Russian, `1,234.5` in English. */
// Making an Intl formatter costs far more than using one (a millisecond or more the first time): each is
// made once per language and setting, and kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatNumber(language: Language, value: number, maximumFractionDigits = 1): string {
  const key = `${language}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A calendar date (YYYY-MM-DD) written out in the interface language, without time-zone shifts. */
export function formatDate(language: Language, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
