import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenMapSettled } from '../../src/app/mapSettled';
import { useAtlasStore } from '../../src/state/store';

const settledYet = (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  return async () => {
    await Promise.resolve();
    await Promise.resolve();
    return settled;
  };
};

describe('waiting for the map before work it does not need', () => {
  afterEach(() => {
    vi.useRealTimers();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
  });

  it('goes ahead at once when the map is already drawn', async () => {
    useAtlasStore.getState().setMapStatus({ kind: 'ready' });
    expect(await settledYet(whenMapSettled())()).toBe(true);
  });

  it('waits while the map loads and goes ahead on its first idle or its failure', async () => {
    for (const outcome of [{ kind: 'ready' }, { kind: 'no-webgl', detail: 'none' }] as const) {
      useAtlasStore.getState().setMapStatus({ kind: 'loading' });
      const settled = settledYet(whenMapSettled());
      expect(await settled()).toBe(false);
      useAtlasStore.getState().setMapStatus(outcome);
      expect(await settled()).toBe(true);
    }
  });

  it('stops waiting after the limit when the map never settles', async () => {
    vi.useFakeTimers();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
    const settled = settledYet(whenMapSettled(1000));
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled()).toBe(true);
  });
});
