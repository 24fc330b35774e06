import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import { splitAtlas } from '../../../src/data/atlasFiles';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/prng';
import { generateSyntheticAtlas } from '../../../bench/synthetic/generate';
import type { Atlas, CompiledAtlas, OverlayFeature } from '../../../src/data/schema';
import { ALL_DATES } from '../../../src/data/dateRange';
import type { FeatureFilters } from '../../../src/data/featureFilters';
import { AdminLookupSchema, type AdminLookup } from '../../../src/panels/adminLookup';
import { whatsHere, zonesToLoad, type LngLat, type WhatsHere } from '../../../src/panels/whatsHere';
import { fixtureCompiledAtlas } from './fixtureAtlas';

const indexes = new WeakMap<CompiledAtlas, Atlas>();
const indexOf = (atlas: CompiledAtlas): Atlas => {
  let index = indexes.get(atlas);
  if (!index) indexes.set(atlas, (index = splitAtlas(atlas).index));
  return index;
};

/** What's here as the panel asks it: the index, and the geometries of the zones it names for the point. */
function here(
  point: LngLat,
  atlas: CompiledAtlas,
  adminLookup: AdminLookup | null,
  filters?: FeatureFilters,
): WhatsHere {
  const index = indexOf(atlas);
  const geometries = new Map(atlas.features.map((feature) => [feature.properties.id, feature.geometry]));
  const wanted = new Map(
    zonesToLoad(point, index, filters).map((zone) => {
      const geometry = geometries.get(zone.properties.id);
      if (!geometry) throw new Error(`no geometry for ${zone.properties.id}`);
      return [zone.properties.id, geometry] as const;
    }),
  );
  return whatsHere(point, index, adminLookup, wanted, filters);
}

const lookup: AdminLookup = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [45, 37],
            [48, 37],
            [48, 39],
            [45, 39],
            [45, 37],
          ],
        ],
      },
      properties: {
        adm1_code: 'IRN-1',
        name_en: 'Ardabil',
        name_ru: 'Ардебиль',
        adm0_a3: 'IRN',
        country_name_en: 'Iran',
        country_name_ru: 'Иран',
        disputed_id: null,
      },
    },
  ],
};

describe('what is here at a point', () => {
  const atlas = fixtureCompiledAtlas();

  it('lists the risk zones containing the point, most severe first', () => {
    const result = here([46, 38.5], atlas, lookup);
    expect(result.riskZones.map((zone) => zone.id)).toEqual(['risk-war', 'risk-north-iran']);
  });

  it('finds points in any part of a multipolygon zone', () => {
    expect(here([60.5, 30.5], atlas, null).riskZones.map((zone) => zone.id)).toEqual(['risk-war']);
  });

  it('lists no zones outside all of them', () => {
    expect(here([52, 42], atlas, lookup).riskZones).toEqual([]);
  });

  it('names the nearest border crossing with its distance in whole kilometres', () => {
    const result = here([48.873, 38.8], atlas, lookup);
    expect(result.nearestCrossing).toMatchObject({ id: 'xing-astara', name: { en: 'Astara crossing' } });
    // 0.36° of latitude is about 40 km.
    expect(result.nearestCrossing?.distanceKm).toBe(40);
    expect(here([48.4, 41.2], atlas, lookup).nearestCrossing?.id).toBe('xing-samur');
  });

  it('has no nearest crossing when the atlas has none', () => {
    const noCrossings = {
      ...atlas,
      features: atlas.features.filter((f) => f.properties.kind !== 'border_crossing'),
    };
    expect(here([46, 38], noCrossings, lookup).nearestCrossing).toBeNull();
  });

  it('names the province and the country in both languages', () => {
    const result = here([46, 38], atlas, lookup);
    expect(result.province).toEqual({
      code: 'IRN-1',
      name: { en: 'Ardabil', ru: 'Ардебиль' },
      disputedId: null,
    });
    expect(result.country).toEqual({ code: 'IRN', name: { en: 'Iran', ru: 'Иран' } });
  });

  it('says the point is in no province at sea, and leaves it open while the table is not loaded', () => {
    expect(here([51, 41], atlas, lookup)).toMatchObject({ province: null, country: null });
    expect(here([46, 38], atlas, null)).toMatchObject({ province: undefined, country: undefined });
  });

  it('asks for the geometries of only the shown zones whose boxes hold the point', () => {
    const index = indexOf(atlas);
    expect(zonesToLoad([46, 38.5], index).map((zone) => zone.properties.id)).toEqual([
      'risk-north-iran',
      'risk-war',
    ]);
    expect(zonesToLoad([52, 42], index)).toEqual([]);
    const severeOnly = { minSeverity: 5, dateRange: ALL_DATES };
    expect(zonesToLoad([46, 38.5], index, severeOnly).map((zone) => zone.properties.id)).toEqual([
      'risk-war',
    ]);
  });

  it('names no zone whose geometry it was not given', () => {
    expect(whatsHere([46, 38.5], indexOf(atlas), lookup, new Map()).riskZones).toEqual([]);
  });

  describe('with the shipped data', () => {
    const shippedLookup = v.parse(
      AdminLookupSchema,
      JSON.parse(readFileSync('public/basemap/admin-lookup.geojson', 'utf8')),
    );
    const shippedAtlas = readAtlasFolder('public/data');

    it('places Baku in Azerbaijan and finds a crossing nearby', () => {
      const result = here([49.87, 40.4], shippedAtlas, shippedLookup);
      expect(result.country?.name).toEqual({ en: 'Azerbaijan', ru: 'Азербайджан' });
      expect(result.province).not.toBeNull();
      expect(result.nearestCrossing?.distanceKm).toBeLessThan(250);
    });

    it('marks Abkhazia as disputed', () => {
      expect(here([41.0, 43.0], shippedAtlas, shippedLookup).province?.disputedId).toBe('abkhazia');
    });

    it('puts Tehran inside the risk zone of hostilities in Iran', () => {
      const ids = here([51.39, 35.69], shippedAtlas, shippedLookup).riskZones.map((zone) => zone.id);
      expect(ids).toContain('risk-iran-hostilities');
    });

    it('finds nothing but sea in the middle of the Caspian', () => {
      expect(here([50.5, 42.5], shippedAtlas, shippedLookup).province).toBeNull();
    });
  });
});

/** What's here by testing every feature in atlas order: the plain definition the indexed lookup must match. */
function zonesAndCrossingByScan(
  point: LngLat,
  atlas: CompiledAtlas,
): Pick<WhatsHere, 'riskZones' | 'nearestCrossing'> {
  const riskZones: WhatsHere['riskZones'] = [];
  let nearestCrossing: WhatsHere['nearestCrossing'] = null;
  for (const { properties: p, geometry } of atlas.features) {
    if (p.layer === 'risk' && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
      if (booleanPointInPolygon(point, geometry))
        riskZones.push({ id: p.id, name: p.name, severity: p.severity ?? 1 });
    }
    if (p.kind === 'border_crossing' && geometry.type === 'Point') {
      const km = distance(point, geometry.coordinates, { units: 'kilometers' });
      if (!nearestCrossing || km < nearestCrossing.distanceKm)
        nearestCrossing = { id: p.id, name: p.name, distanceKm: km };
    }
  }
  riskZones.sort((a, b) => b.severity - a.severity);
  if (nearestCrossing) nearestCrossing.distanceKm = Math.round(nearestCrossing.distanceKm);
  return { riskZones, nearestCrossing };
}

describe('what is here, looked up through the spatial index', () => {
  const shipped = readAtlasFolder('public/data');
  const article = shipped.articles[0];
  if (!article) throw new Error('no article in the shipped atlas');
  const generated = generateSyntheticAtlas({ featureCount: 4_000, article });

  it('gives the same zones and crossing as testing every feature, at random points in and around the data', () => {
    const random = seededRandom(7);
    const points: LngLat[] = [];
    for (let i = 0; i < 300; i += 1) points.push([random.between(33, 63), random.between(21, 51)]);
    // Far away, where the nearest crossing is hundreds of kilometres off and the search box is wide.
    points.push([10, 5], [100, 70], [-179.9, 0], [48, 89.5]);
    for (const point of points) {
      const { riskZones, nearestCrossing } = here(point, generated, null);
      expect({ riskZones, nearestCrossing }, `at ${point.join(', ')}`).toEqual(
        zonesAndCrossingByScan(point, generated),
      );
    }
  });

  it('finds the nearest crossing on the sphere, not on the flat lng/lat plane', () => {
    const crossing = fixtureCompiledAtlas().features.find(
      (feature) => feature.properties.kind === 'border_crossing',
    );
    if (!crossing) throw new Error('fixture has no crossing');
    const at = (id: string, lng: number, lat: number): OverlayFeature => ({
      ...crossing,
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { ...crossing.properties, id },
    });
    // At 60°N a degree of longitude is half a degree of latitude: east (1° off) is nearer than north (0.9°).
    const atlas: CompiledAtlas = {
      ...fixtureCompiledAtlas(),
      features: [at('north', 30, 60.9), at('east', 31, 60)],
    };
    expect(here([30, 60], atlas, null).nearestCrossing?.id).toBe('east');
    expect(zonesAndCrossingByScan([30, 60], atlas).nearestCrossing?.id).toBe('east');
  });
});
