// `npm run geo:check`: validates the corpus, prints the coverage report, rebuilds atlas.json in memory
// and compares it with the committed file, and checks the basemap files against their manifest.
// Exits non-zero on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasSchema } from '../src/data/schema';
import { checkBasemap } from './lib/basemap-manifest';
import { ATLAS_FILE, compileAtlas } from './lib/compile';
import { loadCorpus } from './lib/corpus';
import { formatCoverage } from './lib/coverage';
import { formatProblem, type Problem } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));

function checkCommittedAtlas(expected: string | null): Problem[] {
  const path = join(root, ATLAS_FILE);
  if (!existsSync(path)) return [{ file: ATLAS_FILE, message: 'is missing: run npm run geo:build' }];
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [
      {
        file: ATLAS_FILE,
        message: `is malformed (not JSON: ${e instanceof Error ? e.message : String(e)}): run npm run geo:build`,
      },
    ];
  }
  const parsed = AtlasSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.join('.')}: ${first.message}`;
    return [
      {
        file: ATLAS_FILE,
        message: `is malformed (does not match AtlasSchema${where}): run npm run geo:build`,
      },
    ];
  }
  if (expected !== null && text !== expected) {
    return [
      { file: ATLAS_FILE, message: 'is stale: it differs from a fresh build of geo/; run npm run geo:build' },
    ];
  }
  return [];
}

const { input, problems: readProblems } = loadCorpus(root);
const compiled = compileAtlas(input);
console.log(formatCoverage(compiled.coverage));

const problems = [
  ...readProblems,
  ...compiled.problems,
  ...checkCommittedAtlas(compiled.text),
  ...checkBasemap(root),
];
if (problems.length > 0) {
  console.error(`\ngeo:check: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(
  `\ngeo:check: OK (${compiled.atlas?.features.length ?? 0} features, atlas.json up to date, basemap matches its manifest)`,
);
