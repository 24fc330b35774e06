// Interface strings in both languages. The article itself stays in its own language.
// `{name}` marks a value filled in by `translate(language, key, { name })`.
import type { FeatureKind, LayerId, LineStatus, Mode } from '../data/schema';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const en = {
  productName: 'Risk Atlas',
  documentTitle: 'Risk Atlas — South Caucasus and Caspian',
  tagline:
    'Evacuation routes, aid corridors, risks and energy infrastructure of the South Caucasus and the Caspian, traced to the news text',
  mapRegionLabel: 'Map of the South Caucasus and the Caspian region',
  loadingMap: 'Loading the map…',
  noWebglTitle: 'The map cannot be drawn in this browser',
  noWebglBody:
    'Risk Atlas draws its map with WebGL, which this browser or device has turned off or does not support. The article and the lists still work.',
  noWebglAdvice:
    'To see the map: enable hardware acceleration (or WebGL) in the browser settings, update the graphics driver, or open the page in a current Firefox, Chrome, Edge or Safari.',
  webglLostTitle: 'The map’s graphics context was lost',
  webglLostBody:
    'The browser took back the graphics memory. The map will come back by itself when it is restored.',
  mapErrorTitle: 'The map failed to load',
  retry: 'Retry',
  about: 'About this map',
  disclaimer:
    'Boundaries, names and designations on this map do not imply official endorsement or acceptance by Risk Atlas. Disputed and breakaway territories (Crimea, Abkhazia, South Ossetia) are hatched; Natural Earth’s de facto lines are shown without judgement on any claim.',
  languageLabel: 'Language',
  approximateNote: 'Some positions are approximate; each feature states its precision.',

  skipToFeatures: 'Skip to the feature list',
  skipToArticle: 'Skip to the article',
  loadingData: 'Loading the atlas data…',
  dataErrorTitle: 'The atlas data could not be loaded',
  dataErrorBody: 'The base map still works; the layers, the feature list and the article need this data.',

  layersHeading: 'Layers',
  layerCountSuffix: 'on the map',
  showAllLayers: 'Show all',
  hideAllLayers: 'Hide all',
  minSeverityLabel: 'Risk zones shown',
  minSeverityAll: 'All severities (1–5)',
  minSeverityAtLeast: 'Severity {severity} and above',
  minSeverityOnly5: 'Severity 5 only',
  layer_evacuation: 'Evacuation routes',
  layer_aid: 'Aid corridors',
  layer_risk: 'Risk zones',
  layer_infrastructure: 'Energy infrastructure',
  layer_sites: 'Sites',

  featuresHeading: 'Features',
  featuresNavLabel: 'All features by layer',
  hiddenLayerNote: 'layer hidden',
  filteredOutNote: 'below the severity filter',
  noFeaturesInLayer: 'No features in this layer.',

  detailsRegion: 'Details',
  closeDetails: 'Close details',
  detailsShown: 'Details shown: {name}',
  kindLabel: 'Kind',
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
  quoteNotFound: 'Quoted (the quote was not found in the passage text):',

  pickRegion: 'Features here',
  pickHeading: 'Several features are here',
  pickIntro: 'Choose one to see its details.',
  closePick: 'Close the list',

  whatsHereRegion: 'What’s here',
  whatsHereHeading: 'What’s here',
  closeWhatsHere: 'Close “What’s here”',
  coordinatesLabel: 'Coordinates',
  north: 'N',
  south: 'S',
  east: 'E',
  west: 'W',
  provinceLabel: 'Province',
  countryLabel: 'Country',
  outsideProvinces: 'Outside the mapped provinces (sea or beyond the region).',
  disputedTerritory: 'Disputed territory; shown without endorsement of any claim.',
  riskZonesHereLabel: 'Risk zones at this point',
  noRiskZonesHere: 'No mapped risk zone covers this point.',
  nearestCrossingLabel: 'Nearest border crossing',
  distanceKm: 'about {km} km away',
  noCrossings: 'No border crossings in the atlas.',
  adminLoading: 'Looking up the province…',
  adminError: 'The province lookup failed: {message}',

  articleRegion: 'Article',
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
  openArticleSource: 'Read the original',

  sheetLabel: 'Panels',
  sheetShow: 'Show panels',
  sheetHide: 'Hide panels',
  leftPanelLabel: 'Layers and features',
} as const;

export type MessageKey = keyof typeof en;
type Dictionary = Record<MessageKey, string>;

const ru: Dictionary = {
  productName: 'Атлас рисков',
  documentTitle: 'Атлас рисков — Южный Кавказ и Каспий',
  tagline:
    'Маршруты эвакуации, гуманитарные коридоры, риски и энергетическая инфраструктура Южного Кавказа и Каспия со ссылками на текст новостей',
  mapRegionLabel: 'Карта Южного Кавказа и Каспийского региона',
  loadingMap: 'Загрузка карты…',
  noWebglTitle: 'В этом браузере карту нарисовать нельзя',
  noWebglBody:
    'Атлас рисует карту с помощью WebGL, а этот браузер или устройство его не поддерживает или отключило. Статья и списки по-прежнему работают.',
  noWebglAdvice:
    'Чтобы увидеть карту: включите аппаратное ускорение (или WebGL) в настройках браузера, обновите графический драйвер или откройте страницу в актуальном Firefox, Chrome, Edge или Safari.',
  webglLostTitle: 'Графический контекст карты потерян',
  webglLostBody: 'Браузер забрал графическую память. Карта вернётся сама, когда контекст будет восстановлен.',
  mapErrorTitle: 'Карту не удалось загрузить',
  retry: 'Повторить',
  about: 'Об этой карте',
  disclaimer:
    'Границы, названия и обозначения на этой карте не означают их официального признания или одобрения Атласом рисков. Спорные и непризнанные территории (Крым, Абхазия, Южная Осетия) заштрихованы; линии Natural Earth показаны по фактическому положению, без оценки чьих-либо притязаний.',
  languageLabel: 'Язык',
  approximateNote: 'Часть координат приблизительна; у каждого объекта указана точность.',

  skipToFeatures: 'Перейти к списку объектов',
  skipToArticle: 'Перейти к статье',
  loadingData: 'Загрузка данных атласа…',
  dataErrorTitle: 'Данные атласа не удалось загрузить',
  dataErrorBody: 'Основа карты работает; слоям, списку объектов и статье нужны эти данные.',

  layersHeading: 'Слои',
  layerCountSuffix: 'на карте',
  showAllLayers: 'Показать все',
  hideAllLayers: 'Скрыть все',
  minSeverityLabel: 'Какие зоны риска показывать',
  minSeverityAll: 'Любой тяжести (1–5)',
  minSeverityAtLeast: 'Тяжесть {severity} и выше',
  minSeverityOnly5: 'Только тяжесть 5',
  layer_evacuation: 'Маршруты эвакуации',
  layer_aid: 'Гуманитарные коридоры',
  layer_risk: 'Зоны риска',
  layer_infrastructure: 'Энергетическая инфраструктура',
  layer_sites: 'Объекты',

  featuresHeading: 'Объекты',
  featuresNavLabel: 'Все объекты по слоям',
  hiddenLayerNote: 'слой скрыт',
  filteredOutNote: 'ниже порога тяжести',
  noFeaturesInLayer: 'В этом слое нет объектов.',

  detailsRegion: 'Подробности',
  closeDetails: 'Закрыть подробности',
  detailsShown: 'Показаны подробности: {name}',
  kindLabel: 'Тип',
  severityLabel: 'Тяжесть',
  severityValue: '{severity} из 5',
  basisLabel: 'Основание',
  basis_stated: 'Прямо сказано в тексте',
  basis_inferred: 'Выведено из текста',
  precisionLabel: 'Точность',
  precisionApproximate: 'Приблизительно: положение на карте может отличаться до {km} км',
  precisionWithin: 'С точностью около {km} км',
  modeLabel: 'Вид транспорта',
  statusLabel: 'Состояние',
  directionLabel: 'Направление',
  geometrySourceLabel: 'Откуда взята геометрия',
  lengthLabel: 'Протяжённость',
  areaLabel: 'Площадь',
  kmValue: '{value} км',
  km2Value: '{value} км²',
  crossingsLabel: 'Пограничные переходы на пути',
  exposedLabel: 'Инфраструктура внутри зоны',
  exposedPipelines: 'Трубопроводы',
  exposedSites: 'Объекты',
  exposedNone: 'Нет данных.',
  sourcesHeading: 'В статье',
  showInArticle: 'Показать в статье',
  quoteNotFound: 'Цитата (в тексте абзаца не найдена):',

  pickRegion: 'Объекты в этой точке',
  pickHeading: 'Здесь несколько объектов',
  pickIntro: 'Выберите один, чтобы увидеть подробности.',
  closePick: 'Закрыть список',

  whatsHereRegion: 'Что здесь',
  whatsHereHeading: 'Что здесь',
  closeWhatsHere: 'Закрыть «Что здесь»',
  coordinatesLabel: 'Координаты',
  north: 'с. ш.',
  south: 'ю. ш.',
  east: 'в. д.',
  west: 'з. д.',
  provinceLabel: 'Регион',
  countryLabel: 'Страна',
  outsideProvinces: 'Вне регионов на карте (море или за пределами района).',
  disputedTerritory: 'Спорная территория; показана без признания чьих-либо притязаний.',
  riskZonesHereLabel: 'Зоны риска в этой точке',
  noRiskZonesHere: 'Эта точка не входит ни в одну зону риска на карте.',
  nearestCrossingLabel: 'Ближайший пограничный переход',
  distanceKm: 'примерно в {km} км',
  noCrossings: 'В атласе нет пограничных переходов.',
  adminLoading: 'Определяем регион…',
  adminError: 'Не удалось определить регион: {message}',

  articleRegion: 'Статья',
  articleMeta: '{outlet}, {date}',
  articleLanguageNote: 'Оригинальный текст на {language} языке.',
  languageName_ru: 'русском',
  languageName_en: 'английском',
  paragraphButton: 'Показать на карте',
  paragraphButtonHidden: ': абзац {number}',
  headingButtonHidden: ': заголовок «{text}»',
  notMappedChipSuffix: ' (не на карте)',
  notMappedHeading: 'Риски без привязки к месту (не на карте)',
  notMappedIntro: 'Текст называет эти риски, но не указывает для них места, поэтому на карте их нет.',
  citedIn: 'Упоминается в абзаце {number}',
  citedInHeading: 'Упоминается в заголовке «{text}»',
  moreChips: 'ещё {count}',
  openArticleSource: 'Читать оригинал',

  sheetLabel: 'Панели',
  sheetShow: 'Показать панели',
  sheetHide: 'Скрыть панели',
  leftPanelLabel: 'Слои и объекты',
};

/** Kinds, modes, statuses and layer names have their own tables so that every value has a label. */
const KIND_LABELS: Record<Language, Record<FeatureKind, string>> = {
  en: {
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
  ru: {
    border_crossing: 'Пограничный переход',
    airport: 'Аэропорт',
    port: 'Порт',
    military_base: 'Военная база',
    oil_pipeline: 'Нефтепровод',
    gas_pipeline: 'Газопровод',
    oil_field: 'Нефтяное месторождение',
    gas_field: 'Газовое месторождение',
    terminal: 'Терминал',
    route: 'Маршрут',
    corridor: 'Коридор',
    zone: 'Зона',
  },
};

const MODE_LABELS: Record<Language, Record<Mode, string>> = {
  en: { road: 'Road', rail: 'Rail', air: 'Air', sea: 'Sea', pipeline: 'Pipeline' },
  ru: {
    road: 'Автодорога',
    rail: 'Железная дорога',
    air: 'Воздушным путём',
    sea: 'Морем',
    pipeline: 'Трубопровод',
  },
};

const STATUS_LABELS: Record<Language, Record<LineStatus, string>> = {
  en: { operating: 'Operating', not_built: 'Not built' },
  ru: { operating: 'Действует', not_built: 'Не построен' },
};

export const DICTIONARIES: Record<Language, Dictionary> = { en, ru };

export type MessageParams = Readonly<Record<string, string | number>>;

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function layerLabel(language: Language, layer: LayerId): string {
  return translate(language, `layer_${layer}`);
}

export function kindLabel(language: Language, kind: FeatureKind): string {
  return KIND_LABELS[language][kind];
}

export function modeLabel(language: Language, mode: Mode): string {
  return MODE_LABELS[language][mode];
}

export function statusLabel(language: Language, status: LineStatus): string {
  return STATUS_LABELS[language][status];
}

/** Numbers in the interface language's format: `1 234,5` in Russian, `1,234.5` in English. */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** A calendar date (YYYY-MM-DD) written out in the interface language, without time-zone shifts. */
export function formatDate(language: Language, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
