// "What's here" at a point: the risk zones covering it, the nearest border crossing, the province and country.
// Pure: the atlas's index, the province table and the geometries of the zones whose boxes hold the point
// (`zonesToLoad`, loaded by the panel) are passed in. Zones and crossings are looked up through spatial
// indexes of the index's bounding boxes, built once per atlas on first use, so a click stays quick at 100k
// features; the answers are the same as testing every feature in atlas order (the unit tests compare the two
// on generated data).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import Flatbush from 'flatbush';
import { getAtlasIndex } from '../data/atlasIndex';
import type {
  Atlas,
  IndexedProperties,
  Geometry,
  IndexedFeature,
  LocalizedText,
  Position,
} from '../data/schema';
import type { AdminLookup } from './adminLookup';
import { ALL_DATES } from '../data/dateRange';
import { isShown, type FeatureFilters } from '../data/featureFilters';
import { stateAsOf } from '../data/reported';
import { ALL_SEVERITIES } from '../data/severity';

export type LngLat = [lng: number, lat: number];

export type WhatsHere = {
  point: LngLat;
  /** Risk zones containing the point, most severe first. */
  riskZones: Array<{ id: string; name: LocalizedText; severity: number }>;
  nearestCrossing: { id: string; name: LocalizedText; distanceKm: number } | null;
  /** null when the point is in no province (the sea, or outside the table); undefined when no table was given. */
  province: { code: string; name: LocalizedText; disputedId: string | null } | null | undefined;
  country: { code: string; name: LocalizedText } | null | undefined;
};

type Indexed<T> = { items: T[]; tree: Flatbush | null };

type Crossing = { feature: IndexedFeature; at: Position };

type WhatsHereIndex = { zones: Indexed<IndexedFeature>; crossings: Indexed<Crossing> };

function buildTree(boxes: ReadonlyArray<readonly [number, number, number, number]>): Flatbush | null {
  if (boxes.length === 0) return null;
  const tree = new Flatbush(boxes.length);
  for (const [west, south, east, north] of boxes) tree.add(west, south, east, north);
  tree.finish();
  return tree;
}

function buildIndex(atlas: Atlas): WhatsHereIndex {
  const { boundsById } = getAtlasIndex(atlas);
  const zones: IndexedFeature[] = [];
  const zoneBoxes: Array<readonly [number, number, number, number]> = [];
  const crossings: Crossing[] = [];
  for (const feature of atlas.features) {
    const { properties: p, geometryType, bbox } = feature;
    const bounds = boundsById.get(p.id);
    if (p.layer === 'risk' && (geometryType === 'Polygon' || geometryType === 'MultiPolygon') && bounds) {
      zones.push(feature);
      zoneBoxes.push(bounds);
    }
    // A point's bounding box is the point itself.
    if (p.kind === 'border_crossing' && geometryType === 'Point')
      crossings.push({ feature, at: [bbox[0], bbox[1]] });
  }
  return {
    zones: { items: zones, tree: buildTree(zoneBoxes) },
    crossings: {
      items: crossings,
      tree: buildTree(crossings.map(({ at: [lng, lat] }) => [lng, lat, lng, lat] as const)),
    },
  };
}

const indexes = new WeakMap<Atlas, WhatsHereIndex>();

function indexOf(atlas: Atlas): WhatsHereIndex {
  let index = indexes.get(atlas);
  if (!index) {
    index = buildIndex(atlas);
    indexes.set(atlas, index);
  }
  return index;
}

/** turf's mean Earth radius, which `distance` uses. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;
const haversine = (angle: number) => Math.sin(angle / 2) ** 2;

/**
 * The box around `point` outside which nothing is within `km` on the sphere, or null when it would wrap
 * around the antimeridian or a pole (the caller then looks at everything). Latitude alone bounds a
 * great-circle distance from below; longitude does through hav(d) >= cos(lat1) cos(lat2) hav(dlng).
 */
function boxWithin(point: LngLat, km: number): [number, number, number, number] | null {
  const [lng, lat] = point;
  const reach = (km / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-12;
  const south = lat * RADIANS - reach;
  const north = lat * RADIANS + reach;
  if (south <= -Math.PI / 2 || north >= Math.PI / 2) return null;
  const cosFarthest = Math.min(Math.cos(south), Math.cos(north));
  const bound = haversine(reach) / (Math.cos(lat * RADIANS) * cosFarthest);
  if (!(bound < 1)) return null;
  const lngReach = (2 * Math.asin(Math.sqrt(bound))) / RADIANS;
  if (lng - lngReach < -180 || lng + lngReach > 180) return null;
  return [lng - lngReach, south / RADIANS, lng + lngReach, north / RADIANS];
}

function nearestCrossingTo(
  point: LngLat,
  { items, tree }: Indexed<Crossing>,
  shown: (properties: IndexedProperties) => boolean,
): WhatsHere['nearestCrossing'] {
  if (!tree) return null;
  const isShownAt = (index: number) => {
    const crossing = items[index];
    return crossing !== undefined && shown(crossing.feature.properties);
  };
  // The nearest on the flat lng/lat plane is close, not always the nearest on the sphere: it only bounds
  // where the nearest can be. Candidates are then taken in atlas order, so ties resolve as a full scan would.
  const [planarNearest] = tree.neighbors(point[0], point[1], 1, Infinity, isShownAt);
  const first = planarNearest === undefined ? undefined : items[planarNearest];
  if (!first) return null;
  const box = boxWithin(point, distance(point, first.at, { units: 'kilometers' }));
  const candidates = box ? tree.search(...box).sort((a, b) => a - b) : items.map((_, index) => index);
  let nearest: WhatsHere['nearestCrossing'] = null;
  for (const index of candidates) {
    const crossing = items[index];
    if (!crossing || !isShownAt(index)) continue;
    const km = distance(point, crossing.at, { units: 'kilometers' });
    if (!nearest || km < nearest.distanceKm) {
      const { id, name } = crossing.feature.properties;
      nearest = { id, name, distanceKm: km };
    }
  }
  return nearest;
}

/** The shown zones whose boxes hold the point, in atlas order: their geometries decide which hold it. */
function candidateZones(
  point: LngLat,
  { items, tree }: Indexed<IndexedFeature>,
  shown: (properties: IndexedProperties) => boolean,
): IndexedFeature[] {
  if (!tree) return [];
  return tree
    .search(point[0], point[1], point[0], point[1])
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const zone = items[index];
      return zone && shown(zone.properties) ? [zone] : [];
    });
}

function riskZonesAt(
  candidates: readonly IndexedFeature[],
  point: LngLat,
  geometries: ReadonlyMap<string, Geometry>,
  severityOf: (zone: IndexedProperties) => number | undefined,
): WhatsHere['riskZones'] {
  const riskZones: WhatsHere['riskZones'] = [];
  for (const zone of candidates) {
    const geometry = geometries.get(zone.properties.id);
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const zoneProperties = zone.properties;
    if (zoneProperties.layer !== 'risk') continue;
    if (booleanPointInPolygon(point, geometry)) {
      const { id, name } = zoneProperties;
      riskZones.push({ id, name, severity: severityOf(zoneProperties) ?? zoneProperties.severity });
    }
  }
  return riskZones.sort((a, b) => b.severity - a.severity);
}

const shownBy = (atlas: Atlas, filters: FeatureFilters) => {
  const atlasIndex = getAtlasIndex(atlas);
  return (properties: IndexedProperties) => isShown(properties, filters, atlasIndex);
};

const EVERY_FEATURE: FeatureFilters = { minSeverity: ALL_SEVERITIES, dateRange: ALL_DATES };

/** The risk zones whose geometries `whatsHere` needs for this point (those whose boxes hold it). */
export function zonesToLoad(
  point: LngLat,
  atlas: Atlas,
  filters: FeatureFilters = EVERY_FEATURE,
): IndexedFeature[] {
  return candidateZones(point, indexOf(atlas).zones, shownBy(atlas, filters));
}

/**
 * `filters`: the reader's severity filter and date range; what they hide is not named here either.
 * `zoneGeometries`: the geometries of `zonesToLoad` for the same point (a zone without one is not named).
 */
export function whatsHere(
  point: LngLat,
  atlas: Atlas,
  adminLookup: AdminLookup | null,
  zoneGeometries: ReadonlyMap<string, Geometry>,
  filters: FeatureFilters = EVERY_FEATURE,
): WhatsHere {
  const index = indexOf(atlas);
  const shown = shownBy(atlas, filters);
  // As the map colours them: as of the end of the dates shown.
  const articles = getAtlasIndex(atlas).articlesById;
  const severityOf = (zone: IndexedProperties) => stateAsOf(zone, articles, filters.dateRange.to).severity;
  const riskZones = riskZonesAt(candidateZones(point, index.zones, shown), point, zoneGeometries, severityOf);
  const nearestCrossing = nearestCrossingTo(point, index.crossings, shown);
  if (nearestCrossing) nearestCrossing.distanceKm = Math.round(nearestCrossing.distanceKm);

  if (!adminLookup) return { point, riskZones, nearestCrossing, province: undefined, country: undefined };
  const hit = adminLookup.features.find((province) => booleanPointInPolygon(point, province.geometry));
  if (!hit) return { point, riskZones, nearestCrossing, province: null, country: null };
  const a = hit.properties;
  return {
    point,
    riskZones,
    nearestCrossing,
    province: { code: a.adm1_code, name: { en: a.name_en, ru: a.name_ru }, disputedId: a.disputed_id },
    country: { code: a.adm0_a3, name: { en: a.country_name_en, ru: a.country_name_ru } },
  };
}
