import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../../geo/validate';
import { corpusWithFixture } from './corpus-fixtures';

describe('the validator on hostile text', () => {
  const { input, file } = corpusWithFixture('hostile-text');
  const problems = validateCorpus(input).filter((problem) => problem.file === file);

  it('accepts markup, bidi controls and long strings in names and summaries as plain text', () => {
    const aboutNames = problems.filter(
      (problem) => problem.featureId === 'fixture-hostile-text' && /name|summary/.test(problem.message),
    );
    expect(aboutNames).toEqual([]);
  });

  it('rejects a quote that differs from its passage by a zero-width character', () => {
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
