// The date range and the dated changes as style expressions: the map reads the same facts the panels read
// through src/data/reported.ts, from flat properties written by overlaySources.ts, and switches range with
// one global-state value. MapLibre lays the overlay tiles out again for each global-state value that changes
// in a filter, so both ends travel together: moving both at once costs one reload, not two.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { MAX_CHANGES } from '../data/changeLimit';
import type { DateRange } from '../data/dateRange';

/** The global-state key holding the range as [from, to], days as YYYY-MM-DD. */
export const RANGE_STATE = 'dateRange';
/** Open ends, as strings that sort before and after every YYYY-MM-DD. */
export const EARLIEST_DAY = '0000-01-01';
export const LATEST_DAY = '9999-12-31';

export function rangeGlobalState(range: DateRange): Record<string, [string, string]> {
  return { [RANGE_STATE]: [range.from ?? EARLIEST_DAY, range.to ?? LATEST_DAY] };
}

const rangeEnd = (index: 0 | 1): ExpressionSpecification => [
  'string',
  ['at', index, ['array', 'string', 2, ['global-state', RANGE_STATE]]],
];
const rangeFrom = rangeEnd(0);
const rangeTo = rangeEnd(1);

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
