// The feature list's order when later articles raise or lower risks: the same as sorting everything again.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/prng';
import { bySeverityThenName, reorderAsOf } from '../../../src/panels/featureOrder';

type Item = { id: string; severity?: number; name: { en: string; ru: string } };
const item = (id: string, severity?: number): Item => ({
  id,
  ...(severity !== undefined && { severity }),
  name: { en: id, ru: id },
});

describe('the feature list’s order as of a day', () => {
  const compare = bySeverityThenName('en');

  it('is most severe first, then by name, features without a severity last', () => {
    const items = [item('b', 2), item('c'), item('a', 2), item('d', 5)];
    expect([...items].sort(compare).map((i) => i.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('gives back the same list when no severity changed', () => {
    const sorted = [item('a', 5), item('b', 3)];
    const asOf = [...sorted];
    expect(reorderAsOf(sorted, asOf, compare)).toBe(asOf);
    // A copy with the same severity (a status changed) keeps its place too.
    const statusOnly = [sorted[0] as Item, { ...(sorted[1] as Item) }];
    expect(reorderAsOf(sorted, statusOnly, compare)).toBe(statusOnly);
  });

  it('moves a raised or lowered risk to its place, ties by name', () => {
    const sorted = [item('a', 5), item('m', 4), item('z', 4), item('b', 2)];
    const lowered = sorted.map((i) => (i.id === 'a' ? { ...i, severity: 2 } : i));
    expect(reorderAsOf(sorted, lowered, compare).map((i) => `${i.id}${i.severity}`)).toEqual([
      'm4',
      'z4',
      'a2',
      'b2',
    ]);
    const raised = sorted.map((i) => (i.id === 'b' ? { ...i, severity: 4 } : i));
    expect(reorderAsOf(sorted, raised, compare).map((i) => i.id)).toEqual(['a', 'b', 'm', 'z']);
  });

  it('agrees with sorting everything again, for random lists and changes', () => {
    const random = seededRandom(17);
    for (let round = 0; round < 200; round += 1) {
      const length = random.integer(0, 40);
      const sorted = Array.from({ length }, (_, n) =>
        item(`f${random.integer(0, 30)}-${n}`, random.integer(1, 5)),
      );
      sorted.sort(compare);
      const asOf = sorted.map((i) =>
        random.integer(0, 4) === 0 ? { ...i, severity: random.integer(1, 5) } : i,
      );
      const expected = [...asOf].sort(compare).map((i) => `${i.id}:${i.severity}`);
      expect(reorderAsOf(sorted, asOf, compare).map((i) => `${i.id}:${i.severity}`)).toEqual(expected);
    }
  });
});
