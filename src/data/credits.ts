// Credits for the articles the atlas is drawn from, made from the corpus itself (not a hand-kept line):
// one entry per outlet, with how many of its articles and over which dates.
import type { ArticleSummary } from './schema';

export type OutletCredit = {
  outlet: ArticleSummary['outlet'];
  articles: number;
  first: string;
  last: string;
};

export function outletCredits(articles: readonly ArticleSummary[]): OutletCredit[] {
  const byOutlet = new Map<string, OutletCredit>();
  for (const article of articles) {
    const key = `${article.outlet.en}\u0000${article.outlet.ru}`;
    const credit = byOutlet.get(key);
    if (!credit) {
      byOutlet.set(key, { outlet: article.outlet, articles: 1, first: article.date, last: article.date });
      continue;
    }
    credit.articles += 1;
    if (article.date < credit.first) credit.first = article.date;
    if (article.date > credit.last) credit.last = article.date;
  }
  return [...byOutlet.values()].sort((a, b) => b.articles - a.articles || (a.first < b.first ? -1 : 1));
}

/** The outlet's name as the credit shows it: both spellings when they differ. */
export function outletName(outlet: ArticleSummary['outlet']): string {
  return outlet.ru === outlet.en ? outlet.en : `${outlet.ru} / ${outlet.en}`;
}
