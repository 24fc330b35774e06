// What a failed load says, in the interface's language: every kind of problem in both.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { describeLoadProblem, type LoadProblem } from '../../../src/data/loadProblem';

const EVERY_PROBLEM: readonly LoadProblem[] = [
  { code: 'unreachable', file: 'index.json', detail: 'Failed to fetch' },
  { code: 'status', file: 'articles/a.json', status: 404 },
  { code: 'notJson', file: 'index.json' },
  { code: 'shape', file: 'index.json', detail: 'version' },
  { code: 'holdsOther', file: 'articles/b.json', what: 'article', held: 'a', expected: 'b' },
  { code: 'holdsOther', file: 'geometry/x.json', what: 'chunk', held: 'y', expected: 'x' },
  { code: 'missingEntry', file: 'details/x.json', what: 'details', id: 'f1' },
  { code: 'missingEntry', file: 'geometry/x.json', what: 'geometry', id: 'f1' },
];

beforeAll(async () => {
  await loadLanguage('ru');
});

describe('a failed load in words', () => {
  it('is said in full in both languages, naming the file and every value', () => {
    for (const problem of EVERY_PROBLEM) {
      for (const language of ['en', 'ru'] as const) {
        const said = describeLoadProblem(language, problem);
        expect(said).not.toMatch(/[{}]/);
        expect(said).toContain(problem.code === 'failed' ? '' : problem.file);
      }
      expect(describeLoadProblem('ru', problem)).not.toBe(describeLoadProblem('en', problem));
    }
  });

  it('reads as the data folder names it', () => {
    expect(describeLoadProblem('en', { code: 'status', file: 'articles/a.json', status: 404 })).toBe(
      'Could not download articles/a.json: the server answered 404.',
    );
    expect(describeLoadProblem('ru', { code: 'notJson', file: 'index.json' })).toBe(
      'index.json — не JSON (файл обрезан или повреждён).',
    );
  });

  it('passes anything else on in its own words', () => {
    expect(describeLoadProblem('ru', { code: 'failed', detail: 'quota exceeded' })).toBe('quota exceeded');
  });
});
