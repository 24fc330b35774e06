// Drafts are saved one write after another, each taking the newest history: a burst of changes (a reason
// typed key by key) costs two writes, and nothing a failed write held is lost.
import { describe, expect, it } from 'vitest';
import type { History } from '../../../src/editor/history';
import { savingNewest, type SavedSession } from '../../../src/editor/persist';

/** A stand-in for IndexedDB's put that finishes each write when told to. */
function fakeDisk() {
  const written: History[] = [];
  const pending: Array<{ session: SavedSession; finish: (ok: boolean) => void }> = [];
  const put = (session: SavedSession) =>
    new Promise<void>((resolve, reject) => {
      pending.push({
        session,
        finish: (ok) => {
          if (!ok) return reject(new Error('disk full'));
          written.push(session.history);
          resolve();
        },
      });
    });
  /** Lets the queue reach its next write, then finishes it. */
  const finishNext = async (ok = true) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const next = pending.shift();
    if (!next) throw new Error('no write is waiting');
    next.finish(ok);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { put, written, pending, finishNext };
}

const history = (name: string) => ({ name }) as unknown as History;

describe('saving the drafts', () => {
  it('writes a burst of changes as two writes, the newest last', async () => {
    const disk = fakeDisk();
    const save = savingNewest(disk.put);
    const saves = [save(history('a'))];
    // While the first is being written, three more keys.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(disk.pending).toHaveLength(1);
    saves.push(...['ab', 'abc', 'abcd'].map((text) => save(history(text))));
    await disk.finishNext();
    await disk.finishNext();
    await Promise.all(saves);
    expect(disk.written).toEqual([history('a'), history('abcd')]);
    expect(disk.pending).toEqual([]);
  });

  it('tries a failed write again with the next change, and says the failed one failed', async () => {
    const disk = fakeDisk();
    const save = savingNewest(disk.put);
    const first = save(history('first'));
    const failedWrite = expect(first).rejects.toThrow('disk full');
    await disk.finishNext(false);
    await failedWrite;
    const second = save(history('second'));
    await disk.finishNext();
    await second;
    expect(disk.written).toEqual([history('second')]);
  });

  it('keeps what a failed write held when the next save was already waiting', async () => {
    const disk = fakeDisk();
    const save = savingNewest(disk.put);
    const first = save(history('one'));
    const second = save(history('two'));
    const failedWrite = expect(first).rejects.toThrow('disk full');
    // The first write took "two" with it and failed: the second one writes it.
    await disk.finishNext(false);
    await failedWrite;
    await disk.finishNext();
    await second;
    expect(disk.written).toEqual([history('two')]);
  });
});
