import { describe, expect, it, vi } from 'vitest';
import { afterQuiet } from '../../src/state/afterQuiet';

describe('waiting for something to go quiet', () => {
  it('stops watching and leaves no timer when the watcher is done while starting', async () => {
    vi.useFakeTimers();
    const stop = vi.fn();
    await afterQuiet({ quietMs: 1000, totalMs: 5000 }, (_activity, done) => {
      done();
      return stop;
    });
    expect(stop).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });
});
