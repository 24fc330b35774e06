// The editor's session started ahead, while its code loads: taken once, never started twice, given back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftStorage } from '../../../src/editor/persist';
import type { TabLock } from '../../../src/editor/tabLock';

const calls = vi.hoisted(() => ({ locks: 0, opens: 0, released: 0, failOpen: false }));

vi.mock('../../../src/editor/tabLock', () => ({
  takeTabLock: async (): Promise<TabLock> => {
    calls.locks += 1;
    return {
      held: Promise.resolve(),
      heldAtOnce: true,
      release: () => (calls.released += 1) as unknown as void,
    };
  },
}));

vi.mock('../../../src/editor/persist', () => ({
  openDraftStorage: async (): Promise<DraftStorage> => {
    calls.opens += 1;
    if (calls.failOpen) throw new Error('IndexedDB refused');
    return { load: async () => undefined, save: async () => 0 };
  },
}));

const { abandonSession, startSession, takeSession } = await import('../../../src/editor/sessionStart');

beforeEach(async () => {
  // Whatever the last test left started is given back before the counts start again.
  abandonSession();
  await new Promise((resolve) => setTimeout(resolve, 0));
  Object.assign(calls, { locks: 0, opens: 0, released: 0, failOpen: false });
});

describe('the editor session started ahead', () => {
  it('is the one the editor takes: the lock is asked for and the database opened once', async () => {
    startSession();
    startSession();
    expect(calls).toMatchObject({ locks: 1, opens: 1 });
    const { lock, storage } = await takeSession();
    expect(lock.heldAtOnce).toBe(true);
    expect(await storage.load()).toBeUndefined();
    expect(calls).toMatchObject({ locks: 1, opens: 1, released: 0 });
  });

  it('is started by the editor itself when the head start has not come, and not again after', async () => {
    await takeSession();
    startSession();
    expect(calls).toMatchObject({ locks: 1, opens: 1 });
  });

  it('gives the lock back when edit mode ends before the editor took it', async () => {
    startSession();
    abandonSession();
    await vi.waitFor(() => expect(calls.released).toBe(1));
    // The next time the editor is asked for, a new session starts.
    startSession();
    expect(calls.locks).toBe(2);
  });

  it('leaves a taken session alone when edit mode ends: its lock is the editor’s to release', async () => {
    startSession();
    await takeSession();
    abandonSession();
    await Promise.resolve();
    expect(calls.released).toBe(0);
  });

  it('gives the lock back when the drafts database cannot be opened, and the editor hears why', async () => {
    calls.failOpen = true;
    startSession();
    await expect(takeSession()).rejects.toThrow('IndexedDB refused');
    await vi.waitFor(() => expect(calls.released).toBe(1));
  });
});
