// Two tabs never edit the same drafts at once: the editor holds a Web Lock while it is open. A second
// tab opens read-only, says so, and takes over (reading the drafts afresh) when the first one lets go.
const LOCK_NAME = 'risk-atlas-drafts:current';

export type TabLock = {
  /** Resolves once this tab holds the lock: at once, or when the other tab lets go. */
  held: Promise<void>;
  /** True when the lock was free at the start. */
  heldAtOnce: boolean;
  release: () => void;
};

export async function takeTabLock(): Promise<TabLock> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  if (!('locks' in navigator)) return { held: Promise.resolve(), heldAtOnce: true, release };
  const heldAtOnce = await new Promise<boolean>((answer) => {
    void navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      answer(lock !== null);
      // Held until the returned promise settles: until the editor closes.
      return lock === null ? undefined : released;
    });
  });
  if (heldAtOnce) return { held: Promise.resolve(), heldAtOnce: true, release };
  const held = new Promise<void>((resolve) => {
    void navigator.locks.request(LOCK_NAME, () => {
      resolve();
      return released;
    });
  });
  return { held, heldAtOnce: false, release };
}
