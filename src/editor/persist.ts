// Drafts kept in IndexedDB (database `risk-atlas-drafts`) as every change is made, with their undo history,
// so a reload, a crash or going offline loses nothing. Writes go one after another, the last one wins.
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
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: async () => (await db.get(STORE, SESSION_KEY)) as LoadedSession | undefined,
    save(history) {
      const savedAt = Date.now();
      const write = queue.then(() => db.put(STORE, { history, savedAt } satisfies SavedSession, SESSION_KEY));
      queue = write.catch(() => undefined);
      return write.then(() => savedAt);
    },
  };
}
