import { describe, expect, it } from 'vitest';
import {
  harrellDavisPercentile,
  intervals,
  logGamma,
  median,
  medianOf,
  percentile,
  ratio,
  regularizedIncompleteBeta,
} from '../../../bench/lib/stats';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([10, 20, 30, 40, 50], 25)).toBe(20);
  });

  it('returns the extremes at 0 and 100', () => {
    expect(percentile([5, 1, 9, 3], 0)).toBe(1);
    expect(percentile([5, 1, 9, 3], 100)).toBe(9);
  });

  it('does not depend on input order and leaves the input alone', () => {
    const values = [7, 3, 9, 1, 5];
    expect(percentile(values, 95)).toBe(percentile([1, 3, 5, 7, 9], 95));
    expect(values).toEqual([7, 3, 9, 1, 5]);
  });

  it('handles a single value and an empty sample', () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNull();
  });

  it('ignores values that are not finite', () => {
    expect(percentile([1, Number.NaN, 3, Number.POSITIVE_INFINITY], 50)).toBe(2);
  });

  it('rejects percentiles outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median and ratio helpers', () => {
  it('takes the median of the measured figures only', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(medianOf([3, null, 1, undefined, 2])).toBe(2);
    expect(medianOf([null, undefined])).toBeNull();
  });

  it('gives no ratio when a side is missing or zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });

  it('turns timestamps into frame times', () => {
    expect(intervals([0, 16, 50, 66])).toEqual([16, 34, 16]);
    expect(intervals([5])).toEqual([]);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    for (const x of [0.1, 0.37, 0.9]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 12);
      expect(regularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 12);
      expect(regularizedIncompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 12);
    }
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  // Reference values from SciPy's betainc (an independent implementation).
  it.each([
    [0.1, 0.3, 5.7, 0.8335968951369829],
    [0.4, 2.5, 3.5, 0.4869041915261176],
    [0.97, 31.35, 1.65, 0.641086427174667],
    [0.99, 9.5, 0.5, 0.6662641376986583],
    [0.02, 1.65, 31.35, 0.2193192257938541],
    [0.5, 6.3, 0.7, 0.0065720532140768765],
  ])('I_%f(%f, %f) = %f', (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 10);
  });

  it('refuses shapes that are not positive', () => {
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });

  it('rests on a log-gamma that matches factorials and Γ(1/2)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(6)).toBeCloseTo(Math.log(120), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(0.3)).toBeCloseTo(1.0957979948180756, 12);
  });
});

describe('harrellDavisPercentile', () => {
  const frames = [16.7, 16.7, 16.7, 100, 116.7, 133.3, 150, 150, 166.7, 183.3];

  // Reference values from a NumPy/SciPy Harrell-Davis computation of the same samples.
  it('matches an independent computation', () => {
    expect(harrellDavisPercentile(frames, 95)).toBeCloseTo(179.97943065703268, 8);
    expect(harrellDavisPercentile(frames, 50)).toBeCloseTo(117.94454410559644, 8);
    expect(harrellDavisPercentile([1, 2, 3, 4, 5], 50)).toBeCloseTo(3, 12);
    expect(harrellDavisPercentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.926796584430383, 10);
  });

  it('moves by a fraction of a step when one frame of many takes one display frame longer', () => {
    // 33 frames, as in one 3 s pan: the 3rd slowest frame goes from 133.3 to 150 ms.
    const steady = [...Array<number>(31).fill(133.3), ...Array<number>(2).fill(150)];
    const oneSlower = [...Array<number>(30).fill(133.3), ...Array<number>(3).fill(150)];
    const closestRanks = (percentile(oneSlower, 95) ?? 0) - (percentile(steady, 95) ?? 0);
    const smooth = (harrellDavisPercentile(oneSlower, 95) ?? 0) - (harrellDavisPercentile(steady, 95) ?? 0);
    expect(closestRanks).toBeCloseTo(10.02, 6);
    expect(smooth).toBeCloseTo(2.96, 2);
  });

  it('stays within the sample and keeps the extremes, single values and empty samples simple', () => {
    const estimate = harrellDavisPercentile(frames, 95) ?? 0;
    expect(estimate).toBeGreaterThanOrEqual(16.7);
    expect(estimate).toBeLessThanOrEqual(183.3);
    expect(harrellDavisPercentile([5, 1, 9], 0)).toBe(1);
    expect(harrellDavisPercentile([5, 1, 9], 100)).toBe(9);
    expect(harrellDavisPercentile([42], 95)).toBe(42);
    expect(harrellDavisPercentile([], 95)).toBeNull();
    expect(harrellDavisPercentile([3, Number.NaN, 3], 95)).toBeCloseTo(3, 12);
    expect(() => harrellDavisPercentile([1], 101)).toThrow(RangeError);
  });
});
