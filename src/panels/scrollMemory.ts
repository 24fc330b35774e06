// Which scroll boxes have been scrolled away from their top, learnt from their own scroll events. Asking the
// box itself (scrollTop, or scrollIntoView to be sure) makes the browser lay out the page there and then:
// several milliseconds inside the click that opens a feature's details.
const awayFromTop = new WeakSet<Element>();
let listening = false;

function remember(event: Event): void {
  const box = event.target;
  if (!(box instanceof Element)) return;
  // The scroll has been laid out by the time its event arrives: reading the offset here costs nothing.
  if (box.scrollTop > 0) awayFromTop.add(box);
  else awayFromTop.delete(box);
}

/** Starts listening (once): scroll events do not bubble, so one listener captures them all at the document. */
export function rememberScrolls(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('scroll', remember, { capture: true, passive: true });
}

/**
 * True when the box's last scroll event left it away from its top. A box that never sent one was never
 * scrolled: every scroll, by the reader or by a script, sends one.
 */
export function isScrolledAway(box: Element): boolean {
  return awayFromTop.has(box);
}
