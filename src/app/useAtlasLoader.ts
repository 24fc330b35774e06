// Loads the compiled atlas into the store on start, and again on Retry.
import { useCallback, useEffect } from 'react';
import { loadAtlas, type LoadResult } from '../data/load';
import type { Atlas } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { whenMapSettled } from './mapSettled';

let inFlight: Promise<void> | null = null;

/** One load at a time; the result goes to the store's `data` slice as ready or as a message to show. */
// Downloading and parsing the data and drawing the panels wait until the map is drawn, so that the map's
// first draw shares the two cores of a modest machine with nothing the map does not need. With a large
// corpus this makes the panels appear sooner too (measured at 100k features with bench/scale.ts).
const loadAfterMap = () => whenMapSettled().then(() => loadAtlas());

export function loadAtlasIntoStore(load: () => Promise<LoadResult<Atlas>> = loadAfterMap): Promise<void> {
  if (inFlight) return inFlight;
  const { setData } = useAtlasStore.getState();
  setData({ kind: 'loading' });
  inFlight = load()
    .then((result) =>
      setData(
        result.ok ? { kind: 'ready', atlas: result.value } : { kind: 'error', problem: result.problem },
      ),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export function useAtlasLoader(): () => void {
  useEffect(() => {
    if (useAtlasStore.getState().data.kind !== 'ready') void loadAtlasIntoStore();
  }, []);
  return useCallback(() => void loadAtlasIntoStore(), []);
}
