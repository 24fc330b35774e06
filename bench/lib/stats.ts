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

// ------------------------------------------------------------------------------ Harrell-Davis quantile

/** Lanczos approximation (g = 7, nine terms): ln Γ(x) to about 15 digits for x > 0. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let index = 1; index < LANCZOS.length; index += 1) sum += (LANCZOS[index] ?? 0) / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * The continued fraction 1 + d1/(1 + d2/(1 + ...)) of the incomplete beta function, by the modified
 * Lentz method; it converges fast where x < (a + 1) / (a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const nonZero = (value: number) => (Math.abs(value) < tiny ? tiny : value);
  let result = 1;
  let c = 1;
  let d = 0;
  for (let term = 1; term <= 400; term += 1) {
    const m = Math.floor(term / 2);
    const coefficient =
      term % 2 === 1
        ? (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
        : (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / nonZero(1 + coefficient * d);
    c = nonZero(1 + coefficient / c);
    const delta = c * d;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

/** I_x(a, b), the regularised incomplete beta function (the Beta(a, b) distribution's CDF at x). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`beta parameters must be positive, got ${a}, ${b}`);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedIncompleteBeta(1 - x, b, a);
  const logFront =
    a * Math.log(x) + b * Math.log(1 - x) - (logGamma(a) + logGamma(b) - logGamma(a + b)) - Math.log(a);
  return Math.exp(logFront) / betaContinuedFraction(x, a, b);
}

/**
 * The p-th percentile (0..100) by the Harrell-Davis estimator: a weighted mean of every order
 * statistic, with Beta(p(n+1), (1-p)(n+1)) weights. Frame intervals come in whole display frames
 * (16.7 ms steps), so a percentile that picks one or two sorted values jumps a full step (11 % at
 * 150 ms) when a single frame changes; this one moves smoothly with the sample, which is what a
 * 10 % budget needs. Null for an empty sample.
 */
export function harrellDavisPercentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return null;
  // The Beta weights need both shapes positive; the extremes are the sample's own extremes.
  if (count === 1 || p === 0 || p === 100) return p === 0 ? (sorted[0] ?? null) : (sorted[count - 1] ?? null);
  const a = (p / 100) * (count + 1);
  const b = (1 - p / 100) * (count + 1);
  let total = 0;
  let previousCdf = 0;
  sorted.forEach((value, index) => {
    const cdf = regularizedIncompleteBeta((index + 1) / count, a, b);
    total += (cdf - previousCdf) * value;
    previousCdf = cdf;
  });
  return total;
}
