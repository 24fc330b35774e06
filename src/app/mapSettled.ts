// Waiting for the map to be drawn (or to have failed) before work the map does not need.
import { useAtlasStore } from '../state/store';

/** Long enough for a slow first draw; short enough that a map stuck loading never hides the panels' data. */
export const MAP_SETTLE_LIMIT_MS = 8000;

/** Resolves once the map has left 'loading' (first idle, an error, no WebGL), or after `limitMs`. */
export function whenMapSettled(limitMs: number = MAP_SETTLE_LIMIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (useAtlasStore.getState().mapStatus.kind !== 'loading') {
      resolve();
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, limitMs);
    const unsubscribe = useAtlasStore.subscribe((state) => {
      if (state.mapStatus.kind !== 'loading') finish();
    });
  });
}
