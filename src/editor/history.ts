// Undo and redo over whole editor documents (they are small and immutable, so a step is a reference).
import type { EditorDoc } from './draft';

export const HISTORY_LIMIT = 200;

export type History = {
  past: EditorDoc[];
  present: EditorDoc;
  future: EditorDoc[];
  /**
   * What the last change was (say, typing in one field of one draft): a change with the same label right
   * after it joins that step, so Undo takes back a word typed, not a letter.
   */
  lastLabel: string | null;
};

export const startHistory = (present: EditorDoc): History => ({
  past: [],
  present,
  future: [],
  lastLabel: null,
});

export function commit(history: History, next: EditorDoc, label: string | null = null): History {
  if (next === history.present) return history;
  if (label !== null && label === history.lastLabel)
    return { ...history, present: next, future: [], lastLabel: label };
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    lastLabel: label,
  };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastLabel: null,
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, lastLabel: null };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;
