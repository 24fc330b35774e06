import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenReaderPauses } from '../../src/pwa/whenReaderPauses';

const LIMITS = { quietMs: 1000, totalMs: 10_000 };

function tracked(promise: Promise<void>): () => boolean {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
}

describe('waiting for a pause in the reader’s input', () => {
  afterEach(() => vi.useRealTimers());

  it('goes ahead after the pause when nothing happens', async () => {
    vi.useFakeTimers();
    const done = tracked(whenReaderPauses(LIMITS, new EventTarget()));
    await vi.advanceTimersByTimeAsync(999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('waits while the reader pans, zooms or types, and goes ahead once they stop', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const done = tracked(whenReaderPauses(LIMITS, page));
    for (const type of ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart']) {
      await vi.advanceTimersByTimeAsync(800);
      page.dispatchEvent(new Event(type));
    }
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('goes ahead after the total limit for a reader who never stops, and stops listening', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const removed = vi.spyOn(page, 'removeEventListener');
    const done = tracked(whenReaderPauses(LIMITS, page));
    for (let elapsed = 0; elapsed < 10_000; elapsed += 500) {
      page.dispatchEvent(new Event('pointermove'));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(done()).toBe(true);
    expect(removed).toHaveBeenCalledTimes(5);
    expect(vi.getTimerCount()).toBe(0);
  });
});
