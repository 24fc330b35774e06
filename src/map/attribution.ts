// Credits shown in the map's attribution control. MapLibre writes attribution as HTML: our own lines are
// static text, and the corpus's outlets (data) are escaped before they join them.
import { outletCredits, outletName } from '../data/credits';
import type { ArticleSummary } from '../data/schema';
import { formatDate, translate, type Language } from '../i18n/dictionaries';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "6 March 2026", as en-GB writes it: without Intl, whose first use costs ~15 ms while the map starts. */
function englishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** A day as the credits write it: "6 March 2026" in English, without Intl; the reader's own way otherwise. */
function creditDate(language: Language, date: string): string {
  return language === 'en' ? englishDate(date) : formatDate(language, date);
}

/** "Overlays: Risk Atlas, after <outlet>, <dates>" for each outlet of the corpus, escaped for MapLibre. */
export function overlayCredit(articles: readonly ArticleSummary[], language: Language = 'en'): string {
  const credits = outletCredits(articles).map((credit) => {
    const dates =
      credit.first === credit.last
        ? creditDate(language, credit.first)
        : `${creditDate(language, credit.first)} – ${creditDate(language, credit.last)}`;
    const count =
      credit.articles === 1
        ? ''
        : ` ${translate(language, 'creditArticleCount', { count: credit.articles })}`;
    return `${outletName(credit.outlet)}${count}, ${dates}`;
  });
  return escapeHtml(
    credits.length === 0
      ? translate(language, 'attribOverlays')
      : translate(language, 'attribOverlaysAfter', { outlets: credits.join('; ') }),
  );
}

/**
 * What the map's data comes from, in `language`, escaped for MapLibre: the basemap's sources, GeoNames (its
 * licence asks for credit), and the corpus's outlets once the articles are known.
 */
export function sourceCredits(
  language: Language,
  articles: readonly ArticleSummary[] | null = null,
): string[] {
  return [
    ...(['attribNaturalEarth', 'attribGshhg', 'attribGeonames'] as const).map((key) =>
      escapeHtml(translate(language, key)),
    ),
    ...(articles ? [overlayCredit(articles, language)] : []),
  ];
}

/** The map's credits: the sources, then the disclaimer. */
export function mapCredits(language: Language, articles: readonly ArticleSummary[] | null = null): string[] {
  return [...sourceCredits(language, articles), escapeHtml(translate(language, 'attribDisclaimer'))];
}
