// Geometry rules of RFC 7946 that a schema cannot express, each with a message a person can act on:
// [longitude, latitude] order and range, empty geometries, closed rings, winding, self-intersections.
import { booleanClockwise, kinks, polygon as turfPolygon } from '@turf/turf';
import { positionsOf } from '../../src/data/positions';
import type { Geometry, Position } from '../../src/data/schema';

export { positionsOf };

export const fmt = (p: readonly number[]): string => `[${p.join(', ')}]`;

const inRange = (p: Position): boolean => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

function checkPosition(p: Position, where: string): string[] {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]))
    return [`${where}: coordinate ${fmt(p)} is not a finite number`];
  if (inRange(p)) return [];
  const swapped: Position = [p[1], p[0]];
  const hint = inRange(swapped) ? ` (it looks like [latitude, longitude]: write ${fmt(swapped)})` : '';
  return [
    `${where}: coordinate ${fmt(p)} is out of range (longitude must be within ±180, latitude within ±90)${hint}`,
  ];
}

function checkLine(line: readonly Position[], where: string): string[] {
  if (line.length === 0) return [`empty geometry: ${where} has no coordinates`];
  const problems = line.flatMap((p, i) => checkPosition(p, `${where} position ${i}`));
  const distinct = new Set(line.map((p) => `${p[0]},${p[1]}`)).size;
  if (distinct < 2) problems.push(`empty geometry: ${where} needs at least two distinct positions`);
  return problems;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function checkRing(ring: readonly Position[], where: string, exterior: boolean): string[] {
  if (ring.length === 0) return [`empty geometry: ${where} has no coordinates`];
  const problems = ring.flatMap((p, i) => checkPosition(p, `${where} position ${i}`));
  if (problems.length > 0) return problems;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return problems;
  if (!samePosition(first, last)) {
    return [`${where} is not closed: the first position ${fmt(first)} differs from the last ${fmt(last)}`];
  }
  if (ring.length < 4) return [`${where} has ${ring.length} positions; a closed ring needs at least 4`];
  const clockwise = booleanClockwise(ring.map((p) => [p[0], p[1]]));
  if (exterior && clockwise) {
    problems.push(`wrong winding: ${where} is clockwise; RFC 7946 wants exterior rings counterclockwise`);
  }
  if (!exterior && !clockwise) {
    problems.push(`wrong winding: ${where} (a hole) is counterclockwise; RFC 7946 wants holes clockwise`);
  }
  return problems;
}

function checkPolygon(rings: readonly (readonly Position[])[], where: string): string[] {
  if (rings.length === 0) return [`empty geometry: ${where} has no rings`];
  const problems = rings.flatMap((ring, i) =>
    checkRing(ring, i === 0 ? `${where} exterior ring` : `${where} ring ${i}`, i === 0),
  );
  if (problems.length > 0) return problems;
  const crossings = kinks(turfPolygon(rings.map((r) => r.map((p) => [p[0], p[1]]))));
  const at = crossings.features[0]?.geometry.coordinates;
  if (at !== undefined) {
    const n = crossings.features.length;
    problems.push(
      `self-intersection: ${where} crosses itself ${n === 1 ? 'once' : `${n} times`}, first near ${fmt(at.map((c) => Math.round(c * 1e5) / 1e5))}`,
    );
  }
  return problems;
}

/** Every problem of one geometry, as messages; an empty list means it follows RFC 7946. */
export function checkGeometry(geometry: Geometry): string[] {
  switch (geometry.type) {
    case 'Point':
      return checkPosition(geometry.coordinates, 'Point');
    case 'LineString':
      return checkLine(geometry.coordinates, 'LineString');
    case 'MultiLineString':
      if (geometry.coordinates.length === 0) return ['empty geometry: MultiLineString has no lines'];
      return geometry.coordinates.flatMap((line, i) => checkLine(line, `MultiLineString line ${i}`));
    case 'Polygon':
      return checkPolygon(geometry.coordinates, 'Polygon');
    case 'MultiPolygon':
      if (geometry.coordinates.length === 0) return ['empty geometry: MultiPolygon has no polygons'];
      return geometry.coordinates.flatMap((rings, i) => checkPolygon(rings, `MultiPolygon polygon ${i}`));
  }
}

export const isLineGeometry = (g: Geometry): boolean =>
  g.type === 'LineString' || g.type === 'MultiLineString';
export const isAreaGeometry = (g: Geometry): boolean => g.type === 'Polygon' || g.type === 'MultiPolygon';
