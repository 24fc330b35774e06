// Turns a feature's `derive` recipe into real geometry from places.json and the basemap snapshot (turf at
// build time), with a description of how, which becomes the feature's `geometry_source`.
import {
  buffer as turfBuffer,
  featureCollection,
  greatCircle,
  lineString,
  point,
  rewind,
  union,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Geometry, Position } from '../../src/data/schema';
import type { Derive, Path, PathStep } from './authored';
import { fmt } from './geometry';
import { placePoint, type Place } from './places';
import type { Snapshot } from './snapshot';

/** What recipes may refer to: places.json and the basemap snapshot. */
export interface RecipeContext {
  places: ReadonlyMap<string, Place>;
  snapshot: Snapshot;
}

/** A recipe that cannot be carried out: an unknown place, a waypoint index out of range. */
export class RecipeError extends Error {}

/** Buffer smoothness: turf.buffer steps per quadrant (64 segments for a circle: area within 0.2 % of πr²). */
export const BUFFER_STEPS = 16;
/** Great-circle arcs are densified to this many points unless the recipe says otherwise. */
export const GREAT_CIRCLE_POINTS = 64;
/** Compiled coordinates keep 5 decimals (about 1 m). */
export const COORD_DECIMALS = 5;

export function roundCoord(x: number): number {
  const f = 10 ** COORD_DECIMALS;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0
}

const roundPosition = (p: readonly number[]): Position => [roundCoord(p[0] ?? NaN), roundCoord(p[1] ?? NaN)];

function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => {
    const prev = line[i - 1];
    return prev === undefined || prev[0] !== p[0] || prev[1] !== p[1];
  });
}

/** Rounds to 5 decimals and drops repeated consecutive positions that rounding may create. */
export function roundGeometry(g: Geometry): Geometry {
  const line = (l: readonly (readonly number[])[]): Position[] => dedupe(l.map(roundPosition));
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(line) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((rings) => rings.map(line)) };
  }
}

interface ResolvedPath {
  positions: Position[];
  label: string;
}

function lookup(places: ReadonlyMap<string, Place>, id: string): Place {
  const place = places.get(id);
  if (place === undefined) throw new RecipeError(`references unknown place '${id}' (not in places.json)`);
  return place;
}

function resolveStep(step: PathStep, places: ReadonlyMap<string, Place>): ResolvedPath {
  if (typeof step === 'string') {
    const place = lookup(places, step);
    const at = placePoint(place);
    if (at !== null) return { positions: [at], label: step };
    if (place.waypoints !== undefined)
      return { positions: place.waypoints.map((w) => [w[0], w[1]]), label: step };
    throw new RecipeError(`place '${step}' has neither a point nor waypoints`);
  }
  if ('at' in step) {
    const [lon, lat] = step.at;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new RecipeError(
        `hand-placed position ${fmt(step.at)} is out of range (expects [longitude, latitude])`,
      );
    }
    return { positions: [[lon, lat]], label: `hand-placed ${fmt(step.at)} (${step.note})` };
  }
  const place = lookup(places, step.place);
  const waypoints = place.waypoints;
  if (waypoints === undefined) {
    throw new RecipeError(
      `place '${step.place}' has no waypoints, so a waypoint range cannot be taken from it`,
    );
  }
  const last = waypoints.length - 1;
  const from = step.from ?? 0;
  const to = step.to ?? last;
  for (const i of [from, to]) {
    if (i > last) {
      throw new RecipeError(
        `waypoint index ${i} is out of range for '${step.place}' (it has waypoints 0..${last})`,
      );
    }
  }
  const slice = waypoints
    .slice(Math.min(from, to), Math.max(from, to) + 1)
    .map((w): Position => [w[0], w[1]]);
  if (from > to) slice.reverse();
  return { positions: slice, label: `${step.place} waypoints ${from}..${to}` };
}

function resolvePath(path: Path, places: ReadonlyMap<string, Place>): ResolvedPath {
  const parts = path.map((step) => resolveStep(step, places));
  return {
    positions: dedupe(parts.flatMap((p) => p.positions)),
    label: parts.map((p) => p.label).join(' → '),
  };
}

function pointOf(places: ReadonlyMap<string, Place>, id: string): Position {
  const at = placePoint(lookup(places, id));
  if (at === null) throw new RecipeError(`place '${id}' is not a point`);
  return at;
}

type AreaFeature = Feature<Polygon | MultiPolygon>;

function unionAll(parts: AreaFeature[]): AreaFeature {
  const [first, ...rest] = parts;
  if (first === undefined) throw new RecipeError('a buffer produced no polygon');
  if (rest.length === 0) return first;
  const merged = union(featureCollection(parts));
  if (merged === null) throw new RecipeError('the union of the buffers is empty');
  return merged;
}

function bufferLines(lines: Position[][], km: number): AreaFeature {
  const opts = { units: 'kilometers' as const, steps: BUFFER_STEPS };
  // turf.buffer draws in an azimuthal equidistant projection around the input's centre: for the
  // lengths used here (under ~1,500 km) the buffer width stays within about 0.5 % of true.
  const pieces = lines.flatMap((line) => {
    const [only] = line;
    const b =
      line.length === 1 && only !== undefined
        ? turfBuffer(point(only), km, opts)
        : turfBuffer(lineString(line), km, opts);
    return b === undefined ? [] : [b];
  });
  return unionAll(pieces);
}

export interface Resolved {
  geometry: Geometry;
  /** How the geometry was made, for `geometry_source`. */
  description: string;
}

/** Carries out a recipe; throws RecipeError with a readable message when it cannot. */
export function resolveDerive(derive: Derive, { places, snapshot }: RecipeContext): Resolved {
  if ('point' in derive) {
    return {
      geometry: roundGeometry({ type: 'Point', coordinates: pointOf(places, derive.point) }),
      description: `places.json ${derive.point}`,
    };
  }
  if ('line' in derive) {
    const path = resolvePath(derive.line, places);
    if (path.positions.length < 2) throw new RecipeError('a line needs at least two distinct positions');
    return {
      geometry: roundGeometry({ type: 'LineString', coordinates: path.positions }),
      description: `line through places.json ${path.label}`,
    };
  }
  if ('great_circle' in derive) {
    const { from, to } = derive.great_circle;
    const npoints = derive.great_circle.npoints ?? GREAT_CIRCLE_POINTS;
    const arc = greatCircle(pointOf(places, from), pointOf(places, to), { npoints });
    const g = arc.geometry;
    const geometry: Geometry =
      g.type === 'LineString'
        ? { type: 'LineString', coordinates: g.coordinates.map(roundPosition) }
        : { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(roundPosition)) };
    return {
      geometry: roundGeometry(geometry),
      description: `great circle from places.json ${from} to ${to}, densified to ${npoints} points (turf.greatCircle)`,
    };
  }
  if ('outline' in derive) {
    const outline = snapshot.outlines[derive.outline];
    if (outline === undefined) {
      throw new RecipeError(`references unknown outline '${derive.outline}' (not in the basemap snapshot)`);
    }
    return {
      geometry: roundGeometry(outline.geometry),
      description: `basemap snapshot outline '${derive.outline}' (${outline.countries.join(' + ')}): ${snapshot.source}, tolerance ${snapshot.simplify_deg}°`,
    };
  }
  const parts = derive.buffer.map((part) => {
    if ('of' in part) {
      const path = resolvePath(part.of, places);
      return {
        km: part.km,
        lines: [path.positions],
        label: `${part.km} km around places.json ${path.label}`,
      };
    }
    const border = snapshot.borders[part.border];
    if (border === undefined) {
      throw new RecipeError(`references unknown border '${part.border}' (not in the basemap snapshot)`);
    }
    return {
      km: part.km,
      lines: border.geometry.coordinates,
      label: `${part.km} km either side of the ${border.between.join('–')} border (basemap snapshot)`,
    };
  });
  const merged = unionAll(parts.map((p) => bufferLines(p.lines, p.km)));
  const wound = (rewind(merged) as AreaFeature).geometry;
  const geometry: Geometry =
    wound.type === 'Polygon'
      ? { type: 'Polygon', coordinates: wound.coordinates.map((r) => r.map(roundPosition)) }
      : {
          type: 'MultiPolygon',
          coordinates: wound.coordinates.map((p) => p.map((r) => r.map(roundPosition))),
        };
  return {
    geometry: roundGeometry(geometry),
    description: `turf.buffer (${BUFFER_STEPS} steps per quadrant), unioned: ${parts.map((p) => p.label).join('; ')}`,
  };
}
