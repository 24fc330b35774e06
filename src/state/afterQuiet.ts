// Waiting for something to go quiet: the loading map (no progress), the reader (no input).

export type QuietLimits = {
  /** How long without activity counts as quiet. */
  quietMs: number;
  /** Go ahead after this long regardless, so endless activity cannot hold the work back for ever. */
  totalMs: number;
};

/**
 * Resolves once `watch` has reported no activity for `quietMs`, or after `totalMs`, or as soon as `watch`
 * says it is done. `watch` starts listening and returns how to stop; it is stopped before resolving.
 */
export function afterQuiet(
  limits: QuietLimits,
  watch: (activity: () => void, done: () => void) => () => void,
): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let watching = false;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(quietTimer);
      clearTimeout(totalTimer);
      if (watching) stopWatching();
      resolve();
    };
    const restartQuietTimer = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, limits.quietMs);
    };
    const totalTimer = setTimeout(finish, limits.totalMs);
    restartQuietTimer();
    const stopWatching = watch(restartQuietTimer, finish);
    watching = true;
    // `watch` may have called `done` while starting, before there was anything to stop.
    if (finished) stopWatching();
  });
}
