import { describe, expect, it } from 'vitest';
import { buildArticle, isIsoDate } from '../../../src/text/buildArticle';
import { parseArticleText } from '../../../src/text/parseArticle';

const TEXT = [
  '---',
  'title: Грузы идут в обход',
  'outlet: Тестовое издание',
  'date: 2026-03-10',
  'colour: blue',
  '---',
  'Первый абзац,',
  'продолжение первого абзаца.',
  '',
  '## Заголовок',
  'Абзац сразу под заголовком.',
  '',
  '> Цитата в две',
  '> строки.',
  '',
  'Последний абзац.',
].join('\r\n');

describe('parseArticleText', () => {
  it('reads front matter, paragraphs, headings and quotations', () => {
    const parsed = parseArticleText(TEXT);
    expect(parsed.frontMatter).toEqual({
      title: 'Грузы идут в обход',
      outlet: 'Тестовое издание',
      date: '2026-03-10',
    });
    expect(parsed.title).toBe('Грузы идут в обход');
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Первый абзац, продолжение первого абзаца.' },
      { kind: 'heading', text: 'Заголовок' },
      { kind: 'paragraph', text: 'Абзац сразу под заголовком.' },
      { kind: 'quotation', text: 'Цитата в две строки.' },
      { kind: 'paragraph', text: 'Последний абзац.' },
    ]);
    expect(parsed.warnings).toEqual([expect.stringContaining('line 5: front matter keys are')]);
  });

  it('takes the first line as the title when the front matter has none', () => {
    const parsed = parseArticleText('\uFEFFЗаголовок статьи\nПервый абзац.\n\nВторой абзац.');
    expect(parsed.title).toBe('Заголовок статьи');
    expect(parsed.blocks.map((b) => b.text)).toEqual(['Первый абзац.', 'Второй абзац.']);
  });
});

describe('buildArticle', () => {
  it('builds an article in the corpus format with lead, p and h ids', () => {
    const built = buildArticle(parseArticleText(TEXT), {});
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.article.passages.map((p) => [p.id, p.kind])).toEqual([
      ['lead', 'paragraph'],
      ['h1', 'heading'],
      ['p1', 'paragraph'],
      ['p2', 'paragraph'],
      ['p3', 'paragraph'],
    ]);
    expect(built.article.lead).toEqual({ ru: 'Первый абзац, продолжение первого абзаца.' });
    expect(built.article.language).toBe('ru');
    expect(built.article.id).toBe('testovoe-izdanie-2026-03-10-gruzy-idut-v-obhod');
  });

  it('lets flags win over the front matter', () => {
    const built = buildArticle(parseArticleText(TEXT), { date: '2026-04-01', id: 'my-id', lang: 'en' });
    expect(built.ok && [built.article.date, built.article.id, built.article.language]).toEqual([
      '2026-04-01',
      'my-id',
      'en',
    ]);
  });

  it('refuses a date that is not a date, a bad id and a missing outlet', () => {
    const parsed = parseArticleText(TEXT);
    expect(buildArticle(parsed, { date: '2026-02-30' })).toEqual({
      ok: false,
      problem: "date '2026-02-30' is not a date (YYYY-MM-DD)",
      field: 'date',
      missing: false,
    });
    expect(buildArticle(parsed, { id: 'Not An Id' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('kebab-case'),
    });
    expect(buildArticle(parseArticleText('Title\n\nText.'), { date: '2026-01-01' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('no outlet'),
      field: 'outlet',
      missing: true,
    });
  });

  it('knows real calendar dates', () => {
    expect(['2024-02-29', '2026-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '06.03.2026', 'tomorrow'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
