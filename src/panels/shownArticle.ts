// Which article the article panel shows: the one the reader chose (the link's `a=`), else the newest of the
// dates the map shows. The editor starts from the same one.
import type { AtlasIndex } from '../data/atlasIndex';
import { newestArticleIn } from '../data/reported';
import type { DateRange } from '../data/dateRange';

export function shownArticle(index: AtlasIndex, openArticleId: string | null, dateRange: DateRange) {
  return (
    (openArticleId !== null ? index.articlesById.get(openArticleId) : undefined) ??
    newestArticleIn(index.articlesNewestFirst, dateRange)
  );
}
