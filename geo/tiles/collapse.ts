// Which overlay features a low zoom draws and which it counts in a collapsed point instead. Where many
// small features of one layer crowd into a few pixels, or a feature is too small to survive
// simplification (geojson-vt leaves out lines shorter and rings smaller than its tolerance), the zoom
// draws one point that says how many features are there; every feature is either drawn or counted, never
// both and never neither. The deepest zoom collapses nothing: every feature is drawn there and deeper.
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

/** How crowded a zoom may get, in pixels of MapLibre's 512 px tiles. */
export type CollapseRule = {
  /** Side of the square cells features are counted in. */
  cellPx: number;
  /** More small features of one layer than this in one cell, and the cell's small features collapse. */
  maxPerCell: number;
  /** A line shorter than this (its longest part) is counted, not drawn: simplification would drop it. */
  minLinePx: number;
  /** A ring with less area than this (its largest part) is counted, not drawn, for the same reason. */
  minAreaPx2: number;
};

/**
 * 64 px cells, about MapLibre's own clustering radius (50 px): eight icons of about 20 px fit in one side by
 * side, and more than eight of a layer's features there cover each other, a smear rather than a map. Half
 * that (32 px) drew four times the collapsed points at the lowest zooms of a dense corpus, discs and counts
 * touching and hiding the basemap's labels, and with software WebGL took the larger share of each frame
 * there. The size limits are geojson-vt's own at the overlays' 1 px tolerance (1 px, 1 px²); a feature that
 * tile edges cut into pieces each under them is caught after cutting (see cutTiles).
 */
export const COLLAPSE_RULE: CollapseRule = { cellPx: 64, maxPerCell: 8, minLinePx: 1, minAreaPx2: 1 };

export { collapsedLayerName } from '../../src/map/tileSources';

export type CollapsedProperties = {
  id: string;
  layer: string;
  /** How many features the point stands for. */
  count: number;
  /** The bounding box of the features it stands for, so a click can zoom to where they separate. */
  west: number;
  south: number;
  east: number;
  north: number;
  /** The earliest first and latest last report among them: the point shows in a range any may be in. */
  first_reported?: string;
  last_reported?: string;
  /** The highest severity any of them has at any date, so the severity filter keeps it when any may pass. */
  severity?: number;
};

export type CollapsePlan = {
  /** The features counted in a collapsed point at this zoom, each with the point's id. */
  memberOf: Map<string, string>;
  points: Feature<Point, CollapsedProperties>[];
};

const TILE_PX = 512;

type Measured = {
  id: string;
  tiny: boolean;
  /** Extent in pixels at the zoom: width and height of its bounding box. */
  widthPx: number;
  heightPx: number;
  centre: [number, number];
  bbox: [number, number, number, number];
  properties: Record<string, unknown>;
};

function projectX(lon: number, worldPx: number): number {
  return ((lon + 180) / 360) * worldPx;
}

function projectY(lat: number, worldPx: number): number {
  const rad = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * worldPx;
}

function unprojectY(y: number, worldPx: number): number {
  const n = Math.PI * (1 - (2 * y) / worldPx);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

function lengthPx(line: readonly Position[], worldPx: number): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const [x0 = 0, y0 = 0] = line[i - 1]!;
    const [x1 = 0, y1 = 0] = line[i]!;
    total += Math.hypot(
      projectX(x1, worldPx) - projectX(x0, worldPx),
      projectY(y1, worldPx) - projectY(y0, worldPx),
    );
  }
  return total;
}

function areaPx2(ring: readonly Position[], worldPx: number): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    twice += projectX(x0, worldPx) * projectY(y1, worldPx) - projectX(x1, worldPx) * projectY(y0, worldPx);
  }
  return Math.abs(twice) / 2;
}

/** Too small to survive simplification at this zoom: its largest part is under the size limits. */
function isTiny(geometry: Geometry, worldPx: number, rule: CollapseRule): boolean {
  switch (geometry.type) {
    case 'LineString':
      return lengthPx(geometry.coordinates, worldPx) < rule.minLinePx;
    case 'MultiLineString':
      return Math.max(0, ...geometry.coordinates.map((l) => lengthPx(l, worldPx))) < rule.minLinePx;
    case 'Polygon':
      return areaPx2(geometry.coordinates[0] ?? [], worldPx) < rule.minAreaPx2;
    case 'MultiPolygon':
      return Math.max(0, ...geometry.coordinates.map((p) => areaPx2(p[0] ?? [], worldPx))) < rule.minAreaPx2;
    default:
      return false;
  }
}

function measure(feature: Feature, worldPx: number, rule: CollapseRule): Measured | null {
  const id = feature.properties?.['id'];
  if (typeof id !== 'string' || !feature.geometry) return null;
  const [west, south, east, north] = turfBbox(feature);
  if (!Number.isFinite(west)) return null;
  const left = projectX(west, worldPx);
  const right = projectX(east, worldPx);
  const top = projectY(north, worldPx);
  const bottom = projectY(south, worldPx);
  return {
    id,
    tiny: isTiny(feature.geometry, worldPx, rule),
    widthPx: right - left,
    heightPx: bottom - top,
    centre: [(left + right) / 2, (top + bottom) / 2],
    bbox: [west, south, east, north],
    properties: feature.properties ?? {},
  };
}

/** The highest severity a feature has at any date: its own and any dated change's (c1_severity, ...). */
function highestSeverity(properties: Record<string, unknown>): number | undefined {
  let highest: number | undefined;
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value !== 'number') continue;
    if (key === 'severity' || /^c\d+_severity$/.test(key)) highest = Math.max(highest ?? value, value);
  }
  return highest;
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

function collapsedPoint(
  id: string,
  layer: string,
  members: readonly Measured[],
  worldPx: number,
): Feature<Point, CollapsedProperties> {
  const x = members.reduce((sum, m) => sum + m.centre[0], 0) / members.length;
  const y = members.reduce((sum, m) => sum + m.centre[1], 0) / members.length;
  const firsts = members.map((m) => m.properties['first_reported']);
  const lasts = members.map((m) => m.properties['last_reported']);
  // A member with no reported dates shows in every range, and so does the point that counts it.
  const dated = [...firsts, ...lasts].every((d) => typeof d === 'string');
  const severities = members.map((m) => highestSeverity(m.properties));
  const severity = severities.every((s) => s === undefined)
    ? undefined
    : Math.max(...severities.map((s) => s ?? 0));
  const properties: CollapsedProperties = {
    id,
    layer,
    count: members.length,
    west: round5(Math.min(...members.map((m) => m.bbox[0]))),
    south: round5(Math.min(...members.map((m) => m.bbox[1]))),
    east: round5(Math.max(...members.map((m) => m.bbox[2]))),
    north: round5(Math.max(...members.map((m) => m.bbox[3]))),
    ...(dated
      ? {
          first_reported: (firsts as string[]).reduce((a, b) => (b < a ? b : a)),
          last_reported: (lasts as string[]).reduce((a, b) => (b > a ? b : a)),
        }
      : {}),
    ...(severity === undefined ? {} : { severity }),
  };
  return {
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: [round5((x / worldPx) * 360 - 180), round5(unprojectY(y, worldPx))],
    },
    properties,
  };
}

/** What one zoom draws of a layer and what it counts in collapsed points instead. */
export function planCollapse(
  layer: string,
  features: FeatureCollection,
  zoom: number,
  rule: CollapseRule = COLLAPSE_RULE,
  /** Features found in no tile after cutting: counted whatever their size. */
  lost: ReadonlySet<string> = new Set(),
): CollapsePlan {
  const worldPx = TILE_PX * 2 ** zoom;
  const cells = new Map<string, Measured[]>();
  for (const feature of features.features) {
    const measured = measure(feature, worldPx, rule);
    if (measured && lost.has(measured.id)) measured.tiny = true;
    // A feature wider than a cell is never crowded out: it is drawn, generalised.
    if (!measured || (!measured.tiny && Math.max(measured.widthPx, measured.heightPx) >= rule.cellPx))
      continue;
    const key = `${Math.floor(measured.centre[0] / rule.cellPx)}/${Math.floor(measured.centre[1] / rule.cellPx)}`;
    const cell = cells.get(key);
    if (cell) cell.push(measured);
    else cells.set(key, [measured]);
  }
  const memberOf = new Map<string, string>();
  const points: CollapsePlan['points'] = [];
  for (const [key, small] of cells) {
    const members = small.length > rule.maxPerCell ? small : small.filter((m) => m.tiny);
    if (members.length === 0) continue;
    const id = `collapsed:${layer}:${zoom}/${key}`;
    points.push(collapsedPoint(id, layer, members, worldPx));
    for (const member of members) memberOf.set(member.id, id);
  }
  points.sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  return { memberOf, points };
}
