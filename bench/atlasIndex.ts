// How long the atlas index takes when 200k features cite one passage (the case that was once quadratic
// and blocked the page at the Scale sizes). Timing belongs here, not in the unit tests: they check what
// the index holds, this measures how fast it is built.
//
// Usage: npx tsx bench/atlasIndex.ts [features] [runs]   defaults: 200000 features, 5 runs
//        exits non-zero when the median is over ATLAS_INDEX_BUDGET_MS (5000 ms)
import { performance } from 'node:perf_hooks';
import { indexAtlas } from '../src/data/atlasIndex';
import { fixtureWithManySites } from '../tests/unit/panels/fixtureAtlas';
import { median } from './lib/stats';

export const ATLAS_INDEX_BUDGET_MS = 5_000;

const count = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 5);
const atlas = fixtureWithManySites(count);

const times = Array.from({ length: runs }, () => {
  const started = performance.now();
  const index = indexAtlas(atlas);
  const ms = performance.now() - started;
  // Keep the work observable so it cannot be optimised away, and check it did what it should.
  if ((index.citingFeatureIds.get('test-article/p1')?.length ?? 0) < count)
    throw new Error('index lost citations');
  return ms;
});

const middle = median(times) ?? Number.POSITIVE_INFINITY;
const pass = middle <= ATLAS_INDEX_BUDGET_MS;
console.info(
  `atlas index, ${count.toLocaleString('en')} features citing one passage: median ${middle.toFixed(0)} ms over ${runs} runs (${times.map((t) => t.toFixed(0)).join(', ')}); budget ${ATLAS_INDEX_BUDGET_MS} ms: ${pass ? 'pass' : 'FAIL'}`,
);
if (!pass) process.exit(1);
