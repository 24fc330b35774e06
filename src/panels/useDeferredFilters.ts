// The reader's filters as the panels judge features by them: a step behind the store. A change of the date
// range or the severity shows in its own control and on the map at once; the counts and the list, which at
// 100,000 features take ~90 ms to judge again, follow in a render React may interrupt, not in the event.
import { useDeferredValue } from 'react';
import type { FeatureFilters } from '../data/featureFilters';
import { useAtlasStore } from '../state/store';

export function useDeferredFilters(): FeatureFilters {
  const minSeverity = useDeferredValue(useAtlasStore((state) => state.minSeverity));
  const dateRange = useDeferredValue(useAtlasStore((state) => state.dateRange));
  return { minSeverity, dateRange };
}
