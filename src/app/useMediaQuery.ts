import { useSyncExternalStore } from 'react';

/**
 * Phones (either way up), and tablets (or windows) held upright: the map takes the whole width and the
 * panels a bottom sheet. Between two side columns an upright tablet's map was 260 px wide, a phone on its
 * side's 284. The CSS repeats this query in its `@media` rules (CSS cannot import it);
 * tests/unit/narrowLayout.test.ts holds them to it.
 */
export const NARROW_QUERY =
  '(max-width: 640px), screen and (max-width: 1024px) and (orientation: portrait), screen and (max-width: 1024px) and (max-height: 500px)';

/** Whether a CSS media query matches, kept up to date as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
