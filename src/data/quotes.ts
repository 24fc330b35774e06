// Quote anchoring shared by the validator and the article panel (no schema library needed).
/** Where an exact quote sits in a passage, for marking it; null when it is not an exact substring. */
export function findQuote(passageText: string, quote: string): { start: number; end: number } | null {
  if (quote.length === 0) return null;
  const start = passageText.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}
