// Clipping to an axis-aligned lon/lat box: a boolean intersection for
// polygons, which keeps them valid where they leave and re-enter the box, and
// Liang–Barsky for line segments.

import polygonClipping from 'polygon-clipping';

/** Clips polygons (arrays of rings, exterior first) to the box; returns polygons. */
export function clipPolygons(polygons, box) {
  const { west, south, east, north } = box;
  const frame = [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
  return polygonClipping.intersection(polygons, frame);
}

function clipSegment(a, b, box) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const bounds = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  for (const [p, q] of bounds) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  const at = (t) => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Clips a polyline into the pieces that lie inside the box. */
export function clipLine(line, box) {
  const pieces = [];
  let piece = null;
  for (let i = 1; i < line.length; i++) {
    const segment = clipSegment(line[i - 1], line[i], box);
    if (!segment) {
      piece = null;
      continue;
    }
    const [start, end] = segment;
    if (!piece || piece[piece.length - 1] !== start) {
      piece = [start];
      pieces.push(piece);
    }
    piece.push(end);
    if (end !== line[i]) piece = null;
  }
  return pieces.filter((p) => p.length >= 2);
}
