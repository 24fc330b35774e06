/** The reported-date range (YYYY-MM-DD, both ends included); a null end is open. */
export type DateRange = { from: string | null; to: string | null };

export const ALL_DATES: DateRange = Object.freeze({ from: null, to: null });
