// Credits shown in the map's attribution control. MapLibre writes attribution as HTML: our own lines are
// static text, and the corpus's outlets (data) are escaped before they join them.
import { outletCredits, outletName } from '../data/credits';
import type { ArticleSummary } from '../data/schema';

export const ATTRIBUTION_PARTS = [
  'Borders, provinces: Natural Earth (public domain)',
  'Rivers, lakes: GSHHG (Wessel &amp; Smith), LGPL-3',
  'Boundaries and names do not imply endorsement',
];

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

/** "Overlays: Risk Atlas, after <outlet>, <dates>" for each outlet of the corpus, escaped for MapLibre. */
export function overlayCredit(articles: readonly ArticleSummary[]): string {
  const credits = outletCredits(articles).map((credit) => {
    const dates =
      credit.first === credit.last
        ? englishDate(credit.first)
        : `${englishDate(credit.first)} – ${englishDate(credit.last)}`;
    const count = credit.articles === 1 ? '' : ` (${credit.articles} articles)`;
    return `${outletName(credit.outlet)}${count}, ${dates}`;
  });
  return escapeHtml(
    credits.length === 0 ? 'Overlays: Risk Atlas' : `Overlays: Risk Atlas, after ${credits.join('; ')}`,
  );
}
