// Where the timeline goes. Its code loads only for a corpus whose articles span more than one day: the
// shipped corpus is one article, and its readers' first load carries none of it.
import { useMemo } from 'react';
import { lazyPart } from '../app/lazyPart';
import { useAtlasIndex } from '../panels/useAtlas';

const Timeline = lazyPart<Record<string, never>>(() =>
  import('./Timeline').then((module) => ({ default: module.Timeline })),
);

export function TimelineSlot() {
  const index = useAtlasIndex();
  const spansDays = useMemo(() => {
    const first = index?.articlesNewestFirst[0]?.date;
    return index?.articlesNewestFirst.some((article) => article.date !== first) ?? false;
  }, [index]);
  if (!spansDays) return null;
  return <Timeline />;
}
