// Where the editor appears when the link says edit=1. Its code is a separate chunk, loaded only then, so
// the reader's JavaScript does not grow.
import { lazy, Suspense } from 'react';
import { useAtlasStore } from '../state/store';

const Editor = lazy(() => import('../editor/Editor'));

export function EditorSlot() {
  const editing = useAtlasStore((state) => state.editing);
  if (!editing) return null;
  return (
    <Suspense fallback={null}>
      <Editor />
    </Suspense>
  );
}
