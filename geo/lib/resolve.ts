// Turns a feature's `derive` recipe into real geometry from places.json, the route towns and the basemap
// snapshot (turf at build time), with a description of how, which becomes the feature's `geometry_source`,
// and the named points and route stops it used, which geo:check tests against the land.
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
import type { Course, Derive, Stop } from './authored';
import { fmt } from './geometry';
import { placePoint, type Place } from './places';
import type { Snapshot } from './snapshot';
import { GEONAMES_CREDIT, type Town } from './towns';

/** Where named points come from: places.json and the route towns of geo/lib/towns.json. */
interface PointContext {
  places: ReadonlyMap<string, Place>;
  towns: ReadonlyMap<string, Town>;
}

/** What recipes may refer to: places.json, the route towns and the basemap snapshot. */
export interface RecipeContext extends PointContext {
  snapshot: Snapshot;
}

/** A recipe that cannot be carried out: an unknown place, a route stop that is not a point. */
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

/** A place a recipe used as a point, with the recipe field that names it (for error messages). */
export interface NamedPoint {
  /** The place id, or a description of a hand-placed position. */
  id: string;
  field: string;
  position: Position;
  /** The country a hand-placed position states; named places have theirs in the place data. */
  country?: string;
}

/** A stop of a route, in the order of travel. */
export interface RouteStop {
  label: string;
  position: Position;
}

interface ResolvedStops {
  positions: Position[];
  label: string;
  named: NamedPoint[];
}

function pointOf(context: PointContext, id: string, field: string): NamedPoint {
  const town = context.towns.get(id);
  if (town !== undefined) return { id, field, position: [town.lon, town.lat] };
  const place = context.places.get(id);
  if (place === undefined) {
    throw new RecipeError(`${field}: references unknown place '${id}' (not in places.json or towns.json)`);
  }
  const at = placePoint(place);
  if (at === null) {
    throw new RecipeError(
      `${field}: '${id}' is a line of waypoints, not a named point: name the towns the route passes instead`,
    );
  }
  return { id, field, position: at };
}

function resolveStops(
  stops: readonly Stop[],
  context: PointContext,
  field: string,
): ResolvedStops & { stops: RouteStop[] } {
  const resolved = stops.map((stop, i): { named: NamedPoint; stop: RouteStop } => {
    const at = `${field}[${i}]`;
    if (typeof stop === 'string') {
      const named = pointOf(context, stop, at);
      return { named, stop: { label: stop, position: named.position } };
    }
    const [lon, lat] = stop.at;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new RecipeError(
        `${at}: hand-placed position ${fmt(stop.at)} is out of range (expects [longitude, latitude])`,
      );
    }
    const label = `hand-placed ${fmt(stop.at)} (${stop.note})`;
    return {
      named: { id: `hand-placed ${fmt(stop.at)}`, field: at, position: [lon, lat], country: stop.country },
      stop: { label, position: [lon, lat] },
    };
  });
  const routeStops = resolved.map((r) => r.stop);
  return {
    positions: dedupe(routeStops.map((s) => s.position)),
    label: routeStops.map((s) => s.label).join(' → '),
    named: resolved.map((r) => r.named),
    stops: routeStops,
  };
}

function resolveCourse(course: Course, places: ReadonlyMap<string, Place>, field: string): ResolvedStops {
  const place = places.get(course.place);
  if (place === undefined) {
    throw new RecipeError(`${field}: references unknown place '${course.place}' (not in places.json)`);
  }
  const waypoints = place.waypoints;
  if (waypoints === undefined) {
    throw new RecipeError(
      `${field}: place '${course.place}' has no waypoints, so it has no course to follow`,
    );
  }
  const last = waypoints.length - 1;
  const from = course.from ?? 0;
  const to = course.to ?? last;
  for (const i of [from, to]) {
    if (i > last) {
      throw new RecipeError(
        `${field}: waypoint index ${i} is out of range for '${course.place}' (it has waypoints 0..${last})`,
      );
    }
  }
  const slice = waypoints
    .slice(Math.min(from, to), Math.max(from, to) + 1)
    .map((w): Position => [w[0], w[1]]);
  if (from > to) slice.reverse();
  const whole = course.from === undefined && course.to === undefined;
  return {
    positions: dedupe(slice),
    label: whole ? `the waypoints of ${course.place}` : `${course.place} waypoints ${from}..${to}`,
    named: [],
  };
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
  /** Every named place the recipe used as a point, with the field that names it. */
  points: NamedPoint[];
  /** For a route recipe, its stops in the order of travel; each consecutive pair is a leg. */
  stops?: RouteStop[];
}

const lineOf = (path: ResolvedStops, what: string): Geometry => {
  if (path.positions.length < 2) throw new RecipeError(`${what} needs at least two distinct positions`);
  return roundGeometry({ type: 'LineString', coordinates: path.positions });
};

/** Carries out a recipe; throws RecipeError with a readable message when it cannot. */
export function resolveDerive(derive: Derive, context: RecipeContext): Resolved {
  const { places, snapshot } = context;
  if ('point' in derive) {
    const at = pointOf(context, derive.point, 'derive.point');
    return {
      geometry: roundGeometry({ type: 'Point', coordinates: at.position }),
      description: `${sourceOf(context, derive.point)} ${derive.point}`,
      points: [at],
    };
  }
  if ('route' in derive) {
    const route = resolveStops(derive.route, context, 'derive.route');
    return {
      geometry: lineOf(route, 'a route'),
      description: `route through the stops ${route.label} (places.json; town-* stops from ${GEONAMES_CREDIT})`,
      points: route.named,
      stops: route.stops,
    };
  }
  if ('course' in derive) {
    const course = resolveCourse(derive.course, places, 'derive.course');
    return {
      geometry: lineOf(course, 'a course'),
      description: `line along places.json ${course.label}`,
      points: [],
    };
  }
  if ('great_circle' in derive) {
    const { from, to } = derive.great_circle;
    const npoints = derive.great_circle.npoints ?? GREAT_CIRCLE_POINTS;
    const ends = [
      pointOf(context, from, 'derive.great_circle.from'),
      pointOf(context, to, 'derive.great_circle.to'),
    ] as const;
    const arc = greatCircle(ends[0].position, ends[1].position, { npoints });
    const g = arc.geometry;
    const geometry: Geometry =
      g.type === 'LineString'
        ? { type: 'LineString', coordinates: g.coordinates.map(roundPosition) }
        : { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(roundPosition)) };
    return {
      geometry: roundGeometry(geometry),
      description: `great circle from places.json ${from} to ${to}, densified to ${npoints} points (turf.greatCircle)`,
      points: [...ends],
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
      points: [],
    };
  }
  const parts = derive.buffer.map((part, i) => {
    const field = `derive.buffer[${i}].of`;
    if ('of' in part) {
      const path = Array.isArray(part.of)
        ? resolveStops(part.of, context, field)
        : resolveCourse(part.of, places, field);
      return {
        km: part.km,
        lines: [path.positions],
        label: `${part.km} km around places.json ${path.label}`,
        named: path.named,
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
      named: [],
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
    points: parts.flatMap((p) => p.named),
  };
}

function sourceOf(context: PointContext, id: string): string {
  return context.towns.has(id) ? GEONAMES_CREDIT : 'places.json';
}
