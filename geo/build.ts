// `npm run geo:build`: validates the corpus, analyses it and writes public/data/ (atlas.json, layers/).
// Refuses to write anything when there is a problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleCountriesOutput } from './lib/articleCountries';
import { ATLAS_FILE, compileAtlas } from './lib/compile';
import { loadCorpus } from './lib/corpus';
import { corpusFolder, displayFile } from './lib/corpusFolder';
import { formatProblem } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = corpusFolder(root);
const { input, problems: readProblems } = loadCorpus(root, corpus);
const compiled = compileAtlas(input);
const problems = [...readProblems, ...compiled.problems];

if (problems.length > 0 || compiled.text === null || compiled.atlas === null) {
  for (const p of problems) console.error(formatProblem({ ...p, file: displayFile(corpus, p.file) }));
  console.error(`geo:build: ${problems.length} problem(s); nothing was written to public/data/`);
  process.exit(1);
}

const articleCountries = articleCountriesOutput(root, compiled.atlas.features);
for (const { file, text } of [...compiled.outputs, articleCountries]) {
  const out = join(root, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
const { features, notMapped, articles } = compiled.atlas;
console.log(
  `geo:build: wrote ${ATLAS_FILE} (${(compiled.text.length / 1024).toFixed(1)} KiB), ${compiled.outputs.length - 1} layer files and ${articleCountries.file}: ${articles.length} article(s), ${features.length} features, ${notMapped.length} not-mapped risks.`,
);
