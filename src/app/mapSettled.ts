// Waiting for the map to be drawn (or to have failed) before work the map does not need.
import { useAtlasStore } from '../state/store';

export type SettleLimits = {
  /** Go ahead once the loading map has shown no progress for this long: it is stuck, not busy. */
  quietMs: number;
  /** Go ahead after this long whatever the map does, so a map that never idles cannot hide the data. */
  totalMs: number;
};

// A large corpus keeps the map busy for many seconds, and work started meanwhile (downloading and
// parsing the atlas) only slows the map down further on a 2-core machine; so the wait is for progress
// to stop, not for a fixed time.
export const MAP_SETTLE_LIMITS: SettleLimits = { quietMs: 8000, totalMs: 60_000 };

/**
 * Resolves once the map has left 'loading' (first idle, an error, no WebGL), or has gone quiet for
 * `quietMs`, or after `totalMs`.
 */
export function whenMapSettled(limits: SettleLimits = MAP_SETTLE_LIMITS): Promise<void> {
  return new Promise((resolve) => {
    if (useAtlasStore.getState().mapStatus.kind !== 'loading') {
      resolve();
      return;
    }
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(quietTimer);
      clearTimeout(totalTimer);
      unsubscribe();
      resolve();
    };
    const restartQuietTimer = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, limits.quietMs);
    };
    const totalTimer = setTimeout(finish, limits.totalMs);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.mapStatus.kind !== 'loading') finish();
      else if (state.mapLoadActivity !== previous.mapLoadActivity) restartQuietTimer();
    });
    restartQuietTimer();
  });
}
