import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/text/parseArticle';
import { assignPassageIds } from '../../../src/text/passageIds';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });

const ORIGINAL = [
  p('Грузы идут через Каспий.'),
  h('Порты'),
  p('Паромы из Актау загружены полностью, сказал эксперт.'),
  p('В Новороссийске ждут новых судов.'),
];

describe('assignPassageIds', () => {
  it('numbers a fresh text: lead, then p and h in order', () => {
    expect(assignPassageIds(ORIGINAL).map((x) => x.id)).toEqual(['lead', 'h1', 'p1', 'p2']);
  });

  it('gives the same ids to the same text', () => {
    const first = assignPassageIds(ORIGINAL);
    expect(assignPassageIds(ORIGINAL, first)).toEqual(first);
  });

  it('keeps the id of an edited passage and numbers an inserted one after every old id', () => {
    const first = assignPassageIds(ORIGINAL);
    const edited = [
      ORIGINAL[0] as Block,
      p('Новый абзац, которого не было.'),
      ORIGINAL[1] as Block,
      p('Паромы из Актау и Туркменбаши загружены полностью, сказал эксперт.'),
      ORIGINAL[3] as Block,
    ];
    expect(assignPassageIds(edited, first).map((x) => x.id)).toEqual(['lead', 'p3', 'h1', 'p1', 'p2']);
  });

  it('never gives a deleted passage id to different text', () => {
    const first = assignPassageIds(ORIGINAL);
    const shortened = [ORIGINAL[0] as Block, ORIGINAL[1] as Block, p('Совсем другой текст о погоде.')];
    expect(assignPassageIds(shortened, first).map((x) => x.id)).toEqual(['lead', 'h1', 'p3']);
  });

  it('follows a passage that moved', () => {
    const first = assignPassageIds(ORIGINAL);
    const moved = [ORIGINAL[3] as Block, ORIGINAL[0] as Block, ORIGINAL[1] as Block, ORIGINAL[2] as Block];
    expect(assignPassageIds(moved, first).map((x) => x.id)).toEqual(['p2', 'lead', 'h1', 'p1']);
  });
});
