// Numbers worked out at build time with turf: route lengths, zone areas, the infrastructure inside each
// risk zone, and the border crossings each route passes. Pure functions of the compiled features.
import {
  area,
  bbox as turfBbox,
  booleanPointInPolygon,
  distance,
  feature,
  length as turfLength,
  nearestPointOnLine,
} from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Geometry, Metrics, NamedRef, OverlayFeature, Position } from '../src/data/schema';

type LineGeometry = Extract<Geometry, { type: 'LineString' | 'MultiLineString' }>;
type AreaGeometry = Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }>;

/** Pipelines are measured inside a zone in steps of this length: the error is under half a step per boundary. */
export const INSIDE_STEP_KM = 0.25;
/** A route passes a border crossing when it comes within the crossing's precision plus this margin. */
export const CROSSING_MARGIN_KM = 1;

const asLine = (g: LineGeometry): LineString | MultiLineString => g;
const asArea = (g: AreaGeometry): Polygon | MultiPolygon => g;

const isLine = (g: Geometry): g is LineGeometry => g.type === 'LineString' || g.type === 'MultiLineString';
const isArea = (g: Geometry): g is AreaGeometry => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Geodesic (haversine) length along the line, km. Air legs are great-circle arcs, so this is their great-circle length. */
export function lengthKm(line: LineGeometry): number {
  return turfLength(feature(asLine(line)), { units: 'kilometers' });
}

/** Area on the sphere, km². */
export function areaKm2(zone: AreaGeometry): number {
  return area(asArea(zone)) / 1e6;
}

function linesOf(g: LineGeometry): Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** How much of a line lies inside a zone, km: the line is cut into steps and each step's midpoint tested. */
export function lengthInsideKm(line: LineGeometry, zone: AreaGeometry, stepKm = INSIDE_STEP_KM): number {
  const [west, south, east, north] = turfBbox(asArea(zone));
  const zoneGeom = asArea(zone);
  let inside = 0;
  for (const coords of linesOf(line)) {
    for (let i = 0; i + 1 < coords.length; i++) {
      const a = coords[i];
      const b = coords[i + 1];
      if (a === undefined || b === undefined) continue;
      const d = distance(a, b, { units: 'kilometers' });
      const n = Math.max(1, Math.ceil(d / stepKm));
      for (let k = 0; k < n; k++) {
        const t = (k + 0.5) / n;
        const mid: Position = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        if (mid[0] < west || mid[0] > east || mid[1] < south || mid[1] > north) continue;
        if (booleanPointInPolygon(mid, zoneGeom)) inside += d / n;
      }
    }
  }
  return inside;
}

/** Distance from a point to a line, km, and how far along the line its nearest point is. */
function nearOnLine(p: Position, line: LineGeometry): { distanceKm: number; alongKm: number } {
  const nearest = nearestPointOnLine(asLine(line), p, { units: 'kilometers' });
  return { distanceKm: nearest.properties.pointDistance, alongKm: nearest.properties.totalDistance };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const ref = (f: OverlayFeature): NamedRef => ({ id: f.properties.id, name: f.properties.name });

/** Border crossings (sites of kind border_crossing) a route passes, in the order of travel. */
export function crossingsAlong(route: LineGeometry, crossings: readonly OverlayFeature[]): NamedRef[] {
  return crossings
    .flatMap((c) => {
      if (c.geometry.type !== 'Point') return [];
      const near = nearOnLine(c.geometry.coordinates, route);
      return near.distanceKm <= c.properties.precision_km + CROSSING_MARGIN_KM
        ? [{ c, along: near.alongKm }]
        : [];
    })
    .sort((x, y) => x.along - y.along || x.c.properties.id.localeCompare(y.c.properties.id))
    .map(({ c }) => ref(c));
}

/** Pipelines crossing a zone (with the length inside) and point sites lying in it. */
export function exposure(
  zone: AreaGeometry,
  features: readonly OverlayFeature[],
): NonNullable<Metrics['exposed']> {
  const pipelines = features
    .filter((f) => f.properties.layer === 'infrastructure' && f.properties.mode === 'pipeline')
    .flatMap((f) => {
      if (!isLine(f.geometry)) return [];
      const km = round1(lengthInsideKm(f.geometry, zone));
      return km > 0 ? [{ ...ref(f), length_km: km }] : [];
    });
  const sites = features
    .filter(
      (f) =>
        (f.properties.layer === 'sites' || f.properties.layer === 'infrastructure') &&
        f.geometry.type === 'Point',
    )
    .filter((f) => f.geometry.type === 'Point' && booleanPointInPolygon(f.geometry.coordinates, asArea(zone)))
    .map(ref);
  return { pipelines, sites };
}

/** The metrics of every feature, keyed by id. */
export function computeMetrics(features: readonly OverlayFeature[]): Record<string, Metrics> {
  const crossings = features.filter(
    (f) => f.properties.layer === 'sites' && f.properties.kind === 'border_crossing',
  );
  const metrics: Record<string, Metrics> = {};
  for (const f of features) {
    const m: Metrics = {};
    const g = f.geometry;
    if (isLine(g)) {
      m.length_km = round1(lengthKm(g));
      if (f.properties.layer === 'evacuation' || f.properties.layer === 'aid')
        m.crossings = crossingsAlong(g, crossings);
    }
    if (isArea(g)) {
      m.area_km2 = round1(areaKm2(g));
      if (f.properties.layer === 'risk') m.exposed = exposure(g, features);
    }
    metrics[f.properties.id] = m;
  }
  return metrics;
}
