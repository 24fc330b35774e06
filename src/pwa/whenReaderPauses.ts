// Waiting for a pause in the reader's input before background work they would feel on a modest machine.
import { afterQuiet, type QuietLimits } from '../state/afterQuiet';

/** Input that means the reader is using the page right now. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

/** Three seconds without input is a pause; after 30 s the work goes ahead regardless. */
export const READER_PAUSE: QuietLimits = { quietMs: 3000, totalMs: 30_000 };

/** Resolves after `quietMs` without pointer, wheel, key or touch input, or after `totalMs`. */
export function whenReaderPauses(
  limits: QuietLimits = READER_PAUSE,
  target: EventTarget = window,
): Promise<void> {
  return afterQuiet(limits, (activity) => {
    for (const type of INPUT_EVENTS)
      target.addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) target.removeEventListener(type, activity, true);
    };
  });
}
