// What the reader's filters let through, in one place the list, the counts, What's here and the reveal
// of a chosen feature all read (the map reads the same rules as style expressions: atlasStyle.ts).
import type { AtlasIndex } from './atlasIndex';
import type { DateRange } from './dateRange';
import { asOfDay, datedChanges, inDateRange } from './reported';
import { LAYER_IDS } from './layerIds';
import type { IndexedProperties, LayerId } from './schema';
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
    properties.layer === 'risk' ? asOfDay(properties, index.articlesById, filters.dateRange.to) : properties;
  return passesSeverity(asOf, filters.minSeverity) ? null : 'severity';
}

export const isShown = (...args: Parameters<typeof filteredOut>): boolean => filteredOut(...args) === null;

/** Why each feature is not shown: one judgement of every feature, read by the panels. */
export interface FilterVerdicts {
  /** Why the feature is not shown, or null when it is (or when the list does not hold it). */
  of(properties: IndexedProperties): FilteredOut;
  /** The features of `list` (some of the judged features) reported within the dates, in its order. */
  withinDates(list: readonly IndexedProperties[]): IndexedProperties[];
  /** Features shown, per layer (the layer switches' counts). */
  readonly shownByLayer: Readonly<Record<LayerId, number>>;
}

const SHOWN = 0;
const OUT_BY_DATES = 1;
const OUT_BY_SEVERITY = 2;
const VERDICTS: readonly FilteredOut[] = [null, 'dates', 'severity'];

/** A day as a number that orders as the ISO string does: 2026-03-06 → 20260306. */
const dayNumber = (day: string) => Number(day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10));
const EARLIEST = -Infinity;
const LATEST = Infinity;

/**
 * What the filters read of each feature, as numbers by the feature's place in the list, made once per
 * list: at 100,000 features a pass over strings, maps and change lists took about 60 ms of every date or
 * severity change, and the map's own work waited behind it.
 */
type FilterFacts = {
  ordinalOf: ReadonlyMap<string, number>;
  /** Each feature's layer, as its place in LAYER_IDS. */
  layers: Uint8Array;
  first: Float64Array;
  last: Float64Array;
  /** The severity before any dated change; Infinity for features without one (they always pass). */
  severity: Float64Array;
  /** A risk zone's severity changes, oldest first, by ordinal (only zones that have some). */
  severityChanges: ReadonlyMap<number, ReadonlyArray<{ day: number; severity: number }>>;
  /** The ordinals of the lists the panels ask about (a layer's features, sorted), found once per list. */
  ordinalsByList: WeakMap<readonly IndexedProperties[], Int32Array>;
};

const RISK = LAYER_IDS.indexOf('risk');

function ordinalsOf(facts: FilterFacts, list: readonly IndexedProperties[]): Int32Array {
  let ordinals = facts.ordinalsByList.get(list);
  if (!ordinals) {
    ordinals = Int32Array.from(list, (properties) => facts.ordinalOf.get(properties.id) ?? -1);
    facts.ordinalsByList.set(list, ordinals);
  }
  return ordinals;
}

const factsByList = new WeakMap<readonly unknown[], FilterFacts>();

function filterFacts(
  features: ReadonlyArray<{ properties: IndexedProperties }>,
  index: Pick<AtlasIndex, 'reportedById' | 'articlesById'>,
): FilterFacts {
  const cached = factsByList.get(features);
  if (cached) return cached;
  const count = features.length;
  const ordinalOf = new Map<string, number>();
  const layers = new Uint8Array(count);
  const first = new Float64Array(count);
  const last = new Float64Array(count);
  const severity = new Float64Array(count);
  const severityChanges = new Map<number, Array<{ day: number; severity: number }>>();
  features.forEach(({ properties }, ordinal) => {
    ordinalOf.set(properties.id, ordinal);
    layers[ordinal] = LAYER_IDS.indexOf(properties.layer);
    const span = index.reportedById.get(properties.id) ?? null;
    first[ordinal] = span ? dayNumber(span.first) : EARLIEST;
    last[ordinal] = span ? dayNumber(span.last) : LATEST;
    severity[ordinal] = properties.layer === 'risk' ? properties.severity : Infinity;
    if (properties.layer !== 'risk' || !properties.changes) return;
    const changes = datedChanges(properties, index.articlesById).flatMap((change) =>
      change.severity === undefined ? [] : [{ day: dayNumber(change.date), severity: change.severity }],
    );
    if (changes.length > 0) severityChanges.set(ordinal, changes);
  });
  const facts = { ordinalOf, layers, first, last, severity, severityChanges, ordinalsByList: new WeakMap() };
  factsByList.set(features, facts);
  return facts;
}

function judge(facts: FilterFacts, filters: FeatureFilters): FilterVerdicts {
  const { from, to } = filters.dateRange;
  const fromDay = from === null ? EARLIEST : dayNumber(from);
  const toDay = to === null ? LATEST : dayNumber(to);
  const { layers, first, last, severity, severityChanges } = facts;
  const verdicts = new Uint8Array(layers.length);
  const shown = new Int32Array(LAYER_IDS.length);
  for (let ordinal = 0; ordinal < layers.length; ordinal += 1) {
    const layer = layers[ordinal] as number;
    if ((first[ordinal] as number) > toDay || (last[ordinal] as number) < fromDay) {
      verdicts[ordinal] = OUT_BY_DATES;
      continue;
    }
    let asOfRangeEnd = severity[ordinal] as number;
    // A later article may have raised or lowered the risk: judged as of the range's end.
    if (layer === RISK) {
      for (const change of severityChanges.get(ordinal) ?? []) {
        if (change.day > toDay) break;
        asOfRangeEnd = change.severity;
      }
    }
    if (asOfRangeEnd < filters.minSeverity) verdicts[ordinal] = OUT_BY_SEVERITY;
    else shown[layer] = (shown[layer] ?? 0) + 1;
  }
  return {
    of: (properties) => {
      const ordinal = facts.ordinalOf.get(properties.id);
      return ordinal === undefined ? null : (VERDICTS[verdicts[ordinal] ?? SHOWN] ?? null);
    },
    withinDates: (list) => {
      const ordinals = ordinalsOf(facts, list);
      return list.filter((_, at) => verdicts[ordinals[at] as number] !== OUT_BY_DATES);
    },
    shownByLayer: Object.fromEntries(LAYER_IDS.map((layer, at) => [layer, shown[at] ?? 0])) as Record<
      LayerId,
      number
    >,
  };
}

type Judged = { minSeverity: number; dateRange: FeatureFilters['dateRange']; verdicts: FilterVerdicts };
/** The last filters each feature list was judged by: the counts and the list ask in the same render. */
const lastJudged = new WeakMap<readonly unknown[], Judged>();

/** `filteredOut` for every feature at once, judged once per change of the filters however many panels ask. */
export function filterVerdicts(
  features: ReadonlyArray<{ properties: IndexedProperties }>,
  filters: FeatureFilters,
  index: Pick<AtlasIndex, 'reportedById' | 'articlesById'>,
): FilterVerdicts {
  const last = lastJudged.get(features);
  if (last && last.minSeverity === filters.minSeverity && last.dateRange === filters.dateRange)
    return last.verdicts;
  const verdicts = judge(filterFacts(features, index), filters);
  lastJudged.set(features, { ...filters, verdicts });
  return verdicts;
}
