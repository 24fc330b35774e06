// Measures the place finder against hand labels (tests/fixtures/place-mentions/*.labels.json): a proposal is
// right when its quote is the labelled text, in the same passage and order, and the labelled id is among its
// candidates. Used by `npm run gazetteer:eval` and the unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../../src/data/schema';
import { buildArticle } from '../../src/text/buildArticle';
import { parseArticleText } from '../../src/text/parseArticle';
import type { PlaceIndex } from '../../src/text/placeIndex';
import { proposeMentions, type Mention } from '../../src/text/proposals';

export const LABELS_DIR = 'tests/fixtures/place-mentions';

const LabelsSchema = v.strictObject({
  article: v.string(),
  mentions: v.record(v.string(), v.array(v.strictTuple([v.string(), v.string()]))),
});

export interface EvalResult {
  labelsFile: string;
  article: string;
  expected: number;
  proposed: number;
  right: number;
  recall: number;
  precision: number;
  missed: string[];
  wrong: string[];
}

export function loadLabelledArticle(root: string, file: string): Article {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.json')) return v.parse(ArticleSchema, JSON.parse(text));
  const built = buildArticle(parseArticleText(text), {});
  if (!built.ok) throw new Error(`${file}: ${built.problem}`);
  return built.article;
}

export function evaluateLabels(root: string, labelsFile: string, index: PlaceIndex): EvalResult {
  const labels = v.parse(LabelsSchema, JSON.parse(readFileSync(join(root, labelsFile), 'utf8')));
  const article = loadLabelledArticle(root, labels.article);
  const proposals = proposeMentions(index, article);
  const byPassage = new Map<string, Mention[]>();
  for (const m of proposals.mentions) byPassage.set(m.passage, [...(byPassage.get(m.passage) ?? []), m]);
  let expected = 0;
  let right = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  const passages = new Set([...Object.keys(labels.mentions), ...byPassage.keys()]);
  for (const passage of passages) {
    const open = [...(byPassage.get(passage) ?? [])];
    for (const [text, id] of labels.mentions[passage] ?? []) {
      expected += 1;
      const k = open.findIndex((m) => m.quote === text && m.candidates.some((c) => c.id === id));
      if (k >= 0) {
        right += 1;
        open.splice(k, 1);
      } else missed.push(`${passage}: «${text}» ${id}`);
    }
    for (const m of open) wrong.push(`${passage}: «${m.quote}» ${m.candidates.map((c) => c.id).join('|')}`);
  }
  const proposed = proposals.mentions.length;
  return {
    labelsFile,
    article: article.id,
    expected,
    proposed,
    right,
    recall: expected === 0 ? 0 : right / expected,
    precision: proposed === 0 ? 0 : right / proposed,
    missed,
    wrong,
  };
}

export function labelFiles(root: string): string[] {
  return readdirSync(join(root, LABELS_DIR))
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => `${LABELS_DIR}/${f}`);
}
