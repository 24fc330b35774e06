// Narrow reads of the loaded atlas for the panels: each returns a stable reference, so panels re-render only
// when the data itself changes.
import { getAtlasIndex, type AtlasIndex } from '../data/atlasIndex';
import type { Atlas } from '../data/schema';
import { useAtlasStore } from '../state/store';

export function useAtlas(): Atlas | null {
  return useAtlasStore((state) => (state.data.kind === 'ready' ? state.data.atlas : null));
}

export function useAtlasIndex(): AtlasIndex | null {
  const atlas = useAtlas();
  return atlas ? getAtlasIndex(atlas) : null;
}
