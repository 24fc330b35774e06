// The editor's state: the drafts with their undo history (the one thing saved), and what the editor shows
// around them. Every change to the history is written to IndexedDB as it is made.
import { create } from 'zustand';
import type { Geometry } from '../data/schema';
import { completeDoc, EMPTY_DOC, type DrawKind, type EditorDoc } from './draft';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from './history';
import type { DraftStorage } from './persist';

/** `unavailable`: the drafts cannot be kept in this browser (no IndexedDB): nothing can be edited. */
export type Access = 'loading' | 'editing' | 'read-only' | 'unavailable';
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; detail: string };

export type EditorState = {
  access: Access;
  history: History;
  save: SaveState;
  selectedKey: string | null;
  /** What is being drawn, and the document as it was before (Escape goes back to it). */
  drawing: { kind: DrawKind; key: string; before: EditorDoc } | null;
  articleId: string | null;
  /** The last thing the editor has to say (a refused quote, a download), read out politely. */
  message: string | null;
  /** The map's country borders, for the country of a drawn point: not yet asked for, on the way, or failed. */
  countryLookup: 'idle' | 'loading' | 'ready' | 'failed';
};

export const useEditorStore = create<EditorState>()(() => ({
  access: 'loading',
  history: startHistory(EMPTY_DOC),
  save: { kind: 'idle' },
  selectedKey: null,
  drawing: null,
  articleId: null,
  message: null,
  countryLookup: 'idle',
}));

let storage: DraftStorage | null = null;

function persist(history: History): void {
  if (!storage) return;
  useEditorStore.setState({ save: { kind: 'saving' } });
  storage.save(history).then(
    (at) => {
      if (useEditorStore.getState().history === history)
        useEditorStore.setState({ save: { kind: 'saved', at } });
    },
    (error: unknown) =>
      useEditorStore.setState({
        save: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) },
      }),
  );
}

function setHistory(history: History): void {
  const state = useEditorStore.getState();
  if (history === state.history || state.access !== 'editing') return;
  const keys = new Set(history.present.features.map((f) => f.key));
  useEditorStore.setState({
    history,
    selectedKey: state.selectedKey !== null && keys.has(state.selectedKey) ? state.selectedKey : null,
  });
  persist(history);
}

/** A change to the drafts; `label` joins it to the previous change with the same label (typing in a field). */
export function change(next: (doc: EditorDoc) => EditorDoc, label: string | null = null): void {
  const { history } = useEditorStore.getState();
  setHistory(commit(history, next(history.present), label));
}

/**
 * Completes the present step with what follows from it (a moved point's country), adding no step of its
 * own: Undo takes back the move and its consequence together, and the steps to redo stay.
 */
export function amendPresent(next: (doc: EditorDoc) => EditorDoc): void {
  const { history } = useEditorStore.getState();
  const present = next(history.present);
  if (present !== history.present) setHistory({ ...history, present });
}

export function undoChange(): void {
  useEditorStore.setState({ drawing: null });
  setHistory(undo(useEditorStore.getState().history));
}

export function redoChange(): void {
  useEditorStore.setState({ drawing: null });
  setHistory(redo(useEditorStore.getState().history));
}

export const canUndoNow = (state: EditorState) => state.access === 'editing' && canUndo(state.history);
export const canRedoNow = (state: EditorState) => state.access === 'editing' && canRedo(state.history);

/** Back to the document as it was before drawing began, leaving no step to undo or redo. */
export function cancelDrawing(): void {
  const { drawing, history } = useEditorStore.getState();
  if (!drawing) return;
  useEditorStore.setState({ drawing: null });
  if (history.present === drawing.before) return;
  const past = history.past.at(-1) === drawing.before ? history.past.slice(0, -1) : history.past;
  setHistory({ past, present: drawing.before, future: history.future, lastLabel: null });
}

export function setGeometryInProgress(
  update: (doc: EditorDoc) => EditorDoc,
  geometry: Geometry | null,
): void {
  const { drawing } = useEditorStore.getState();
  if (!drawing || geometry === null) return;
  change(update, `draw:${drawing.key}`);
}

/** Opens the saved session (or a new one) for editing; `readOnly` shows it without the right to change it. */
export async function openSession(opened: DraftStorage, readOnly: boolean): Promise<void> {
  storage = readOnly ? null : opened;
  const saved = await opened.load();
  useEditorStore.setState({
    access: readOnly ? 'read-only' : 'editing',
    history: saved
      ? {
          past: saved.history.past.map(completeDoc),
          present: completeDoc(saved.history.present),
          future: saved.history.future.map(completeDoc),
          lastLabel: null,
        }
      : startHistory(EMPTY_DOC),
    save: saved ? { kind: 'saved', at: saved.savedAt } : { kind: 'idle' },
    drawing: null,
  });
}

/** The session could not be opened: says why, and the tools stay off. */
export function sessionUnavailable(message: string): void {
  useEditorStore.setState({ access: 'unavailable', message });
}

export function closeSession(): void {
  storage = null;
  useEditorStore.setState({ access: 'loading', drawing: null, message: null });
}

export function say(message: string | null): void {
  useEditorStore.setState({ message });
}
