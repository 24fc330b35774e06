// Work that must not delay the frame the reader is waiting for: it runs once that frame is out.

/** A page whose frames are held back (hidden, or an iframe scrolled away) still gets the work by then. */
const LATEST_MS = 250;

/**
 * Runs `work` once, after the next frame has been drawn: a task queued from the frame callback runs after
 * the frame's rendering. A hidden page draws no frames, so there it runs in the next task instead; and if
 * no frame comes within LATEST_MS, it runs then.
 */
export function afterNextPaint(work: () => void): void {
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  let done = false;
  const runOnce = () => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    work();
  };
  const latest = setTimeout(runOnce, LATEST_MS);
  requestAnimationFrame(() => setTimeout(runOnce, 0));
}
