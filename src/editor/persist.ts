// Drafts kept in IndexedDB (database `risk-atlas-drafts`) as every change is made, with their undo history,
// so a reload, a crash or going offline loses nothing. Writes go one after another, the newest one wins.
import { openDB, type IDBPDatabase } from 'idb';
import type { SavedDoc } from './draft';
import type { History } from './history';

export const DRAFTS_DATABASE = 'risk-atlas-drafts';
const STORE = 'sessions';
const SESSION_KEY = 'current';

export type SavedSession = { history: History; savedAt: number };
/** A session as read back: saved perhaps by an earlier version, its documents lacking what came since. */
export type LoadedSession = {
  history: { past: SavedDoc[]; present: SavedDoc; future: SavedDoc[] };
  savedAt: number;
};

export type DraftStorage = {
  load(): Promise<LoadedSession | undefined>;
  save(history: History): Promise<number>;
};

export async function openDraftStorage(): Promise<DraftStorage> {
  const db: IDBPDatabase = await openDB(DRAFTS_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return {
    load: async () => (await db.get(STORE, SESSION_KEY)) as LoadedSession | undefined,
    save: savingNewest((session) => db.put(STORE, session, SESSION_KEY)),
  };
}

/**
 * Saves one after another, each write taking the newest history waiting when its turn comes. Typing a
 * reason makes a change per key: a burst of changes then costs two writes, not one each, and the newest
 * is on disk sooner (a reload right after it is less likely to find it still waiting). Resolves to the
 * time of the write that took the history asked for (or a newer one).
 */
export function savingNewest(
  put: (session: SavedSession) => Promise<unknown>,
): (history: History) => Promise<number> {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting: SavedSession | null = null;
  let lastWritten = 0;
  return (history) => {
    waiting = { history, savedAt: Date.now() };
    const write = queue.then(async () => {
      const session = waiting;
      // An earlier write already took this one with it.
      if (session === null) return lastWritten;
      waiting = null;
      try {
        await put(session);
      } catch (error) {
        // Not written: the next write in the queue tries it again, unless a newer one is waiting.
        waiting ??= session;
        throw error;
      }
      lastWritten = session.savedAt;
      return lastWritten;
    });
    queue = write.catch(() => undefined);
    return write;
  };
}
