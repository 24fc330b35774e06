// Where the editor appears when the link says edit=1. Its code is a separate chunk, loaded only then, so
// the reader's JavaScript does not grow. A chunk that fails to load (offline, a deploy replaced it) or an
// editor that fails to start leaves a notice with Retry; the reader's page goes on working.
import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import { lazyPart } from './lazyPart';

const Editor = lazyPart(() => import('../editor/Editor'), 'editorFailed');

/**
 * The editor's session (its lock on the drafts, their database) starts beside the editor's code rather than
 * after it: it is the slower of the two. Given back if edit mode ends before the editor took it.
 */
function useSessionHeadStart(editing: boolean): void {
  useEffect(() => {
    if (!editing) return undefined;
    const session = import('../editor/sessionStart');
    session.then(({ startSession }) => startSession()).catch(() => undefined);
    return () => {
      session.then(({ abandonSession }) => abandonSession()).catch(() => undefined);
    };
  }, [editing]);
}

export function EditorSlot() {
  const editing = useAtlasStore((state) => state.editing);
  useSessionHeadStart(editing);
  if (!editing) return null;
  return <Editor />;
}
