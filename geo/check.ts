// `npm run geo:check`: validates the corpus, prints the coverage report, rebuilds public/data/ in memory
// and compares it with the committed files, and checks the basemap files against their manifest.
// Exits non-zero on any problem.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasSchema } from '../src/data/schema';
import { checkAgainst } from '../src/data/validation';
import { articleCountriesOutput } from './lib/articleCountries';
import { checkBasemap } from './lib/basemap-manifest';
import { ATLAS_FILE, compileAtlas, DATA_DIR, ON_DEMAND_DIRS, type Compiled } from './lib/compile';
import { loadCorpus } from './lib/corpus';
import { corpusFolder, displayFile } from './lib/corpusFolder';
import { formatCoverage } from './lib/coverage';
import { SNAPSHOT_FILE, SnapshotSchema } from './lib/snapshot';
import { buildArchives } from './tiles/tilesets';
import { formatProblem, type Problem } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = corpusFolder(root);
const STALE = `is stale: it differs from a fresh build of ${corpus.label}/; run npm run geo:build`;

/** The files next to the index: present and equal to a fresh build. */
function checkDataFiles(outputs: Compiled['outputs']): Problem[] {
  return outputs
    .filter((o) => o.file !== ATLAS_FILE)
    .flatMap(({ file, text }): Problem[] => {
      const path = join(root, file);
      if (!existsSync(path)) return [{ file, message: 'is missing: run npm run geo:build' }];
      return readFileSync(path, 'utf8') === text ? [] : [{ file, message: STALE }];
    });
}

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
  const parsed = checkAgainst(AtlasSchema, data);
  if (!parsed.success) {
    const first = parsed.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.join('.')}: ${first.message}`;
    return [
      {
        file: ATLAS_FILE,
        message: `is malformed (does not match AtlasSchema${where}): run npm run geo:build`,
      },
    ];
  }
  if (expected !== null && text !== expected) {
    return [{ file: ATLAS_FILE, message: STALE }];
  }
  return [];
}

/** Files a fresh build would not write: an older layout's, or those of removed articles and chunks. */
function leftoverFiles(outputs: Compiled['outputs']): Problem[] {
  if (outputs.length === 0) return [];
  const written = new Set(outputs.map(({ file }) => file));
  const found = [
    ...ON_DEMAND_DIRS.flatMap((dir) =>
      existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}`) : [],
    ),
    ...[`${DATA_DIR}/atlas.json`, `${DATA_DIR}/layers`].filter((file) => existsSync(join(root, file))),
  ];
  return found
    .filter((file) => !written.has(file))
    .map((file) => ({ file, message: 'is not written by a fresh build: run npm run geo:build' }));
}

/** The tile archives: present and byte-identical to a fresh cut of the basemap and the atlas. */
function checkArchives(atlas: Compiled['atlas']): Problem[] {
  if (atlas === null) return [];
  const { archives, problems } = buildArchives(root, atlas);
  return [
    ...problems,
    ...archives.flatMap(({ file, bytes }): Problem[] => {
      const path = join(root, file);
      if (!existsSync(path)) return [{ file, message: 'is missing: run npm run geo:build' }];
      return Buffer.compare(readFileSync(path), bytes) === 0
        ? []
        : [
            {
              file,
              message:
                'is stale: it differs from a fresh build of geo/ and public/basemap/; run npm run geo:build',
            },
          ];
    }),
  ];
}

/** Basemap files that changed since the overlay snapshot was taken (a note, not a failure). */
function snapshotDrift(): string[] {
  const snapshot = checkAgainst(SnapshotSchema, JSON.parse(readFileSync(join(root, SNAPSHOT_FILE), 'utf8')));
  if (!snapshot.success) return [];
  return Object.entries(snapshot.data.files).flatMap(([name, sha]) => {
    const path = join(root, 'public/basemap', name);
    if (!existsSync(path)) return [];
    return createHash('sha256').update(readFileSync(path)).digest('hex') === sha ? [] : [name];
  });
}

const { input, problems: readProblems } = loadCorpus(root, corpus);
const compiled = compileAtlas(input);
console.log(formatCoverage(compiled.coverage));

const drift = snapshotDrift();
if (drift.length > 0) {
  console.info(
    `\nnote: public/basemap/${drift.join(', ')} changed since ${SNAPSHOT_FILE} was taken; if the risk outlines should follow, run npx tsx geo/lib/snapshot-basemap.ts && npm run geo:build`,
  );
}

if (compiled.drafts.length > 0) {
  console.info(
    `\ndrafts (${compiled.drafts.length}): proposed by article:import --accept, not yet checked by a person:`,
  );
  for (const draft of compiled.drafts) console.info(`  ${draft}`);
}

const problems = [
  ...readProblems,
  ...compiled.problems,
  ...checkCommittedAtlas(compiled.text),
  ...leftoverFiles(compiled.outputs),
  ...checkDataFiles([
    ...compiled.outputs,
    ...(compiled.atlas === null ? [] : [articleCountriesOutput(root, compiled.atlas.features)]),
  ]),
  ...checkArchives(compiled.atlas),
  ...checkBasemap(root),
];
if (problems.length > 0) {
  console.error(`\ngeo:check: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${formatProblem({ ...p, file: displayFile(corpus, p.file) })}`);
  process.exit(1);
}
console.log(
  `\ngeo:check: OK (${compiled.atlas?.features.length ?? 0} features, public/data and public/tiles up to date, basemap matches its manifest)`,
);
