// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCorpus, validateCorpus, type CorpusInput, type Problem } from '../../../geo/validate';
import { corpusWithFixture, realCorpus } from './corpus-fixtures';

/** The problems a fixture file causes (coverage problems of the thinned corpus are left out). */
function problemsOf(name: string): Problem[] {
  const { input, file } = corpusWithFixture(name);
  return validateCorpus(input).filter((p) => p.file === file);
}

const only = (name: string, featureId: string, message: string | RegExp): void => {
  expect(problemsOf(name)).toEqual([
    {
      file: `tests/fixtures/geo/${name}.geojson`,
      featureId,
      message:
        typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
    },
  ]);
};

describe('validateCorpus on the real corpus', () => {
  it('finds no problem in geo/', () => {
    expect(validateCorpus(realCorpus())).toEqual([]);
  });
});

describe('validateCorpus rejects each class of bad input', () => {
  it('rejects a schema error (an unknown kind)', () => {
    only(
      'schema-error',
      'fixture-schema-error',
      /^schema: properties\.kind: Invalid type: Expected \(.*"airport".*\) but received "airfield"$/,
    );
  });

  it('rejects a risk zone without a severity', () => {
    only(
      'risk-without-severity',
      'fixture-risk-without-severity',
      'schema: properties.severity: a risk zone needs a severity',
    );
  });

  it('rejects longitude and latitude written the wrong way round', () => {
    expect(problemsOf('lonlat-swapped')).toEqual([
      {
        file: 'tests/fixtures/geo/lonlat-swapped.geojson',
        featureId: 'fixture-swapped-baku',
        message: expect.stringContaining(
          'longitude and latitude look swapped: [40.39528, 49.88222] is city-baku written as [latitude, longitude]',
        ),
      },
      {
        file: 'tests/fixtures/geo/lonlat-swapped.geojson',
        featureId: 'fixture-swapped-baku',
        message:
          'geometry: [40.39528, 49.88222] lies in RUS, not in its stated country AZE (field `country`): are longitude and latitude swapped, or is the country wrong?',
      },
      {
        file: 'tests/fixtures/geo/lonlat-swapped.geojson',
        featureId: 'fixture-swapped-outside-region',
        message:
          'longitude and latitude look swapped: [36.2, 52.1] is outside the region but [52.1, 36.2] is inside',
      },
    ]);
  });

  it('rejects a swapped point that still lands in the region: it is not in its stated country', () => {
    // Lankaran [48.85062, 38.75428] written as [latitude, longitude] lands in the region box, in Ukraine.
    only(
      'lonlat-swapped-in-region',
      'fixture-swapped-lankaran',
      'geometry: [38.75428, 48.85062] lies in UKR, not in its stated country AZE (field `country`)',
    );
  });

  it('rejects a hand-drawn point without a stated country', () => {
    const { input, file } = corpusWithFixture('lonlat-swapped-in-region');
    const data = input.overlays.sites?.data as { features: Record<string, unknown>[] };
    const features = data.features.map((f) => {
      const withoutCountry = { ...f };
      delete withoutCountry['country'];
      return withoutCountry;
    });
    expect(features).toHaveLength(1);
    const problems = validateCorpus({
      ...input,
      overlays: { ...input.overlays, sites: { file, data: { ...data, features } } },
    }).filter((p) => p.file === file);
    expect(problems).toEqual([
      {
        file,
        featureId: 'fixture-swapped-lankaran',
        message: 'a hand-drawn point needs a `country` (ISO 3166-1 alpha-3) that contains it',
      },
    ]);
  });

  it('lets a draft from article:import leave its country to the person who confirms it', () => {
    const { input, file } = corpusWithFixture('lonlat-swapped-in-region');
    const data = input.overlays.sites?.data as {
      features: { properties: Record<string, unknown>; [key: string]: unknown }[];
    };
    const features = data.features.map((f) => {
      const draft: Record<string, unknown> = { ...f, properties: { ...f.properties, draft: true } };
      delete draft['country'];
      return draft;
    });
    expect(features).toHaveLength(1);
    const { problems, corpus } = checkCorpus({
      ...input,
      overlays: { ...input.overlays, sites: { file, data: { ...data, features } } },
    });
    expect(problems.filter((p) => p.file === file)).toEqual([]);
    expect(corpus.drafts).toEqual([`${file} › fixture-swapped-lankaran`]);
  });

  it('rejects a coordinate out of range', () => {
    only('out-of-range', 'fixture-out-of-range', 'coordinate [181.5, 40.1] is out of range');
  });

  it('rejects an unclosed ring', () => {
    only('unclosed-ring', 'fixture-unclosed-ring', 'Polygon exterior ring is not closed');
  });

  it('rejects a clockwise exterior ring', () => {
    only('wrong-winding', 'fixture-wrong-winding', 'wrong winding: Polygon exterior ring is clockwise');
  });

  it('rejects a self-intersecting polygon', () => {
    only(
      'self-intersection',
      'fixture-self-intersection',
      'self-intersection: Polygon crosses itself once, first near [49.5, 40.5]',
    );
  });

  it('rejects empty geometries', () => {
    expect(problemsOf('empty-geometry')).toEqual([
      {
        file: 'tests/fixtures/geo/empty-geometry.geojson',
        featureId: 'fixture-empty-line',
        message: 'empty geometry: LineString has no coordinates',
      },
      {
        file: 'tests/fixtures/geo/empty-geometry.geojson',
        featureId: 'fixture-null-geometry',
        message: 'empty geometry: the geometry is null and there is no derive recipe',
      },
    ]);
  });

  it('rejects a duplicate id', () => {
    only('duplicate-id', 'fixture-duplicate', "duplicate id 'fixture-duplicate': already used in");
  });

  it('rejects a quote that is not in its passage', () => {
    only(
      'missing-quote',
      'fixture-missing-quote',
      'source 0: quote not found in passage vk-2026-03-06-putin-aliyev-evacuation#p1',
    );
  });

  it('rejects a source whose passage does not exist', () => {
    only('unknown-passage', 'fixture-unknown-passage', "source 0: unknown passage 'p99'");
  });

  it('rejects a feature without sources', () => {
    only(
      'no-sources',
      'fixture-no-sources',
      'schema: properties.sources: a feature needs at least one source',
    );
  });

  it('rejects a feature outside the region', () => {
    only('outside-region', 'fixture-outside-region', 'lies outside the region: position [2.3522, 48.8566]');
  });

  it('rejects a recipe that names an unknown place', () => {
    only('unknown-place', 'fixture-unknown-place', "references unknown place 'city-atlantis'");
  });
});

describe('validateCorpus on the corpus as a whole', () => {
  it('reports a passage that names places but has no feature and no allow-list reason', () => {
    const real = realCorpus();
    const input: CorpusInput = { ...real, allowList: { file: 'geo/coverage-allow.json', data: {} } };
    const problems = validateCorpus(input).map((p) => p.message);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^passage vk-2026-03-06-putin-aliyev-evacuation#p3 names .*Russia.* but no feature cites it/,
      ),
    );
  });

  it('reports an allow-list entry for a passage that does not exist', () => {
    const real = realCorpus();
    const data = {
      ...(real.allowList.data as Record<string, string>),
      'vk-2026-03-06-putin-aliyev-evacuation#p42': 'gone',
    };
    const problems = validateCorpus({ ...real, allowList: { file: 'geo/coverage-allow.json', data } });
    expect(problems).toEqual([
      {
        file: 'geo/coverage-allow.json',
        message: "allow-list entry 'vk-2026-03-06-putin-aliyev-evacuation#p42' names no known passage",
      },
    ]);
  });

  it('reports a missing overlay file', () => {
    const real = realCorpus();
    const overlays = { ...real.overlays };
    delete overlays.sites;
    const problems = validateCorpus({ ...real, overlays });
    expect(problems).toContainEqual({
      file: 'geo/overlays/sites.geojson',
      message: "missing overlay file for layer 'sites'",
    });
  });

  it('never throws on hostile input, and names the file it came from', () => {
    const real = realCorpus();
    const thin: CorpusInput = { ...real, overlays: {} };
    const blames = (problems: Problem[], file: string): boolean => problems.some((p) => p.file === file);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const feature = { type: 'FeatureCollection', features: [value] };
        expect(
          blames(
            validateCorpus({ ...thin, overlays: { sites: { file: 'f.geojson', data: feature } } }),
            'f.geojson',
          ),
        ).toBe(true);
        expect(
          blames(
            validateCorpus({ ...thin, overlays: { risk: { file: 'l.geojson', data: value } } }),
            'l.geojson',
          ),
        ).toBe(true);
        const article = { file: 'geo/articles/a.json', data: value };
        expect(blames(validateCorpus({ ...thin, articles: [article] }), 'geo/articles/a.json')).toBe(true);
        expect(() => validateCorpus({ ...thin, notMapped: { file: 'n.json', data: value } })).not.toThrow();
        expect(() => validateCorpus({ ...thin, places: { file: 'p.json', data: value } })).not.toThrow();
        expect(() => validateCorpus({ ...thin, snapshot: { file: 's.json', data: value } })).not.toThrow();
        expect(blames(validateCorpus({ ...thin, towns: { file: 't.json', data: [value] } }), 't.json')).toBe(
          true,
        );
        expect(
          blames(validateCorpus({ ...thin, countries: { file: 'c.geojson', data: value } }), 'c.geojson'),
        ).toBe(true);
        expect(() =>
          validateCorpus({ ...thin, placeCountries: { file: 'pc.json', data: value } }),
        ).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('resolves every recipe into geometry and keeps only what passed', () => {
    const { problems, corpus } = checkCorpus(realCorpus());
    expect(problems).toEqual([]);
    expect(corpus.features.length).toBeGreaterThan(30);
    expect(corpus.features.every((f) => f.geometry !== null)).toBe(true);
  });
});
