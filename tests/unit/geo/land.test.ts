// @vitest-environment node
// geo:check against the land: road and rail legs stay on it, and every named point lies in its stated country.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CountriesFileSchema, Land, MAX_WATER_KM } from '../../../geo/lib/land';
import { PlacesSchema } from '../../../geo/lib/places';
import { validateCorpus, type Problem } from '../../../geo/validate';
import { corpusWithFixture, realCorpus } from './corpus-fixtures';

const land = (): Land => new Land(v.parse(CountriesFileSchema, realCorpus().countries.data));

describe('Land', () => {
  it('places Baku in Azerbaijan and a point in the middle Caspian at sea', () => {
    expect(land().countriesAt([49.88222, 40.39528])).toEqual(['AZE']);
    expect(land().countriesAt([50.5, 42.0])).toEqual([]);
  });

  it('finds the water a straight Rasht–Astara leg crosses, and none on the Tehran–Qazvin leg', () => {
    const offshore = land().waterRuns([49.583, 37.283], [48.873, 38.44]);
    expect(offshore.length).toBeGreaterThan(0);
    expect(Math.max(...offshore.map((r) => r.km))).toBeGreaterThan(MAX_WATER_KM);
    expect(land().waterRuns([51.389, 35.6892], [50.0041, 36.2688])).toEqual([]);
  });
});

describe('road and rail legs over water', () => {
  const { input, file } = corpusWithFixture('road-over-water');
  const problems = validateCorpus(input).filter((p) => p.file === file);

  it('rejects a road leg that runs more than 2 km over the Caspian, naming the feature and the leg', () => {
    expect(problems).toEqual([
      {
        file,
        featureId: 'fixture-road-over-water',
        message: expect.stringMatching(
          /^road leg 2 \(city-rasht → xing-astara\) runs \d+\.\d km over water, from \[[\d., ]+\] to \[[\d., ]+\] \(more than 2 km\): add a stop the road passes through$/,
        ) as unknown,
      },
    ]);
  });

  it('lets a sea route cross water', () => {
    expect(problems.filter((p) => p.featureId === 'fixture-sea-route')).toEqual([]);
    const parsed = input.overlays.evacuation?.data as { features: { properties: { id: string } }[] };
    expect(parsed.features.map((f) => f.properties.id)).toContain('fixture-sea-route');
  });

  it('accepts every road and rail route of the atlas', () => {
    expect(validateCorpus(realCorpus()).filter((p) => /over water/.test(p.message))).toEqual([]);
  });
});

describe('the stated country of each named point', () => {
  /** The real corpus with places.json changed by `edit`. */
  function withPlaces(edit: (places: v.InferOutput<typeof PlacesSchema>) => unknown): Problem[] {
    const real = realCorpus();
    const places = v.parse(PlacesSchema, real.places.data);
    return validateCorpus({ ...real, places: { ...real.places, data: edit(places) } });
  }

  it('catches Baku with longitude and latitude swapped, which the region check lets through', () => {
    // [40.39528, 49.88222] is inside the region box: only the country check speaks for the road.
    const problems = withPlaces((places) =>
      places.map((p) => (p.id === 'city-baku' ? { ...p, lon: p.lat, lat: p.lon } : p)),
    );
    const road = problems.filter((p) => p.featureId === 'evac-astara-baku-road');
    expect(road).toEqual([
      {
        file: 'geo/overlays/evacuation.geojson',
        featureId: 'evac-astara-baku-road',
        message: expect.stringContaining(
          "derive.route[9]: 'city-baku' at [40.39528, 49.88222] lies in RUS, not in its stated country AZE (geo/lib/place-countries.json)",
        ) as unknown,
      },
    ]);
  });

  it('catches an offshore field moved onto land', () => {
    const problems = withPlaces((places) =>
      places.map((p) => (p.id === 'field-acg' ? { ...p, lon: 49.88222, lat: 40.39528 } : p)),
    );
    expect(problems).toContainEqual({
      file: 'geo/overlays/infrastructure.geojson',
      featureId: 'infra-acg-field',
      message: expect.stringContaining(
        "derive.point: 'field-acg' at [49.88222, 40.39528] lies in AZE, but its stated place is offshore of AZE",
      ) as unknown,
    });
  });

  it('catches a hand-placed stop with longitude and latitude swapped', () => {
    const real = realCorpus();
    const text = JSON.stringify(real.overlays.evacuation?.data);
    expect(text).toContain('[48.8667,38.3]');
    const swapped = JSON.parse(text.replace('[48.8667,38.3]', '[38.3,48.8667]')) as unknown;
    const problems = validateCorpus({
      ...real,
      overlays: { ...real.overlays, evacuation: { file: 'geo/overlays/evacuation.geojson', data: swapped } },
    });
    expect(problems).toContainEqual({
      file: 'geo/overlays/evacuation.geojson',
      featureId: 'evac-tehran-astara-road',
      message: expect.stringMatching(
        /^derive\.route\[6\]: 'hand-placed \[38\.3, 48\.8667\]' at \[38\.3, 48\.8667\] lies in [A-Z]{3}, not in its stated country IRN \(field derive\.route\[6\]\.country\)/,
      ) as unknown,
    });
  });

  it('asks for a stated country when a place has none', () => {
    const real = realCorpus();
    const stated = { ...(real.placeCountries.data as Record<string, unknown>) };
    delete stated['city-derbent'];
    const problems = validateCorpus({ ...real, placeCountries: { ...real.placeCountries, data: stated } });
    expect(problems).toContainEqual({
      file: 'geo/overlays/evacuation.geojson',
      featureId: 'evac-baku-makhachkala-road',
      message: expect.stringContaining(
        "place 'city-derbent' has no stated country: add it to geo/lib/place-countries.json",
      ) as unknown,
    });
  });
});
