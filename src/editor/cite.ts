// "Cite selection", pure: the article's passages laid out as one text (a blank line between passages), and
// a selected span of it turned into a source whose quote is exactly that span, with a little context
// before and after (a W3C TextQuoteSelector), or refused when it crosses from one passage into another.
import type { Passage } from '../data/schema';
import type { DraftSource } from './draft';

export const PASSAGE_SEPARATOR = '\n\n';
/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export type PassageSpan = { id: string; start: number; end: number; text: string };
export type ArticleLayout = { text: string; spans: PassageSpan[] };

export function layoutArticle(passages: readonly Passage[]): ArticleLayout {
  const spans: PassageSpan[] = [];
  let offset = 0;
  for (const passage of passages) {
    spans.push({ id: passage.id, start: offset, end: offset + passage.text.length, text: passage.text });
    offset += passage.text.length + PASSAGE_SEPARATOR.length;
  }
  return { text: passages.map((p) => p.text).join(PASSAGE_SEPARATOR), spans };
}

export type CiteResult =
  { kind: 'cited'; source: DraftSource } | { kind: 'refused'; reason: 'empty' | 'across-passages' };

/** Whitespace at the ends of a selection is not part of what was meant. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return [s, e];
}

export function citeSelection(
  articleId: string,
  layout: ArticleLayout,
  selectionStart: number,
  selectionEnd: number,
): CiteResult {
  const [start, end] = trimmed(
    layout.text,
    Math.min(selectionStart, selectionEnd),
    Math.max(selectionStart, selectionEnd),
  );
  if (end <= start) return { kind: 'refused', reason: 'empty' };
  const span = layout.spans.find((s) => s.start <= start && end <= s.end);
  if (!span) return { kind: 'refused', reason: 'across-passages' };
  const from = start - span.start;
  const to = end - span.start;
  return {
    kind: 'cited',
    source: {
      article: articleId,
      passage: span.id,
      quote: span.text.slice(from, to),
      prefix: span.text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: span.text.slice(to, to + CONTEXT_LENGTH),
    },
  };
}
