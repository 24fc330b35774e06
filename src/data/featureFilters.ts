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

/** Why each feature that is not shown is not (features shown have no entry). */
export type FilterVerdicts = ReadonlyMap<string, Exclude<FilteredOut, null>>;

type Judged = { minSeverity: number; dateRange: FeatureFilters['dateRange']; verdicts: FilterVerdicts };
/** The last filters each feature list was judged by: the counts and the list ask in the same render. */
const lastJudged = new WeakMap<readonly unknown[], Judged>();

/**
 * `filteredOut` for every feature at once, judged once per change of the filters however many panels ask
 * (at 100,000 features one pass is about 30 ms; the layer counts and the list each made their own).
 */
export function filterVerdicts(
  features: ReadonlyArray<{ properties: IndexedProperties }>,
  filters: FeatureFilters,
  index: Pick<AtlasIndex, 'reportedById' | 'articlesById'>,
): FilterVerdicts {
  const last = lastJudged.get(features);
  if (last && last.minSeverity === filters.minSeverity && last.dateRange === filters.dateRange)
    return last.verdicts;
  const verdicts = new Map<string, Exclude<FilteredOut, null>>();
  for (const { properties } of features) {
    const verdict = filteredOut(properties, filters, index);
    if (verdict !== null) verdicts.set(properties.id, verdict);
  }
  lastJudged.set(features, { ...filters, verdicts });
  return verdicts;
}
