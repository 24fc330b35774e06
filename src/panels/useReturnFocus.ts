// Keeps keyboard focus somewhere sensible while the context panel changes under it: back to whatever opened the
// panel when it closes (Escape, a close button), onto the panel when its content is replaced (a pick, a link to
// another feature), instead of dropping it on <body>.
import { useLayoutEffect, useRef, type RefObject } from 'react';

const focusIsLost = () => document.activeElement === null || document.activeElement === document.body;

export function useReturnFocus(
  open: boolean,
  contentKey: string,
  container: RefObject<HTMLElement | null>,
): void {
  const opener = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    if (open) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !container.current?.contains(active)) {
        opener.current = active;
      }
      return;
    }
    const target = opener.current;
    opener.current = null;
    if (target && focusIsLost() && target.isConnected) target.focus();
  }, [open, container]);

  useLayoutEffect(() => {
    if (open && focusIsLost() && opener.current) container.current?.focus();
  }, [open, contentKey, container]);
}
