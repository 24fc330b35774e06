// The dates of the articles the editor knows (the corpus's, and the new ones among the drafts), for the
// rules on dates the schema alone cannot judge.
import { useMemo } from 'react';
import type { ArticleSummary } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { publishable, type ArticleDates, type EditorDoc } from './draft';
import type { OverlayFeature } from '../data/schema';

/** One array while the data is on its way, so the selector reads the same thing twice. */
const NO_ARTICLES: readonly ArticleSummary[] = [];

export function useArticleDates(): ArticleDates {
  const articles = useAtlasStore((state) =>
    state.data.kind === 'ready' ? state.data.atlas.articles : NO_ARTICLES,
  );
  return useMemo(() => {
    const dates = new Map(articles.map((a) => [a.id, a.date]));
    return (id) => dates.get(id);
  }, [articles]);
}

/** The dates of the drafts' new articles first, then of the published ones (as a download would judge them). */
export function datesWithNewArticles(
  published: readonly ArticleSummary[],
  added: ReadonlyArray<{ id: string; date: string }>,
): ArticleDates {
  const dates = new Map(published.map((a) => [a.id, a.date]));
  for (const article of added) dates.set(article.id, article.date);
  return (id) => dates.get(id);
}

/**
 * The drafts the map, the list and the details show: those a download would write, so a draft whose stated
 * date no cited article backs is shown only in its form, with the problem, as it would fail geo:check.
 */
export function draftsToShow(doc: EditorDoc, published: readonly ArticleSummary[]): OverlayFeature[] {
  const dateOf = datesWithNewArticles(published, doc.articles);
  return doc.features.flatMap((draft) => publishable(draft, dateOf) ?? []);
}
