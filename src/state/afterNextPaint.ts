// Work that must not delay the frame the reader is waiting for: it runs once that frame is out.

/**
 * Runs `work` after the next frame has been drawn: a task queued from the frame callback runs after the
 * frame's rendering. A hidden page draws no frames, so there it runs in the next task instead.
 */
export function afterNextPaint(work: () => void): void {
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}
