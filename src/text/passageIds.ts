// Stable passage ids. A fresh article numbers its passages: the first paragraph is `lead`, then `p1`, `p2`...
// and headings `h1`, `h2`... (quotations are paragraphs). Importing a new version of an article keeps ids:
// 1. a passage whose text is unchanged keeps its id;
// 2. an edited passage keeps the id of the unmatched old passage of the same kind, between the same unchanged
//    neighbours, that shares the most words with it (at least half);
// 3. any other passage gets a new number after the highest in use, so no id ever names different text by
//    accident. Citations follow their passage id; those whose quote left the passage become stale.
import type { Block } from './parseArticle';

export interface IdentifiedPassage {
  id: string;
  kind: 'heading' | 'paragraph';
  text: string;
}

const passageKind = (b: Block): IdentifiedPassage['kind'] => (b.kind === 'heading' ? 'heading' : 'paragraph');

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared. */
export function wordOverlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size + y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

const SIMILAR_ENOUGH = 0.5;

function freshIds(
  kinds: readonly IdentifiedPassage['kind'][],
  taken: Set<string>,
  assigned: (string | null)[],
) {
  const highest = (prefix: string): number =>
    Math.max(
      0,
      ...[...taken].map((id) => (id.startsWith(prefix) ? Number(id.slice(1)) : 0)).filter(Number.isFinite),
    );
  let nextP = highest('p') + 1;
  let nextH = highest('h') + 1;
  kinds.forEach((kind, i) => {
    if (assigned[i] !== null) return;
    let id: string;
    if (
      kind === 'paragraph' &&
      !taken.has('lead') &&
      !assigned.slice(0, i).some((a, j) => kinds[j] === 'paragraph' && a !== null)
    ) {
      id = 'lead';
    } else if (kind === 'heading') id = `h${nextH++}`;
    else id = `p${nextP++}`;
    taken.add(id);
    assigned[i] = id;
  });
}

/** Ids for the blocks of a text, keeping those of `previous` (the article's passages on disk) where they fit. */
export function assignPassageIds(
  blocks: readonly Block[],
  previous: readonly IdentifiedPassage[] = [],
): IdentifiedPassage[] {
  const kinds = blocks.map(passageKind);
  const assigned: (string | null)[] = blocks.map(() => null);
  const oldIndexOf: (number | null)[] = blocks.map(() => null);
  const used = new Set<number>();
  // 1. Unchanged text keeps its id (the first unused old passage with the same kind and text).
  blocks.forEach((b, i) => {
    const j = previous.findIndex((p, k) => !used.has(k) && p.kind === kinds[i] && p.text === b.text);
    if (j >= 0) {
      used.add(j);
      assigned[i] = previous[j]?.id ?? null;
      oldIndexOf[i] = j;
    }
  });
  // 2. Edited text keeps the id of the most similar old passage between the same unchanged neighbours.
  blocks.forEach((b, i) => {
    if (assigned[i] !== null) return;
    const before = Math.max(-1, ...oldIndexOf.slice(0, i).filter((x): x is number => x !== null));
    const afterList = oldIndexOf.slice(i + 1).filter((x): x is number => x !== null);
    const after = afterList.length > 0 ? Math.min(...afterList) : previous.length;
    let best = -1;
    let bestScore = SIMILAR_ENOUGH;
    for (let k = before + 1; k < after; k += 1) {
      const p = previous[k];
      if (p === undefined || used.has(k) || p.kind !== kinds[i]) continue;
      const score = wordOverlap(p.text, b.text);
      if (score >= bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best >= 0) {
      used.add(best);
      assigned[i] = previous[best]?.id ?? null;
      oldIndexOf[i] = best;
    }
  });
  // 3. New numbers for the rest, after every id the old version used.
  freshIds(kinds, new Set(previous.map((p) => p.id)), assigned);
  return blocks.map((b, i) => ({ id: assigned[i] ?? '', kind: kinds[i] ?? 'paragraph', text: b.text }));
}
