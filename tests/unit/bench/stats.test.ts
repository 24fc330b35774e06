import { describe, expect, it } from 'vitest';
import { intervals, median, medianOf, percentile, ratio } from '../../../bench/lib/stats';

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
