// `npm run gazetteer:eval`: recall and precision of the place finder on each hand-labelled article.
import { fileURLToPath } from 'node:url';
import { gazetteerIndex } from './lib/gazetteer';
import { evaluateLabels, labelFiles } from './lib/mentionEval';

const root = fileURLToPath(new URL('..', import.meta.url));
const index = gazetteerIndex(root);
const pct = (x: number): string => x.toFixed(3);
let failed = false;
console.info('article                                   labelled  proposed  right  recall  precision');
for (const file of labelFiles(root)) {
  const r = evaluateLabels(root, file, index);
  console.info(
    `${r.article.padEnd(42)}${String(r.expected).padStart(8)}${String(r.proposed).padStart(10)}${String(r.right).padStart(7)}  ${pct(r.recall)}   ${pct(r.precision)}`,
  );
  for (const m of r.missed) console.info(`   missed ${m}`);
  for (const w of r.wrong) console.info(`   not a labelled mention: ${w}`);
  if (r.recall < 0.95 || r.precision < 0.9) failed = true;
}
if (failed) {
  console.error('gazetteer:eval: below the bar (recall 0.95, precision 0.90) on at least one article');
  process.exit(1);
}
