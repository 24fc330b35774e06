// "Cite this view": a citation in the interface language, ready to paste: the atlas view, the article(s)
// it is drawn from (title, outlet, date), the link and the day it was accessed.
import type { ArticleSummary } from '../data/schema';
import { formatDate, translate, type Language } from '../i18n/dictionaries';
import { translateShare } from '../i18n/shareStrings';
import { articleSources, isoDay } from './viewDescription';

export type CitationInput = {
  language: Language;
  viewTitle: string;
  articles: readonly ArticleSummary[];
  link: string;
  accessed: Date;
};

/** Russian bibliographies write the access date as 02.12.2026; English ones write it out. */
function accessDate(language: Language, day: Date): string {
  const iso = isoDay(day);
  if (language === 'ru') return iso.split('-').reverse().join('.');
  return formatDate(language, iso);
}

export function citeView({ language, viewTitle, articles, link, accessed }: CitationInput): string {
  const sources = articleSources(language, articles, 'citationSource')
    // A date that ends with an abbreviation ('2026 г.') must not make '..' before the next sentence.
    .replace(/\.$/, '');
  return translateShare(language, articles.length > 0 ? 'citation' : 'citationNoSource', {
    atlas: translate(language, 'productName'),
    view: viewTitle,
    sources,
    link,
    accessed: accessDate(language, accessed),
  });
}
