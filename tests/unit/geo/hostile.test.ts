// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCorpus, validateCorpus } from '../../../geo/validate';
import { corpusWithFixture } from './corpus-fixtures';

interface FixtureFeature {
  properties: { id: string; name: { en: string; ru: string }; sources: { quote: string }[] };
}

describe('the validator on hostile text', () => {
  const { input, file } = corpusWithFixture('hostile-text');
  const problems = validateCorpus(input).filter((problem) => problem.file === file);
  const data = input.overlays.sites?.data as { type: string; features: FixtureFeature[] };
  const hostile = data.features.find((f) => f.properties.id === 'fixture-hostile-text');

  it('reads the fixture: the hostile feature is there, with markup in its name', () => {
    expect(hostile?.properties.name.en).toContain('<script>');
  });

  it('gets the hostile feature through the schema, geometry and place checks: its only problem is the quote', () => {
    // A feature rejected early (schema, geometry, region, country) would make the checks below pass vacuously.
    expect(problems.filter((problem) => problem.featureId === 'fixture-hostile-text')).toEqual([
      {
        file,
        featureId: 'fixture-hostile-text',
        message: expect.stringContaining('quote not found in passage') as unknown,
      },
    ]);
  });

  it('accepts markup, bidi controls and long strings in names and summaries as plain text', () => {
    // With a quote that is in its passage, the feature compiles, its hostile name unchanged.
    const mended = {
      ...data,
      features: data.features.map((f) =>
        f === hostile
          ? {
              ...f,
              properties: {
                ...f.properties,
                sources: f.properties.sources.map((s) => ({
                  ...s,
                  quote: 'через азербайджанскую территорию',
                })),
              },
            }
          : f,
      ),
    };
    const { corpus, problems: mendedProblems } = checkCorpus({
      ...input,
      overlays: { ...input.overlays, sites: { file, data: mended } },
    });
    expect(mendedProblems.filter((problem) => problem.featureId === 'fixture-hostile-text')).toEqual([]);
    const compiled = corpus.features.find((f) => f.properties.id === 'fixture-hostile-text');
    expect(compiled?.properties.name).toEqual(hostile?.properties.name);
  });

  it('rejects a quote that differs from its passage by a zero-width character', () => {
    expect(hostile?.properties.sources[0]?.quote).toContain('\u200B');
    expect(problems).toContainEqual(
      expect.objectContaining({
        featureId: 'fixture-hostile-text',
        message: expect.stringContaining('quote not found in passage') as unknown,
      }),
    );
  });

  it('rejects an id that carries markup', () => {
    expect(problems.some((problem) => /kebab-case/.test(problem.message))).toBe(true);
  });
});
