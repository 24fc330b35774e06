// The dates of the articles the editor knows (the corpus's, and the new ones among the drafts), for the
// rules on dates the schema alone cannot judge.
import { useMemo } from 'react';
import type { ArticleSummary } from '../data/schema';
import { useAtlasStore } from '../state/store';
import type { ArticleDates } from './draft';

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
