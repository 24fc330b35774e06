// `npm run geo:build`: validates the corpus, analyses it and writes public/data/ (index.json, articles/,
// geometry/) and the map's vector tiles (public/tiles/*.pmtiles). Refuses to write anything when there is a
// problem.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleCountriesOutput } from './lib/articleCountries';
import { ATLAS_FILE, compileAtlas, DATA_DIR, ON_DEMAND_DIRS } from './lib/compile';
import { loadCorpus } from './lib/corpus';
import { corpusFolder, displayFile } from './lib/corpusFolder';
import { buildArchives } from './tiles/tilesets';
import { formatProblem } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = corpusFolder(root);
const { input, problems: readProblems } = loadCorpus(root, corpus);
const compiled = compileAtlas(input);
const tiled = compiled.atlas === null ? null : buildArchives(root, compiled.atlas);
const problems = [...readProblems, ...compiled.problems, ...(tiled?.problems ?? [])];

if (problems.length > 0 || compiled.text === null || compiled.atlas === null || tiled === null) {
  for (const p of problems) console.error(formatProblem({ ...p, file: displayFile(corpus, p.file) }));
  console.error(
    `geo:build: ${problems.length} problem(s); nothing was written to public/data/ or public/tiles/`,
  );
  process.exit(1);
}

const articleCountries = articleCountriesOutput(root, compiled.atlas.features);
// The files of an older layout, and on-demand files of articles or chunks no longer in the corpus.
for (const old of [...ON_DEMAND_DIRS, `${DATA_DIR}/layers`, `${DATA_DIR}/atlas.json`])
  rmSync(join(root, old), { recursive: true, force: true });
for (const { file, text } of [...compiled.outputs, articleCountries]) {
  const out = join(root, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
for (const { file, bytes, tiles, maxZoom } of tiled.archives) {
  const out = join(root, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(
    `geo:build: wrote ${file} (${(bytes.length / 1024).toFixed(1)} KiB, ${tiles} tiles to zoom ${maxZoom})`,
  );
}
const { features, notMapped, articles } = compiled.atlas;
console.log(
  `geo:build: wrote ${ATLAS_FILE} (${(compiled.text.length / 1024).toFixed(1)} KiB), ${compiled.outputs.length - 1} article, geometry and details files and ${articleCountries.file}: ${articles.length} article(s), ${features.length} features, ${notMapped.length} not-mapped risks.`,
);
