// @vitest-environment node
// The build's numbers against figures worked out here independently (own haversine, πr²).
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { circle } from '@turf/turf';
import type { CompiledAtlas, Geometry } from '../../../src/data/schema';
import { lengthInsideKm } from '../../../geo/analyse';
import { compileAtlas } from '../../../geo/lib/compile';
import { PlacesSchema, type Place } from '../../../geo/lib/places';
import { TownsSchema } from '../../../geo/lib/towns';
import { realCorpus } from './corpus-fixtures';

const R_KM = 6371.0088; // mean Earth radius (IUGG)
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance by the haversine formula, written out here rather than taken from turf. */
function haversineKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const dLat = rad((lat2 ?? 0) - (lat1 ?? 0));
  const dLon = rad((lon2 ?? 0) - (lon1 ?? 0));
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1 ?? 0)) * Math.cos(rad(lat2 ?? 0)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.sqrt(a));
}

const pathKm = (points: readonly (readonly number[])[]): number =>
  points.slice(1).reduce((sum, p, i) => sum + haversineKm(points[i] ?? p, p), 0);

const relErr = (actual: number, expected: number): number => Math.abs(actual - expected) / expected;

let atlas: CompiledAtlas;
let places: Map<string, Place>;
let towns: Map<string, [number, number]>;
let routes: Map<string, unknown[]>;
const at = (id: string): [number, number] => {
  const town = towns.get(id);
  if (town !== undefined) return town;
  const p = places.get(id);
  if (p?.lon === undefined || p.lat === undefined) throw new Error(`no point for ${id}`);
  return [p.lon, p.lat];
};
/** The positions of a route's stops, read from its recipe in the overlay file. */
const stopsOf = (id: string): [number, number][] => {
  const stops = routes.get(id);
  if (stops === undefined) throw new Error(`no route recipe for ${id}`);
  return stops.map((stop) => {
    if (typeof stop === 'string') return at(stop);
    const position = (stop as { at: [number, number] }).at;
    return [position[0], position[1]];
  });
};
const metrics = (id: string) => {
  const m = atlas.metrics[id];
  if (m === undefined) throw new Error(`no metrics for ${id}`);
  return m;
};

beforeAll(() => {
  const input = realCorpus();
  const compiled = compileAtlas(input);
  if (compiled.atlas === null) throw new Error(JSON.stringify(compiled.problems));
  atlas = compiled.atlas;
  places = new Map(v.parse(PlacesSchema, input.places.data).map((p) => [p.id, p]));
  towns = new Map(v.parse(TownsSchema, input.towns.data).map((t) => [t.id, [t.lon, t.lat]]));
  const features = [input.overlays.evacuation, input.overlays.aid].flatMap(
    (file) =>
      (file?.data as { features: { derive?: { route?: unknown[] }; properties: { id: string } }[] }).features,
  );
  routes = new Map(
    features.flatMap((f) => (f.derive?.route === undefined ? [] : [[f.properties.id, f.derive.route]])),
  );
});

describe('route lengths', () => {
  it('measures the Baku–Moscow air leg as the great circle (own haversine, within 1 %)', () => {
    const expected = haversineKm(at('apt-gyd'), at('city-moscow'));
    expect(expected).toBeGreaterThan(1900);
    expect(relErr(metrics('evac-baku-moscow-air').length_km ?? 0, expected)).toBeLessThan(0.01);
  });

  it('measures the Tehran–Astara road as the sum of its legs (within 0.5 %)', () => {
    const stops = stopsOf('evac-tehran-astara-road');
    expect(stops.length).toBeGreaterThan(4);
    expect(stops[0]).toEqual(at('city-tehran'));
    expect(stops.at(-1)).toEqual(at('xing-astara'));
    const expected = pathKm(stops);
    expect(relErr(metrics('evac-tehran-astara-road').length_km ?? 0, expected)).toBeLessThan(0.005);
  });

  it('measures the Astara–Rasht rail gap as the sum of its legs (within 0.5 %)', () => {
    const stops = stopsOf('aid-instc-rail-astara-rasht-gap');
    expect(stops.length).toBeGreaterThan(2);
    const expected = pathKm(stops);
    // Through the coastal towns the gap is longer than the straight line between its ends.
    expect(expected).toBeGreaterThan(pathKm([at('rail-astara-ir'), at('city-rasht')]));
    expect(relErr(metrics('aid-instc-rail-astara-rasht-gap').length_km ?? 0, expected)).toBeLessThan(0.005);
  });
});

describe('zone areas', () => {
  it('gives the 25 km buffer around the CPC terminal the area of a circle, πr² (within 2 %)', () => {
    expect(relErr(metrics('risk-cpc-terminal-drones').area_km2 ?? 0, Math.PI * 25 ** 2)).toBeLessThan(0.02);
  });

  it('gives the Iran outline roughly Iran’s area, less the strip east of 62°E (1.5–1.65 million km²)', () => {
    const area = metrics('risk-iran-hostilities').area_km2 ?? 0;
    expect(area).toBeGreaterThan(1_500_000);
    expect(area).toBeLessThan(1_650_000);
  });
});

describe('exposure of infrastructure in risk zones', () => {
  it('reports the BTC pipeline crossing the Caspian oil-and-gas zone for its Azerbaijani section', () => {
    const btc = metrics('risk-caspian-oil-gas').exposed?.pipelines.find((p) => p.id === 'infra-btc-pipeline');
    expect(btc?.length_km).toBeGreaterThan(0);
    // The zone buffers BTC waypoints 0..8 by 15 km: the whole section is inside, plus at most 15 km past its end.
    const section = pathKm((places.get('pipe-btc')?.waypoints ?? []).slice(0, 9));
    expect(btc?.length_km).toBeGreaterThanOrEqual(section - 1);
    expect(btc?.length_km).toBeLessThanOrEqual(section + 16);
  });

  it('lists the sites inside a zone', () => {
    const sites = metrics('risk-cpc-terminal-drones').exposed?.sites.map((s) => s.id);
    expect(sites).toEqual(['infra-cpc-marine-terminal', 'site-port-novorossiysk']);
    const gulf = metrics('risk-gulf-us-facilities').exposed?.sites.map((s) => s.id);
    expect(gulf).toHaveLength(5);
  });

  it('measures a line through a circle as its diameter (within 1 %)', () => {
    const disc = circle([49.5, 40.2], 25, { steps: 64, units: 'kilometers' }).geometry as Geometry & {
      type: 'Polygon';
    };
    const line: Geometry & { type: 'LineString' } = {
      type: 'LineString',
      coordinates: [
        [48.5, 40.2],
        [50.5, 40.2],
      ],
    };
    expect(relErr(lengthInsideKm(line, disc), 50)).toBeLessThan(0.01);
  });
});

describe('border crossings along routes', () => {
  const ids = (id: string): string[] => (metrics(id).crossings ?? []).map((c) => c.id);

  it('finds the Astara crossing on the road from Tehran', () => {
    expect(ids('evac-tehran-astara-road')).toEqual(['site-xing-astara']);
  });

  it('finds the Samur crossing on the road from Baku to Makhachkala', () => {
    expect(ids('evac-baku-makhachkala-road')).toEqual(['site-xing-samur']);
  });

  it('lists the crossings of the aid rail corridor in the order of travel', () => {
    expect(ids('aid-instc-rail-makhachkala-astara')).toEqual(['site-xing-samur', 'site-xing-astara']);
  });

  it('finds no land crossing on the air leg', () => {
    expect(ids('evac-baku-moscow-air')).toEqual([]);
  });
});
