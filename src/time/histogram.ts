// Pure: articles per day (or per week, for long corpora) for the timeline's histogram.
import type { DateRange } from '../data/dateRange';

export type HistogramBar = { from: string; to: string; count: number };

const DAY_MS = 86_400_000;
/** Past this many days the bars are weeks, so each stays wide enough to see and to point at. */
const DAILY_UP_TO = 120;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function corpusSpan(dates: readonly string[]): DateRange {
  if (dates.length === 0) return { from: null, to: null };
  const sorted = [...dates].sort();
  return { from: sorted[0] ?? null, to: sorted.at(-1) ?? null };
}

/** One bar per day (per week past DAILY_UP_TO days) from the first date to the last, empty ones included. */
export function articleHistogram(dates: readonly string[]): HistogramBar[] {
  const { from, to } = corpusSpan(dates);
  if (from === null || to === null) return [];
  const first = dayNumber(from);
  const days = dayNumber(to) - first + 1;
  const width = days > DAILY_UP_TO ? 7 : 1;
  const bars: HistogramBar[] = [];
  for (let start = first; start < first + days; start += width) {
    const end = Math.min(start + width - 1, first + days - 1);
    bars.push({ from: dateOf(start), to: dateOf(end), count: 0 });
  }
  for (const date of dates) {
    const bar = bars[Math.floor((dayNumber(date) - first) / width)];
    if (bar) bar.count += 1;
  }
  return bars;
}

export function barInRange(bar: HistogramBar, range: DateRange): boolean {
  return (range.from === null || bar.to >= range.from) && (range.to === null || bar.from <= range.to);
}
