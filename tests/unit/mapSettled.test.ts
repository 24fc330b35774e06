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

  it('goes ahead when the loading map shows no progress for the quiet limit', async () => {
    vi.useFakeTimers();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
    const settled = settledYet(whenMapSettled({ quietMs: 1000, totalMs: 60_000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled()).toBe(true);
  });

  it('keeps waiting while the map makes progress, up to the total limit', async () => {
    vi.useFakeTimers();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
    const settled = settledYet(whenMapSettled({ quietMs: 1000, totalMs: 5000 }));
    for (let second = 1; second < 5; second += 1) {
      await vi.advanceTimersByTimeAsync(900);
      useAtlasStore.getState().reportMapLoadActivity();
      expect(await settled()).toBe(false);
    }
    // 3.6 s in, the map still busy: waiting on; the total limit ends the wait at 5 s.
    await vi.advanceTimersByTimeAsync(900);
    useAtlasStore.getState().reportMapLoadActivity();
    expect(await settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled()).toBe(true);
  });

  it('leaves no listener or timer behind once settled', async () => {
    vi.useFakeTimers();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
    const subscribe = useAtlasStore.subscribe;
    let subscribed = 0;
    const spy = vi.spyOn(useAtlasStore, 'subscribe').mockImplementation((listener) => {
      subscribed += 1;
      const unsubscribe = subscribe(listener);
      return () => {
        subscribed -= 1;
        unsubscribe();
      };
    });
    const settled = whenMapSettled({ quietMs: 1000, totalMs: 5000 });
    expect(subscribed).toBe(1);
    useAtlasStore.getState().setMapStatus({ kind: 'ready' });
    await settled;
    expect(subscribed).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    spy.mockRestore();
  });
});
