// Where the editor appears when the link says edit=1. Its code is a separate chunk, loaded only then, so
// the reader's JavaScript does not grow. A chunk that fails to load (offline, a deploy replaced it) or an
// editor that fails to start leaves a notice with Retry; the reader's page goes on working.
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { translate } from '../i18n/dictionaries';
import { useAtlasStore } from '../state/store';

const loadEditor = () => lazy(() => import('../editor/Editor'));
// Made outside React's state: a lazy component made during a render that React then throws away would be
// made again on the next attempt, and its load never waited for. A failed one keeps its failure, so a
// retry makes a new one.
let Editor = loadEditor();

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type BoundaryProps = { onRetry: () => void; children: ReactNode };

/** Catches a failed load (or start) of the editor, so it never takes the rest of the page with it. */
class EditorFailure extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const { language, addNotice } = useAtlasStore.getState();
    addNotice(translate(language, 'editorFailed', { detail: describe(error) }), {
      label: translate(language, 'retry'),
      run: this.props.onRetry,
    });
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

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
  const [attempt, setAttempt] = useState(0);
  useSessionHeadStart(editing);
  if (!editing) return null;
  const retry = () => {
    Editor = loadEditor();
    setAttempt((count) => count + 1);
  };
  return (
    <EditorFailure key={attempt} onRetry={retry}>
      <Suspense fallback={null}>
        <Editor />
      </Suspense>
    </EditorFailure>
  );
}
