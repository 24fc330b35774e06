// Paragraph numbers as a reader counts them, and the DOM side of "show this passage in the article".
import type { PassageRef } from '../data/atlasIndex';
import type { ArticleSummary, Passage, PassageOutline } from '../data/schema';
import type { Translate } from '../i18n/useT';

/** 1-based numbers of the paragraphs (headings are not counted). */
export function paragraphNumbers(article: Pick<ArticleSummary, 'passages'>): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const passage of article.passages) {
    if (passage.kind === 'paragraph') numbers.set(passage.id, numbers.size + 1);
  }
  return numbers;
}

/** The words that tell a screen reader which passage a button is about: ": paragraph 4", ": heading “…”". */
export function passageLabel(
  t: Translate,
  passage: Passage | PassageOutline,
  numbers: ReadonlyMap<string, number>,
): string {
  const number = numbers.get(passage.id);
  return number === undefined
    ? t('headingButtonHidden', { text: 'text' in passage ? passage.text : passage.id })
    : t('paragraphButtonHidden', { number });
}

/** Ids are kebab-case, so the double hyphen cannot occur inside either part. */
export const passageDomId = (ref: PassageRef) => `passage-${ref.article}--${ref.passage}`;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls the article to a passage; with `focus`, also moves keyboard focus there. */
export function revealPassage(
  ref: PassageRef,
  { focus = false }: { focus?: boolean } = {},
  framesLeft = 10,
): void {
  const element = document.getElementById(passageDomId(ref));
  if (!element) {
    // A link can focus a passage in the same tick as the data arrives, or in an article not yet open,
    // before React has drawn it.
    if (framesLeft > 0 && typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => revealPassage(ref, { focus }, framesLeft - 1));
    return;
  }
  if (focus) element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
