// The date range and the dated changes as style expressions: the map reads the same facts the panels read
// through src/data/reported.ts, from flat properties written by overlaySources.ts, and switches range with
// two global-state values (no data reloaded, however many features).
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { MAX_CHANGES } from '../data/changeLimit';
import type { DateRange } from '../data/dateRange';

export const RANGE_FROM_STATE = 'rangeFrom';
export const RANGE_TO_STATE = 'rangeTo';
/** Open ends, as strings that sort before and after every YYYY-MM-DD. */
export const EARLIEST_DAY = '0000-01-01';
export const LATEST_DAY = '9999-12-31';

export function rangeGlobalState(range: DateRange): Record<string, string> {
  return { [RANGE_FROM_STATE]: range.from ?? EARLIEST_DAY, [RANGE_TO_STATE]: range.to ?? LATEST_DAY };
}

const rangeFrom: ExpressionSpecification = ['global-state', RANGE_FROM_STATE];
const rangeTo: ExpressionSpecification = ['global-state', RANGE_TO_STATE];

/** The flat property names of the n-th change (1-based). */
export const changeKey = (n: number, field: 'date' | 'severity' | 'status') => `c${n}_${field}`;

/**
 * A property as of the range's end: the latest change dated on or before it that sets the property,
 * else the feature's own value. Changes are numbered oldest first.
 */
export function asOfRangeEnd(field: 'severity' | 'status'): ExpressionSpecification {
  const cases: ExpressionSpecification[] = [];
  for (let n = MAX_CHANGES; n >= 1; n -= 1) {
    cases.push(
      [
        'all',
        ['has', changeKey(n, field)],
        ['<=', ['coalesce', ['get', changeKey(n, 'date')], LATEST_DAY], rangeTo],
      ] as ExpressionSpecification,
      ['get', changeKey(n, field)],
    );
  }
  return ['case', ...cases, ['get', field]] as unknown as ExpressionSpecification;
}

/** Reported within the range: first reported by its end, last reported on or after its start. */
export const IN_DATE_RANGE: ExpressionSpecification = [
  'all',
  ['<=', ['coalesce', ['get', 'first_reported'], EARLIEST_DAY], rangeTo],
  ['>=', ['coalesce', ['get', 'last_reported'], LATEST_DAY], rangeFrom],
];

export function withinRange(filter?: FilterSpecification): FilterSpecification {
  return filter ? (['all', IN_DATE_RANGE, filter] as FilterSpecification) : IN_DATE_RANGE;
}
