// Small planar measurements on lon/lat positions. An equirectangular
// approximation is plenty for thresholds of kilometres at these latitudes.

import { signedArea } from './geojson.mjs';

const KM_PER_DEG = 111.32;
const cosLat = (lat) => Math.cos((lat * Math.PI) / 180);

export function bboxOf(positions) {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lon, lat] of positions) {
    box.west = Math.min(box.west, lon);
    box.east = Math.max(box.east, lon);
    box.south = Math.min(box.south, lat);
    box.north = Math.max(box.north, lat);
  }
  return box;
}

export function boxesOverlap(a, b) {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

export function contains(box, [lon, lat]) {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

export function expand(box, degrees) {
  return {
    west: box.west - degrees,
    south: box.south - degrees,
    east: box.east + degrees,
    north: box.north + degrees,
  };
}

export function lengthKm(line) {
  let km = 0;
  for (let i = 1; i < line.length; i++) km += distanceKm(line[i - 1], line[i]);
  return km;
}

export function distanceKm(a, b) {
  const dx = (b[0] - a[0]) * cosLat((a[1] + b[1]) / 2);
  return Math.hypot(dx, b[1] - a[1]) * KM_PER_DEG;
}

export function distanceToLineKm(point, line) {
  const k = cosLat(point[1]);
  const local = ([lon, lat]) => [(lon - point[0]) * k, lat - point[1]];
  let nearest = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = local(line[i - 1]);
    const [bx, by] = local(line[i]);
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared)) : 0;
    nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return nearest * KM_PER_DEG;
}

export function pointInRing([lon, lat], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point, [exterior, ...holes]) {
  return pointInRing(point, exterior) && !holes.some((hole) => pointInRing(point, hole));
}

export function ringAreaKm2(ring) {
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return (Math.abs(signedArea(ring)) / 2) * KM_PER_DEG * KM_PER_DEG * cosLat(meanLat);
}

/** Area of a polygon (exterior ring, then holes). */
export function polygonAreaKm2([exterior, ...holes]) {
  return ringAreaKm2(exterior) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0);
}
