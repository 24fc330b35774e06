/** The reported-date range (YYYY-MM-DD, both ends included); a null end is open. */
export type DateRange = { from: string | null; to: string | null };

export const ALL_DATES: DateRange = Object.freeze({ from: null, to: null });

/** Both ends open: every date. */
export const isAllDates = (range: DateRange): boolean => range.from === null && range.to === null;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const match = DATE_PATTERN.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
