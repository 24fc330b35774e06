// The editor's session (the tab's lock on the drafts and their IndexedDB database) starts as soon as the
// editor is asked for, while its code is still on the way: both answers come from the browser's own process
// and can take longer than the download. A small chunk of its own, so it can start first.
import { openDraftStorage, type DraftStorage } from './persist';
import { takeTabLock, type TabLock } from './tabLock';

export type StartedSession = { lock: TabLock; storage: DraftStorage };

let started: Promise<StartedSession> | null = null;
/** The editor took its session before the head start came: nothing more to start until edit mode ends. */
let taken = false;

async function start(): Promise<StartedSession> {
  const lock = takeTabLock();
  // Awaited below, after the database: a refusal waiting there must not count as unhandled meanwhile.
  lock.catch(() => undefined);
  try {
    return { storage: await openDraftStorage(), lock: await lock };
  } catch (error) {
    // No drafts database (a private window that refuses IndexedDB): the lock is of no use to anyone.
    void lock.then(
      (held) => held.release(),
      () => undefined,
    );
    throw error;
  }
}

/** Starts the session if none is waiting to be taken and the editor has not taken one. */
export function startSession(): void {
  if (started || taken) return;
  const session = start();
  started = session;
  // A failure is the editor's to report when it takes the session; here it must not go unhandled.
  session.catch(() => undefined);
}

/** The session started ahead (or a new one): the caller now owns it and releases its lock. */
export function takeSession(): Promise<StartedSession> {
  const session = started ?? start();
  started = null;
  taken = true;
  return session;
}

/** The editor was asked for and closed again before it took its session: the lock goes back. */
export function abandonSession(): void {
  const session = started;
  started = null;
  taken = false;
  void session?.then(({ lock }) => lock.release()).catch(() => undefined);
}
