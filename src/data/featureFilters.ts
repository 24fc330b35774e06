// What the reader's filters let through, in one place the list, the counts, What's here and the reveal
// of a chosen feature all read (the map reads the same rules as style expressions: atlasStyle.ts).
import type { AtlasIndex } from './atlasIndex';
import type { DateRange } from './dateRange';
import { inDateRange, stateAsOf } from './reported';
import type { IndexedProperties } from './schema';
import { passesSeverity } from './severity';

export type FeatureFilters = { minSeverity: number; dateRange: DateRange };

/** Why a feature is not shown, or null when it is. */
export type FilteredOut = 'dates' | 'severity' | null;

export function filteredOut(
  properties: IndexedProperties,
  filters: FeatureFilters,
  index: Pick<AtlasIndex, 'reportedById' | 'articlesById'>,
): FilteredOut {
  if (!inDateRange(index.reportedById.get(properties.id) ?? null, filters.dateRange)) return 'dates';
  // A later article may have raised or lowered a risk: the filter judges it as of the range's end.
  const asOf =
    properties.layer === 'risk' && properties.changes
      ? {
          ...properties,
          severity:
            stateAsOf(properties, index.articlesById, filters.dateRange.to).severity ?? properties.severity,
        }
      : properties;
  return passesSeverity(asOf, filters.minSeverity) ? null : 'severity';
}

export const isShown = (...args: Parameters<typeof filteredOut>): boolean => filteredOut(...args) === null;
