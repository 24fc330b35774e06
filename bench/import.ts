// `npm run bench:import`: how fast article:import is (a benchmark, not a test; budgets from issue 15):
// a 5,000-word article imports in under 2 s, and looking up one mention takes under 1 ms.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerIndex } from '../geo/lib/gazetteer';
import { importArticle } from '../geo/lib/importArticle';
import { findPlaces } from '../src/text/placeIndex';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORDS = 5_000;

const t0 = performance.now();
const index = gazetteerIndex(root);
const indexMs = performance.now() - t0;

// A 5,000-word article: the Russian test text's paragraphs, repeated with a number so each is unique.
const source = readFileSync(join(root, 'tests/fixtures/place-mentions/test-ru.txt'), 'utf8');
const [frontMatter, body] = [
  source.slice(0, source.indexOf('---', 4) + 3),
  source.slice(source.indexOf('---', 4) + 3),
];
const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim() !== '' && !p.startsWith('##'));
const out: string[] = [];
let words = 0;
for (let i = 0; words < WORDS; i += 1) {
  const p = `${paragraphs[i % paragraphs.length] ?? ''} (${i})`;
  out.push(p);
  words += p.split(/\s+/).length;
}
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
try {
  const file = join(work, 'long.txt');
  writeFileSync(file, `${frontMatter}\n${out.join('\n\n')}\n`);
  const t1 = performance.now();
  const outcome = await importArticle({
    file,
    corpus: work,
    options: {},
    accept: true,
    replace: false,
    projectRoot: root,
    index,
  });
  const importMs = performance.now() - t1;
  if (!outcome.ok) throw new Error(outcome.message);

  const names = [
    'Новороссийске',
    'Махачкалы',
    'Каспийского моря',
    'азербайджанской',
    'Астаре',
    "Iran's",
    'Strait of Hormuz',
  ];
  const rounds = 2_000;
  const t2 = performance.now();
  for (let i = 0; i < rounds; i += 1) for (const name of names) findPlaces(index, name);
  const lookupMs = (performance.now() - t2) / (rounds * names.length);

  const verdict = (ms: number, budget: number): string =>
    `${ms.toFixed(3)} ms (budget ${budget} ms: ${ms < budget ? 'pass' : 'FAIL'})`;
  console.info(`gazetteer index build (once per process): ${indexMs.toFixed(0)} ms`);
  console.info(`import of a ${words}-word article: ${verdict(importMs, 2000)}`);
  console.info(`lookup of one mention: ${verdict(lookupMs, 1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
