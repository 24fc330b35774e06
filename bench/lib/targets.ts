// Pure: which features the bench clicks, and where. Spread evenly over the corpus (not the first few).
// Each target carries several anchors on the feature (the point; points along the line; points inside
// the zone), nearest the view's centre first: the page clicks the first one that hits this feature alone.
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature as GeoJsonFeature, MultiPolygon, Polygon as GeoJsonPolygon } from 'geojson';
import type { CompiledAtlas, OverlayFeature, Position } from '../../src/data/schema';
import type { ClickTarget } from '../page/probe';

const MAX_ANCHORS = 12;
/** Interior points for zones are sampled within this many degrees of the first one (about a zoom-10 view). */
const ZONE_SAMPLE_REACH = 0.25;
const ZONE_SAMPLE_STEPS = 6;

type LngLat = [number, number];
const lngLat = (position: Position): LngLat => [position[0], position[1]];
const distance = (a: LngLat, b: LngLat) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const nearestFirst = (centre: LngLat, points: LngLat[]) =>
  [
    centre,
    ...points.filter((point) => point !== centre).sort((a, b) => distance(a, centre) - distance(b, centre)),
  ].slice(0, MAX_ANCHORS);

function lineAnchors(lines: readonly Position[][]): LngLat[] {
  const candidates: LngLat[] = [];
  for (const line of lines) {
    line.forEach((vertex, index) => {
      candidates.push(lngLat(vertex));
      const next = line[index + 1];
      if (next) candidates.push([(vertex[0] + next[0]) / 2, (vertex[1] + next[1]) / 2]);
    });
  }
  const longest = [...lines].sort((a, b) => b.length - a.length)[0] ?? [];
  const middle = longest[Math.floor(longest.length / 2)];
  return middle ? nearestFirst(lngLat(middle), candidates) : candidates.slice(0, MAX_ANCHORS);
}

function zoneAnchors(feature: OverlayFeature): LngLat[] {
  const zone = feature as unknown as GeoJsonFeature<GeoJsonPolygon | MultiPolygon>;
  const inside = pointOnFeature(zone).geometry.coordinates;
  const centre: LngLat = [inside[0] ?? 0, inside[1] ?? 0];
  const samples: LngLat[] = [];
  for (let row = -ZONE_SAMPLE_STEPS; row <= ZONE_SAMPLE_STEPS; row += 1) {
    for (let column = -ZONE_SAMPLE_STEPS; column <= ZONE_SAMPLE_STEPS; column += 1) {
      const point: LngLat = [
        centre[0] + (column / ZONE_SAMPLE_STEPS) * ZONE_SAMPLE_REACH,
        centre[1] + (row / ZONE_SAMPLE_STEPS) * ZONE_SAMPLE_REACH,
      ];
      if ((row !== 0 || column !== 0) && booleanPointInPolygon(point, zone)) samples.push(point);
    }
  }
  return nearestFirst(centre, samples);
}

export function anchorsOf(feature: OverlayFeature): LngLat[] {
  const { geometry } = feature;
  switch (geometry.type) {
    case 'Point':
      return [lngLat(geometry.coordinates)];
    case 'LineString':
      return lineAnchors([geometry.coordinates]);
    case 'MultiLineString':
      return lineAnchors(geometry.coordinates);
    case 'Polygon':
    case 'MultiPolygon':
      return zoneAnchors(feature);
  }
}

/**
 * Up to `count` targets taken at an even stride through the features, named in the language the bench
 * reads the details in (English, the app's default).
 */
export function clickTargets(atlas: CompiledAtlas, count: number): ClickTarget[] {
  const { features } = atlas;
  const stride = Math.max(1, Math.floor(features.length / count));
  const targets: ClickTarget[] = [];
  for (let index = 0; index < features.length && targets.length < count; index += stride) {
    const feature = features[index];
    if (!feature) continue;
    targets.push({
      id: feature.properties.id,
      layer: feature.properties.layer,
      name: feature.properties.name.en,
      anchors: anchorsOf(feature),
    });
  }
  return targets;
}
