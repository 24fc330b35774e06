// The URL hash of the app: the only place its format lives. Pure and dependency-free; never throws.
//
// Format (keys in this fixed order, joined by '&', defaults left out):
//   map=zoom/lat/lng[/bearing/pitch]   MapLibre/OSM order: zoom, then latitude, then longitude
//   layers=a,b                         visible layer ids; 'layers=' = none visible; absent = all visible
//   sel=<feature id>  a=<article id>  p=<passage id of that article>  region=<region id>
//   q=<text>                           the feature list's search by name (percent-encoded)
//   from=YYYY-MM-DD  to=YYYY-MM-DD     the reported-date range; lang=en|ru
//   embed=1                            the map-only layout for iframes; absent = the full app
//   edit=1                             opens the editor (absent = reading only)
// e.g. '#map=5.5/41.2/48.9&layers=risk,aid&sel=baku-port&lang=ru'
// A link without `a=` names a passage of the corpus's first article: links made before `a=` existed could
// only mean the seed article.
//
// Every part a link carries is judged on its own: a bad part falls back to its default and is listed in
// `ignored` with the reason as a code and its values (worded per language in the dictionaries, see
// linkNotice.ts), so the UI can say what it dropped instead of failing the whole link.

import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { isCalendarDate } from '../data/dateRange';
import { isLanguage, type Language } from '../i18n/language';
import type { Camera } from './camera';

/** The canonical `layers=` order is the schema's layer order. */
export const HASH_LAYER_IDS = LAYER_IDS;
export type { LayerId };

export type HashState = {
  view: Camera | null;
  /** null = the default (every layer visible). An explicit list is kept explicit, even if it names them all. */
  layers: readonly LayerId[] | null;
  sel: string | null;
  /** The article open in the article panel. */
  a: string | null;
  /** A passage of the article `a` names (or, without `a`, of the first article). */
  p: string | null;
  region: string | null;
  /** What the feature list is narrowed to by name (trimmed, never empty); absent = the whole list. */
  q?: string | null;
  /** First and last day of the reported-date range (YYYY-MM-DD); null = open-ended. */
  from: string | null;
  to: string | null;
  lang: Language | null;
  /** The map-only layout for iframes; absent (or false) = the full app. */
  embed?: boolean;
  /** The editor is open. */
  edit: boolean;
};
export type KnownIds = {
  features: ReadonlySet<string>;
  /** Passages of the first article: what `p=` names in a link without `a=`. */
  passages: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  /** Every article's passage ids, by article id: `a=` must be one, and `p=` a passage of it. */
  articles?: ReadonlyMap<string, ReadonlySet<string>>;
};
/** Why a part of a link was ignored: a code and the values its wording needs. */
export type LinkProblem =
  | { code: 'viewParts'; count: number }
  | { code: 'notNumber'; part: ViewPart }
  | { code: 'outOfRange'; part: ViewPart; min: number; max: number }
  | { code: 'notLayer' }
  | { code: 'badId'; what: IdKind }
  | { code: 'unknownId'; what: IdKind }
  | { code: 'unknownPassageInArticle'; article: string }
  | { code: 'unknownSetting' }
  | { code: 'repeated' }
  | { code: 'noValue' }
  | { code: 'tooLong'; max: number }
  | { code: 'badEncoding' }
  | { code: 'notDate' }
  | { code: 'badLanguage' }
  | { code: 'mustBeOne'; key: 'embed' | 'edit' }
  | { code: 'toBeforeFrom'; from: string }
  | { code: 'unreadable' }
  | { code: 'more'; count: number };
export type ViewPart = 'zoom' | 'latitude' | 'longitude' | 'bearing' | 'pitch';
export type IdKind = 'feature' | 'passage' | 'region' | 'article';
/** `key` and `value` are shortened (~60 characters) and made safe to display as text. */
export type IgnoredPart = { key: string; value: string; reason: LinkProblem };

export const EMPTY_HASH_STATE: HashState = Object.freeze({
  view: null,
  layers: null,
  sel: null,
  a: null,
  p: null,
  region: null,
  from: null,
  to: null,
  lang: null,
  edit: false,
});

export const ZOOM_MIN = 0;
export const ZOOM_MAX = 22;
/** Web Mercator's limit, as the spec rounds it; MapLibre's own (85.051129) is clamped to this on output. */
export const LAT_MAX = 85.0511;
export const LNG_MAX = 180;
export const BEARING_MAX = 180;
export const PITCH_MAX = 85;
/** Longer values are ignored unread: no legitimate part comes close. */
export const MAX_VALUE_LENGTH = 2000;
/** A name search longer than this is no name: such a `q=` is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** A hostile link must not make the UI list thousands of problems; the rest are summed up in one entry. */
export const MAX_IGNORED_REPORTED = 50;

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,79}$/;
// Plain decimals only: no exponent, hex, 'Infinity', whitespace or empty string (all of which Number() accepts).
const NUMBER_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DISPLAY_LENGTH = 60;
const KEY_ORDER = [
  'map',
  'layers',
  'sel',
  'a',
  'p',
  'region',
  'q',
  'from',
  'to',
  'lang',
  'embed',
  'edit',
] as const;
type HashKey = (typeof KEY_ORDER)[number];

// ---------------------------------------------------------------------------------------------- numbers

/** Turns -0 into 0 so it never reaches a state or a URL. */
function noNegativeZero(x: number): number {
  return x === 0 ? 0 : x;
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : NaN;
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/** Into [-180, 180]; values already inside (including both ends) are left alone. */
function wrapDegrees(x: number): number {
  if (x >= -180 && x <= 180) return x;
  return ((((x + 180) % 360) + 360) % 360) - 180;
}

/** Rounds half away from zero at `decimals` places (via toFixed, so the decimal string and the number agree). */
function roundTo(x: number, decimals: number): number {
  return noNegativeZero(Number(x.toFixed(decimals)));
}

/** The shortest decimal string of an already-rounded number: trailing zeros trimmed, never '-0'. */
function formatNumber(x: number, decimals: number): string {
  let s = noNegativeZero(x).toFixed(decimals);
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * Decimals of latitude/longitude for a zoom: enough that the restored centre is within half a screen pixel.
 * Why this rule: it is MapLibre's own hash rule (512-px tiles, so 512·2^zoom/360 pixels per degree of
 * longitude, and half-pixel precision doubles that): decimals = ceil(log10(2^zoom · 1024 / 360)).
 * zoom 0 → 1, zoom 5 → 2, zoom 10 → 4, zoom 15 → 5, zoom 22 → 8. Latitude degrees are stretched by
 * 1/cos(lat) in Mercator, which the half-pixel margin covers up to about 60°; the whole atlas lies below 50°.
 */
export function coordinateDecimals(zoom: number): number {
  if (!Number.isFinite(zoom)) return 0;
  const z = clamp(zoom, ZOOM_MIN, ZOOM_MAX);
  return Math.max(0, Math.ceil(Math.log10(2 ** z * (1024 / 360))));
}

/**
 * The rounding serialise applies (parse applies it too, so parsed states are already canonical):
 * zoom to 2 decimals; lat/lng to `coordinateDecimals(rounded zoom)`; bearing to 1 decimal; pitch to an integer.
 * Finite values outside the valid ranges are brought inside first (zoom, lat and pitch clamped; lng and bearing
 * wrapped into -180..180), so a view straight from MapLibre (lng past the antimeridian, lat 85.051129) still
 * makes a link that parses. Non-finite values (NaN, ±Infinity) become NaN, and serialise then leaves the
 * view out. Idempotent: roundView(roundView(v)) deep-equals roundView(v).
 */
export function roundView(view: Camera): Camera {
  const zoom = roundTo(clamp(finite(view.zoom), ZOOM_MIN, ZOOM_MAX), 2);
  const decimals = coordinateDecimals(zoom);
  let lat = roundTo(clamp(finite(view.lat), -LAT_MAX, LAT_MAX), decimals);
  // At low zoom, rounding can push lat past the limit (85.0511 → 85.1): step one unit back towards zero.
  if (lat > LAT_MAX) lat = roundTo(lat - 10 ** -decimals, decimals);
  if (lat < -LAT_MAX) lat = roundTo(lat + 10 ** -decimals, decimals);
  const lng = roundTo(wrapDegrees(finite(view.lng)), decimals);
  const bearing = roundTo(wrapDegrees(finite(view.bearing)), 1);
  const pitch = roundTo(clamp(finite(view.pitch), 0, PITCH_MAX), 0);
  return { zoom, lat, lng, bearing, pitch };
}

function isValidView(v: Camera): boolean {
  return (
    Number.isFinite(v.zoom) &&
    Number.isFinite(v.lat) &&
    Number.isFinite(v.lng) &&
    Number.isFinite(v.bearing) &&
    Number.isFinite(v.pitch) &&
    v.zoom >= ZOOM_MIN &&
    v.zoom <= ZOOM_MAX &&
    Math.abs(v.lat) <= LAT_MAX &&
    Math.abs(v.lng) <= LNG_MAX &&
    Math.abs(v.bearing) <= BEARING_MAX &&
    v.pitch >= 0 &&
    v.pitch <= PITCH_MAX
  );
}

// ---------------------------------------------------------------------------------------------- strings

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Lone surrogates and control characters become U+FFFD, so a reported value is always displayable text. */
function displayable(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u001F\u007F]/g,
    '\uFFFD',
  );
}

/** For display: at most ~60 characters, cut between code points rather than inside one. */
function forDisplay(text: string): string {
  const head = text.slice(0, DISPLAY_LENGTH * 2 + 1);
  const chars = Array.from(head);
  const cut = chars.length > DISPLAY_LENGTH || text.length > head.length;
  return displayable(chars.slice(0, DISPLAY_LENGTH).join('')) + (cut ? '…' : '');
}

/** A raw (still percent-encoded) fragment, decoded for display when its start decodes cleanly. */
function readable(raw: string): string {
  const head = raw.slice(0, DISPLAY_LENGTH * 12);
  return (safeDecode(head) ?? head) + (raw.length > head.length ? '…' : '');
}

function isId(s: string): boolean {
  return ID_PATTERN.test(s);
}

function isLayerId(s: string): s is LayerId {
  return (HASH_LAYER_IDS as readonly string[]).includes(s);
}

/** A name search as links carry it: runs of spaces as one, no spaces at the ends. */
export const tidyQuery = (text: string) => text.replace(/\s+/g, ' ').trim();

function isHashKey(s: string): s is HashKey {
  return (KEY_ORDER as readonly string[]).includes(s);
}

/** Canonical layer list: known ids only, each once, in HASH_LAYER_IDS order. */
function canonicalLayers(ids: Iterable<string>): LayerId[] {
  const wanted = new Set(ids);
  return HASH_LAYER_IDS.filter((id) => wanted.has(id));
}

// ---------------------------------------------------------------------------------------------- parse

type Report = (key: string, value: string, reason: LinkProblem) => void;

function parseNumber(s: string): number | null {
  if (!NUMBER_PATTERN.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? noNegativeZero(n) : null;
}

const VIEW_PARTS: readonly ViewPart[] = ['zoom', 'latitude', 'longitude', 'bearing', 'pitch'];

function parseView(value: string): { view: Camera } | { reason: LinkProblem } {
  const parts = value.split('/');
  if (parts.length !== 3 && parts.length !== 5) return { reason: { code: 'viewParts', count: parts.length } };
  const nums: number[] = [];
  for (const [i, part] of parts.entries()) {
    const n = parseNumber(part);
    if (n === null) return { reason: { code: 'notNumber', part: VIEW_PARTS[i] ?? 'pitch' } };
    nums.push(n);
  }
  const outOfRange = (part: ViewPart, min: number, max: number) => ({
    reason: { code: 'outOfRange', part, min, max } as const,
  });
  const [zoom = NaN, lat = NaN, lng = NaN, rawBearing = 0, pitch = 0] = nums;
  if (zoom < ZOOM_MIN || zoom > ZOOM_MAX) return outOfRange('zoom', ZOOM_MIN, ZOOM_MAX);
  if (Math.abs(lat) > LAT_MAX) return outOfRange('latitude', -LAT_MAX, LAT_MAX);
  if (Math.abs(lng) > LNG_MAX) return outOfRange('longitude', -LNG_MAX, LNG_MAX);
  // Some tools write bearings as 0..360; those are the same directions, so accept them and normalise.
  if (rawBearing < -BEARING_MAX || rawBearing > 360) return outOfRange('bearing', -BEARING_MAX, BEARING_MAX);
  const bearing = rawBearing > BEARING_MAX ? rawBearing - 360 : rawBearing;
  if (pitch < 0 || pitch > PITCH_MAX) return outOfRange('pitch', 0, PITCH_MAX);
  return { view: roundView({ zoom, lat, lng, bearing, pitch }) };
}

/**
 * The layers a link names. A list naming only ids this map does not have is ignored whole, as the notice
 * says, and reads as no `layers=` at all (every layer), not as an empty map; `layers=` itself means none.
 */
function parseLayers(value: string, report: Report): LayerId[] | null {
  const found: string[] = [];
  const unknown = new Set<string>();
  for (const item of value.split(',')) {
    if (item === '') continue; // 'layers=' and stray commas carry no id
    if (isLayerId(item)) found.push(item);
    else unknown.add(item);
  }
  for (const item of unknown) report('layers', item, { code: 'notLayer' });
  if (found.length === 0 && unknown.size > 0) return null;
  return canonicalLayers(found);
}

function parseId(
  value: string,
  known: ReadonlySet<string>,
  what: IdKind,
): { id: string } | { reason: LinkProblem } {
  if (!isId(value)) return { reason: { code: 'badId', what } };
  if (!known.has(value)) return { reason: { code: 'unknownId', what } };
  return { id: value };
}

/**
 * Reads a hash ('#map=…', 'map=…', '?map=…' or '#?map=…'). Never throws. Every part that cannot be used is left
 * at its default and listed in `ignored`: unknown and repeated keys (the first occurrence wins), values that are
 * too long, badly percent-encoded or out of range, ids that are malformed or not in `known`, unknown layer ids
 * (only those are dropped), and languages other than en/ru. The returned view is already rounded (roundView).
 */
export function parseHash(hash: string, known: KnownIds): { state: HashState; ignored: IgnoredPart[] } {
  // Every part starts at its default; what the link carries replaces it.
  const state: { -readonly [K in keyof HashState]: HashState[K] } = { ...EMPTY_HASH_STATE };
  // `p=` is judged once the whole link is read: it names a passage of the article `a=` names, wherever
  // in the link that comes.
  let passage: string | null = null;
  const ignored: IgnoredPart[] = [];
  let unreported = 0;
  const report: Report = (key, value, reason) => {
    if (ignored.length < MAX_IGNORED_REPORTED)
      ignored.push({ key: forDisplay(key), value: forDisplay(value), reason });
    else unreported += 1;
  };

  try {
    let text = typeof hash === 'string' ? hash.trim() : '';
    if (text.startsWith('#')) text = text.slice(1);
    if (text.startsWith('?')) text = text.slice(1);

    const seen = new Set<HashKey>();
    for (const part of text.split('&')) {
      if (part === '') continue; // '&&', a trailing '&', or an empty hash: nothing was said
      const eq = part.indexOf('=');
      const key = eq === -1 ? part : part.slice(0, eq);
      const raw = eq === -1 ? '' : part.slice(eq + 1);

      if (!isHashKey(key)) {
        report(readable(key), readable(raw), { code: 'unknownSetting' });
        continue;
      }
      // 'sel=' is what a reader leaves after deleting an id by hand: nothing is asked for, so nothing is
      // wrong, and a later 'sel=…' still counts. `layers=` is the one key whose empty value says something.
      if (eq !== -1 && raw === '' && key !== 'layers') continue;
      if (seen.has(key)) {
        report(key, readable(raw), { code: 'repeated' });
        continue;
      }
      seen.add(key);
      if (eq === -1) {
        report(key, '', { code: 'noValue' });
        continue;
      }
      if (raw.length > MAX_VALUE_LENGTH) {
        report(key, readable(raw), { code: 'tooLong', max: MAX_VALUE_LENGTH });
        continue;
      }
      const value = safeDecode(raw);
      if (value === null) {
        report(key, raw, { code: 'badEncoding' });
        continue;
      }

      switch (key) {
        case 'map': {
          const result = parseView(value);
          if ('view' in result) state.view = result.view;
          else report(key, value, result.reason);
          break;
        }
        case 'layers':
          state.layers = parseLayers(value, report);
          break;
        case 'sel':
        case 'a':
        case 'region': {
          const [set, what]: [ReadonlySet<string>, IdKind] =
            key === 'sel'
              ? [known.features, 'feature']
              : key === 'a'
                ? [new Set(known.articles?.keys()), 'article']
                : [known.regions, 'region'];
          const result = parseId(value, set, what);
          if ('id' in result) state[key] = result.id;
          else report(key, value, result.reason);
          break;
        }
        case 'p':
          passage = value;
          break;
        case 'q': {
          // '+' as a space, as in a query string: what other tools and hand-written links mean by it.
          const query = tidyQuery(safeDecode(raw.replace(/\+/g, ' ')) ?? value);
          if (query.length > MAX_QUERY_LENGTH) report(key, value, { code: 'tooLong', max: MAX_QUERY_LENGTH });
          // Text a link could not carry back (a lone surrogate) is not kept: links round-trip.
          else if (query !== '' && encodedQuery(query) === null) report(key, value, { code: 'badEncoding' });
          else if (query !== '') state.q = query;
          break;
        }
        case 'from':
        case 'to':
          if (isCalendarDate(value)) state[key] = value;
          else report(key, value, { code: 'notDate' });
          break;
        case 'lang':
          if (isLanguage(value)) state.lang = value;
          else report(key, value, { code: 'badLanguage' });
          break;
        case 'embed':
          if (value === '1') state.embed = true;
          else report(key, value, { code: 'mustBeOne', key });
          break;
        case 'edit':
          if (value === '1') state.edit = true;
          else report(key, value, { code: 'mustBeOne', key });
          break;
      }
    }
    if (passage !== null) {
      const passages =
        state.a !== null ? (known.articles?.get(state.a) ?? new Set<string>()) : known.passages;
      const result = parseId(passage, passages, 'passage');
      if ('id' in result) state.p = result.id;
      else
        report(
          'p',
          passage,
          state.a !== null && result.reason.code === 'unknownId'
            ? { code: 'unknownPassageInArticle', article: state.a }
            : result.reason,
        );
    }
    if (state.from !== null && state.to !== null && state.from > state.to) {
      report('to', state.to, { code: 'toBeforeFrom', from: state.from });
      state.to = null;
    }
  } catch {
    // Belt and braces: nothing above should throw, but a link must never break the app (e.g. a `known` set
    // whose `has` throws). Whatever was read so far stands.
    report('', '', { code: 'unreadable' });
  }

  if (unreported > 0) {
    ignored.push({
      key: '…',
      value: '',
      reason: { code: 'more', count: unreported },
    });
  }
  return { state, ignored };
}

// ---------------------------------------------------------------------------------------------- serialise

/** A name search as `q=` writes it (spaces folded, ends trimmed), or null for none or one parseHash ignores. */
function encodedQuery(text: string): string | null {
  const query = tidyQuery(text);
  if (query === '' || query.length > MAX_QUERY_LENGTH) return null;
  try {
    return encodeURIComponent(query);
  } catch {
    return null; // a lone surrogate, which no URL can carry
  }
}

/**
 * Writes a state as '#…' (or '' when everything is default). Keys in the fixed order; defaults left out; the
 * view passes through roundView, bearing and pitch are written only when not both 0. Never throws: a part
 * that parseHash would reject (a non-finite view, a malformed id, an unknown layer or language) is left out,
 * so the result always parses. Ids are not checked against known ids here; parseHash does that.
 */
export function serialiseHash(state: HashState): string {
  const parts: string[] = [];
  try {
    if (state.view) {
      const v = roundView(state.view);
      if (isValidView(v)) {
        const d = coordinateDecimals(v.zoom);
        const nums = [formatNumber(v.zoom, 2), formatNumber(v.lat, d), formatNumber(v.lng, d)];
        if (v.bearing !== 0 || v.pitch !== 0) nums.push(formatNumber(v.bearing, 1), formatNumber(v.pitch, 0));
        parts.push(`map=${nums.join('/')}`);
      }
    }
    if (Array.isArray(state.layers)) {
      // Ids match [a-z]+, so no percent-encoding is needed.
      parts.push(`layers=${canonicalLayers(state.layers).join(',')}`);
    }
    for (const key of ['sel', 'a', 'p', 'region'] as const) {
      const id = state[key];
      // Safe ids are made of [a-z0-9_-] only, which never needs percent-encoding.
      if (typeof id === 'string' && isId(id)) parts.push(`${key}=${id}`);
    }
    const query = typeof state.q === 'string' ? encodedQuery(state.q) : null;
    if (query !== null) parts.push(`q=${query}`);
    for (const key of ['from', 'to'] as const) {
      const date = state[key];
      if (typeof date === 'string' && isCalendarDate(date)) parts.push(`${key}=${date}`);
    }
    if (isLanguage(state.lang)) parts.push(`lang=${state.lang}`);
    if (state.embed === true) parts.push('embed=1');
    if (state.edit === true) parts.push('edit=1');
  } catch {
    // Only reachable with a state that breaks its type (e.g. a throwing getter); write what was gathered.
  }
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
