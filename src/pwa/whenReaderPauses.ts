// Waiting for a pause in the reader's input before background work they would feel on a modest machine.

/** Input that means the reader is using the page right now. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

export type PauseLimits = {
  /** How long without input counts as a pause. */
  pauseMs: number;
  /** Go ahead after this long regardless, so a reader who never stops still gets the work done. */
  totalMs: number;
};

export const READER_PAUSE: PauseLimits = { pauseMs: 3000, totalMs: 30_000 };

/** Resolves after `pauseMs` without pointer, wheel, key or touch input, or after `totalMs`. */
export function whenReaderPauses(
  limits: PauseLimits = READER_PAUSE,
  target: EventTarget = window,
): Promise<void> {
  return new Promise((resolve) => {
    let pauseTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(pauseTimer);
      clearTimeout(totalTimer);
      for (const type of INPUT_EVENTS) target.removeEventListener(type, restart, true);
      resolve();
    };
    const restart = () => {
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(finish, limits.pauseMs);
    };
    const totalTimer = setTimeout(finish, limits.totalMs);
    for (const type of INPUT_EVENTS) target.addEventListener(type, restart, { capture: true, passive: true });
    restart();
  });
}
