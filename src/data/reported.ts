// When a feature was reported, and what it was like as of a day: both come from the articles that cite it.
// The panels read these functions; the map reads the same facts as flat properties (src/map/overlaySources.ts)
// through the expressions in src/map/timeStyle.ts, and a unit test holds the two to each other.
import type { Article, FeatureChange, FeatureProperties, LineStatus } from './schema';
import type { DateRange } from './dateRange';

export type ReportedSpan = { first: string; last: string };
export type { DateRange };

/** First and last day any article citing the feature (in a source or a change) was published. */
export function reportedSpan(
  properties: Pick<FeatureProperties, 'sources' | 'changes'>,
  articles: ReadonlyMap<string, Pick<Article, 'date'>>,
): ReportedSpan | null {
  let first: string | null = null;
  let last: string | null = null;
  const sources = [...properties.sources, ...(properties.changes ?? []).map((change) => change.source)];
  for (const source of sources) {
    const date = articles.get(source.article)?.date;
    if (date === undefined) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * In the range when the feature was in the news at some point of it: first reported by the range's end,
 * and last reported on or after its start. Open ends take everything.
 */
export function inDateRange(span: ReportedSpan | null, range: DateRange): boolean {
  if (span === null) return true;
  return (range.to === null || span.first <= range.to) && (range.from === null || span.last >= range.from);
}

/** An article is in the range when its own day is. */
export const articleInDateRange = (article: { date: string }, range: DateRange): boolean =>
  inDateRange({ first: article.date, last: article.date }, range);

/** The newest of `articlesNewestFirst` dated within the range, or the newest of all when none is. */
export function newestArticleIn<A extends { date: string }>(
  articlesNewestFirst: readonly A[],
  range: DateRange,
): A | undefined {
  return articlesNewestFirst.find((article) => articleInDateRange(article, range)) ?? articlesNewestFirst[0];
}

export type DatedChange = FeatureChange & { date: string };

/** The feature's changes with the dates of the articles they cite, oldest first. */
export function datedChanges(
  properties: Pick<FeatureProperties, 'changes'>,
  articles: ReadonlyMap<string, Pick<Article, 'date'>>,
): DatedChange[] {
  return (properties.changes ?? [])
    .flatMap((change) => {
      const date = articles.get(change.source.article)?.date;
      return date === undefined ? [] : [{ ...change, date }];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Severity and status as of a day (null = as of today, i.e. every change applied), with the day each took effect. */
export function stateAsOf(
  properties: Pick<FeatureProperties, 'severity' | 'status' | 'changes'>,
  articles: ReadonlyMap<string, Pick<Article, 'date'>>,
  asOf: string | null,
): {
  severity: number | undefined;
  status: LineStatus | undefined;
  /** The day of the change that set each, or null while it is still as first reported. */
  severitySince: string | null;
  statusSince: string | null;
} {
  let { severity, status } = properties;
  let severitySince: string | null = null;
  let statusSince: string | null = null;
  if (!properties.changes) return { severity, status, severitySince, statusSince };
  for (const change of datedChanges(properties, articles)) {
    if (asOf !== null && change.date > asOf) break;
    if (change.severity !== undefined) [severity, severitySince] = [change.severity, change.date];
    if (change.status !== undefined) [status, statusSince] = [change.status, change.date];
  }
  return { severity, status, severitySince, statusSince };
}

/**
 * The feature as of a day: the same object when no change applies (most features have none), else a copy
 * with the severity and status the changes dated by then set. What the panels show, as the map draws it.
 */
export function asOfDay<P extends Pick<FeatureProperties, 'severity' | 'status' | 'changes'>>(
  properties: P,
  articles: ReadonlyMap<string, Pick<Article, 'date'>>,
  asOf: string | null,
): P {
  if (!properties.changes) return properties;
  const { severity, status } = stateAsOf(properties, articles, asOf);
  return severity === properties.severity && status === properties.status
    ? properties
    : { ...properties, severity, status };
}
