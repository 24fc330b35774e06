// Proposed place mentions rejected in review, as an article's proposals file keeps them: what they are, and
// which of an earlier file's still stand. Pure and light (no gazetteer, no stemmer), so the editor's own
// chunk can carry it without the importer.
import type { Article } from '../data/schema';

/** A mention a person has said is not the place proposed (kept, so it is not offered again). */
export interface RejectedMention {
  passage: string;
  start: number;
  end: number;
  quote: string;
}

/** The same words at the same place of the same passage. */
export const isSameSpan = (a: RejectedMention, b: RejectedMention) =>
  a.passage === b.passage && a.start === b.start && a.end === b.end && a.quote === b.quote;

/** Rejections (of an earlier proposals file) still standing: their quote is still at their place in the text. */
export function standingRejections(previous: unknown, article: Pick<Article, 'passages'>): RejectedMention[] {
  const list =
    typeof previous === 'object' && previous !== null && 'rejected' in previous ? previous.rejected : [];
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is RejectedMention => {
    if (typeof item !== 'object' || item === null) return false;
    const { passage, start, end, quote } = item as Record<string, unknown>;
    if (typeof passage !== 'string' || typeof start !== 'number' || typeof end !== 'number') return false;
    const text = article.passages.find((p) => p.id === passage)?.text;
    return typeof quote === 'string' && text?.slice(start, end) === quote;
  });
}
