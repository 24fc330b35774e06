// Waiting for the map to be drawn (or to have failed) before work the map does not need.
import { afterQuiet, type QuietLimits } from '../state/afterQuiet';
import { useAtlasStore } from '../state/store';

export type SettleLimits = QuietLimits;

// A large corpus keeps the map busy for many seconds, and work started meanwhile (downloading and
// parsing the atlas) only slows the map down further on a 2-core machine; so the wait is for progress
// to stop (quietMs: the map is stuck, not busy), not for a fixed time; totalMs caps it for a map that
// never idles.
export const MAP_SETTLE_LIMITS: SettleLimits = { quietMs: 8000, totalMs: 60_000 };

/**
 * Resolves once the map has left 'loading' (first idle, an error, no WebGL), or has shown no load
 * progress for `quietMs`, or after `totalMs`.
 */
export function whenMapSettled(limits: SettleLimits = MAP_SETTLE_LIMITS): Promise<void> {
  if (useAtlasStore.getState().mapStatus.kind !== 'loading') return Promise.resolve();
  return afterQuiet(limits, (activity, done) =>
    useAtlasStore.subscribe((state, previous) => {
      if (state.mapStatus.kind !== 'loading') done();
      else if (state.mapLoadActivity !== previous.mapLoadActivity) activity();
    }),
  );
}
