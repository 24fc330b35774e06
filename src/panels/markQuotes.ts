// Splits a passage into plain and quoted runs at the quotes' exact offsets, so the UI can wrap quotes in <mark>
// while every piece stays a text node.
import { findQuote } from '../data/quotes';

export type TextSegment = { text: string; marked: boolean };

export type MarkedPassage = {
  segments: TextSegment[];
  /** Quotes that are not an exact substring of the passage, in the order given (shown apart, never lost). */
  unfound: string[];
};

export function markQuotes(text: string, quotes: readonly string[]): MarkedPassage {
  const ranges: Array<{ start: number; end: number }> = [];
  const unfound: string[] = [];
  for (const quote of quotes) {
    const range = findQuote(text, quote);
    if (range) ranges.push(range);
    else if (!unfound.includes(quote)) unfound.push(quote);
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return { segments, unfound };
}
