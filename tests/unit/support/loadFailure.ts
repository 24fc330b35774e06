// Load results for tests: a failure in so many words, and what a failure says in English.
import type { LoadResult } from '../../../src/data/load';
import { describeLoadProblem } from '../../../src/data/loadProblem';

export const failure = (detail: string) => ({
  ok: false as const,
  problem: { code: 'failed' as const, detail },
});

export const messageOf = (result: LoadResult<unknown>): string | null =>
  result.ok ? null : describeLoadProblem('en', result.problem);
