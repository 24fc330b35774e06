import { describe, expect, it } from 'vitest';
import { rowAfterKey, scrollTopShowing, visibleRows } from '../../../src/panels/windowing';

describe('the rows a windowed list draws', () => {
  const base = { viewportHeight: 200, rowHeight: 50, rowCount: 1000, overscan: 2 };

  it('draws the rows in view and the overscan after them at the top', () => {
    expect(visibleRows({ ...base, scrollTop: 0 })).toEqual({ first: 0, last: 5 });
  });

  it('draws the rows partly in view and the overscan either side in the middle', () => {
    expect(visibleRows({ ...base, scrollTop: 5_025 })).toEqual({ first: 98, last: 106 });
  });

  it('stops at the last row', () => {
    expect(visibleRows({ ...base, scrollTop: 49_800 })).toEqual({ first: 994, last: 999 });
    expect(visibleRows({ ...base, scrollTop: 99_999 }).last).toBe(999);
  });

  it('draws nothing for an empty list, and a short list whole', () => {
    const empty = visibleRows({ ...base, rowCount: 0, scrollTop: 0 });
    expect(empty.first).toBeGreaterThan(empty.last);
    expect(visibleRows({ ...base, rowCount: 3, scrollTop: 0 })).toEqual({ first: 0, last: 2 });
  });
});

describe('moving through a windowed list with keys', () => {
  it('steps, pages and jumps, and stays within the list', () => {
    expect(rowAfterKey('ArrowDown', 4, 10, 3)).toBe(5);
    expect(rowAfterKey('ArrowUp', 0, 10, 3)).toBe(0);
    expect(rowAfterKey('PageDown', 8, 10, 3)).toBe(9);
    expect(rowAfterKey('PageUp', 5, 10, 3)).toBe(2);
    expect(rowAfterKey('PageDown', 5, 10, 0)).toBe(6);
    expect(rowAfterKey('Home', 5, 10, 3)).toBe(0);
    expect(rowAfterKey('End', 5, 10, 3)).toBe(9);
    expect(rowAfterKey('Enter', 5, 10, 3)).toBeNull();
  });

  it('scrolls just enough to show the row focused', () => {
    const view = { scrollTop: 1_000, viewportHeight: 200, rowHeight: 50 };
    expect(scrollTopShowing({ ...view, row: 21 })).toBe(1_000);
    expect(scrollTopShowing({ ...view, row: 10 })).toBe(500);
    expect(scrollTopShowing({ ...view, row: 30 })).toBe(1_350);
  });
});
