// Escape anywhere on the page clears the selection, unless something that owns Escape is open
// (a dialog, a select's list, the browser's own handling of an input).
import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';

function escapeBelongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  if (document.querySelector('dialog[open]')) return true;
  const target = event.target;
  return (
    target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'checkbox')
  );
}

export function useEscapeClears(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || escapeBelongsElsewhere(event)) return;
      const state = useAtlasStore.getState();
      if (state.selectedId || state.whatsHereAt || state.activePassage) {
        state.clearSelection();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
