// Reviewing an article's proposed place mentions, pure: what was decided about a mention (read from the
// drafts, so it follows undo and survives a reload), and a rejection as a change to the drafts.
import type { Article } from '../data/schema';
import type { Mention, Proposals } from '../text/proposals';
import { isSameSpan } from '../text/rejections';
import { CONTEXT_LENGTH } from './cite';
import type { EditorDoc } from './draft';

export type Decision = 'accepted' | 'rejected';

type Span = Pick<Mention, 'passage' | 'start' | 'end' | 'quote'>;

/** Rejected when the drafts say so; accepted when a draft cites exactly this mention (its words and context). */
export function decisionOf(doc: EditorDoc, article: Article, mention: Span): Decision | undefined {
  if (doc.rejected.some((r) => r.article === article.id && isSameSpan(r, mention))) return 'rejected';
  const text = article.passages.find((p) => p.id === mention.passage)?.text ?? '';
  const prefix = text.slice(Math.max(0, mention.start - CONTEXT_LENGTH), mention.start);
  const cited = doc.features.some((draft) =>
    draft.sources.some(
      (s) =>
        s.article === article.id &&
        s.passage === mention.passage &&
        s.quote === mention.quote &&
        (s.prefix === undefined || s.prefix === prefix),
    ),
  );
  return cited ? 'accepted' : undefined;
}

/** Rejecting a mention: the article joins the drafts (once), and the mention is recorded as rejected. */
export function rejectMention(doc: EditorDoc, article: Article, mention: Span): EditorDoc {
  if (decisionOf(doc, article, mention) === 'rejected') return doc;
  const { passage, start, end, quote } = mention;
  const articles = doc.articles.some((a) => a.id === article.id) ? doc.articles : [...doc.articles, article];
  return {
    ...doc,
    articles,
    rejected: [...doc.rejected, { article: article.id, passage, start, end, quote }],
  };
}

/** An article's proposals file with its rejections, in text order, as `article:import` keeps them. */
export function proposalsWithRejections(proposals: Proposals, article: Article, doc: EditorDoc): Proposals {
  const order = (id: string) => article.passages.findIndex((p) => p.id === id);
  const rejected = doc.rejected
    .filter((r) => r.article === proposals.article)
    .map(({ passage, start, end, quote }) => ({ passage, start, end, quote }))
    .sort((a, b) => order(a.passage) - order(b.passage) || a.start - b.start);
  return rejected.length > 0 ? { ...proposals, rejected } : proposals;
}
