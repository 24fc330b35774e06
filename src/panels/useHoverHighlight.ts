// Pointing at (or tabbing to) a feature's name in a panel highlights the feature on the map, as hovering it there does.
import { useMemo } from 'react';
import { useAtlasStore } from '../state/store';

function setHovered(id: string | null): void {
  const state = useAtlasStore.getState();
  if (id === null && state.hoveredId === null) return;
  state.setHovered(id);
}

export function useHoverHighlight(id: string) {
  return useMemo(
    () => ({
      onMouseEnter: () => setHovered(id),
      onMouseLeave: () => setHovered(null),
      onFocus: () => setHovered(id),
      onBlur: () => setHovered(null),
    }),
    [id],
  );
}
