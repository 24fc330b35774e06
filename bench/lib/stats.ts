// Pure statistics for the benchmark: percentiles, medians and ratios that tolerate missing figures.

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (the "R-7" rule that
 * numpy and spreadsheets use by default), so p50 of an even-sized sample is the mean of the middle two.
 * Returns null for an empty sample, so a figure that could not be measured stays visibly missing.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** Median of the figures that were measured; runs where a figure is missing (null) are left out. */
export function medianOf(values: ReadonlyArray<number | null | undefined>): number | null {
  return median(values.filter((value): value is number => typeof value === 'number'));
}

export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** Differences between consecutive timestamps: frame times from requestAnimationFrame callback times. */
export function intervals(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let index = 1; index < timestamps.length; index += 1) {
    const previous = timestamps[index - 1];
    const current = timestamps[index];
    if (previous !== undefined && current !== undefined) result.push(current - previous);
  }
  return result;
}
