// Pure arithmetic of a windowed list with rows of one fixed height: which rows to draw for a scroll
// position, and where a key press moves the focus.

export type RowWindow = { first: number; last: number };

/**
 * The rows at least partly inside the viewport, plus `overscan` rows either side so that a quick scroll or
 * a Tab to the next row finds it drawn already. `last` is inclusive; an empty list gives first > last.
 */
export function visibleRows(options: {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  overscan: number;
}): RowWindow {
  const { scrollTop, viewportHeight, rowHeight, rowCount, overscan } = options;
  if (rowCount === 0) return { first: 0, last: -1 };
  const clamp = (row: number, low: number) => Math.min(rowCount - 1, Math.max(low, row));
  const top = Math.max(0, scrollTop);
  const first = clamp(Math.floor(top / rowHeight) - overscan, 0);
  return { first, last: clamp(Math.ceil((top + viewportHeight) / rowHeight) - 1 + overscan, first) };
}

/** The row a navigation key moves to from `current`, or null for keys the list leaves alone. */
export function rowAfterKey(key: string, current: number, rowCount: number, pageRows: number): number | null {
  const clamp = (row: number) => Math.min(rowCount - 1, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + Math.max(1, pageRows));
    case 'PageUp':
      return clamp(current - Math.max(1, pageRows));
    case 'Home':
      return 0;
    case 'End':
      return rowCount - 1;
    default:
      return null;
  }
}

/** The scrollTop that brings `row` fully into view while moving as little as possible. */
export function scrollTopShowing(options: {
  row: number;
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
}): number {
  const { row, scrollTop, viewportHeight, rowHeight } = options;
  const rowTop = row * rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowTop + rowHeight > scrollTop + viewportHeight) return rowTop + rowHeight - viewportHeight;
  return scrollTop;
}
