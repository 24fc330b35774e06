// The visible features as CSV (RFC 4180), one row per feature, UTF-8 with a byte-order mark so that Excel
// reads Russian text as Russian. Points give longitude and latitude; other geometries are WKT.
import type { Atlas, OverlayFeature } from '../data/schema';
import { exportedSources, type ArticleTexts } from './featureSources';
import { geometryToWkt } from './wkt';

export const CSV_COLUMNS = [
  'id',
  'layer',
  'name_en',
  'name_ru',
  'kind',
  'severity',
  'basis',
  'precision_km',
  'longitude',
  'latitude',
  'wkt',
  'quotes',
] as const;

/** Between the quotes of one feature, in its `quotes` cell. */
export const QUOTE_SEPARATOR = '\n';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A text cell, quoted when it must be. Text that a spreadsheet would run as a formula (=, +, -, @, tab or CR
 * first) gets a leading apostrophe, the usual guard against formula injection from data.
 */
function textCell(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function row(atlas: Atlas, texts: ArticleTexts, feature: OverlayFeature): string {
  const p = feature.properties;
  const point = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
  return [
    textCell(p.id),
    textCell(p.layer),
    textCell(p.name.en),
    textCell(p.name.ru),
    textCell(p.kind),
    numberCell(p.layer === 'risk' ? p.severity : null),
    textCell(p.basis),
    numberCell(p.precision_km),
    numberCell(point?.[0]),
    numberCell(point?.[1]),
    point ? '' : textCell(geometryToWkt(feature.geometry)),
    textCell(
      exportedSources(atlas, texts, feature)
        .map((source) => source.quote)
        .join(QUOTE_SEPARATOR),
    ),
  ].join(',');
}

export function featuresAsCsv(
  atlas: Atlas,
  texts: ArticleTexts,
  features: readonly OverlayFeature[],
): string {
  const lines = [CSV_COLUMNS.join(','), ...features.map((feature) => row(atlas, texts, feature))];
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
