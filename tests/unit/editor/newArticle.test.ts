import { describe, expect, it } from 'vitest';
import { readGazetteer } from '../../../geo/lib/gazetteer';
import { filesForDownload } from '../../../src/editor/corpusFiles';
import { EMPTY_DOC, validateDraft } from '../../../src/editor/draft';
import { acceptMention, buildPlaceIndex, importArticle } from '../../../src/editor/newArticle';
import { editorTestArticle } from '../../fixtures/editorArticle';

const index = buildPlaceIndex(readGazetteer('.').entries);
const TEXT = editorTestArticle();
const PLACES_JSON_IDS = new Set(['port-anzali', 'city-baku']);

function imported() {
  const result = importArticle(TEXT, index);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('New article', () => {
  it('splits the text into passages with the import modules and proposes the places it names', () => {
    const { article, mentions } = imported();
    expect(article.passages.map((p) => [p.id, p.kind])).toEqual([
      ['lead', 'paragraph'],
      ['h1', 'heading'],
      ['p1', 'paragraph'],
    ]);
    expect(mentions.map((m) => m.quote)).toEqual(['Астару', 'Баку', 'Энзели']);
    for (const m of mentions) {
      const passage = article.passages.find((p) => p.id === m.passage);
      expect(passage?.text.slice(m.start, m.end)).toBe(m.quote);
    }
  });

  it('turns an accepted port into a draft site citing exactly that mention, ready to download', () => {
    const { article, mentions } = imported();
    const anzali = mentions.find((m) => m.quote === 'Энзели');
    if (!anzali) throw new Error('no mention of Anzali');
    const { doc, key } = acceptMention(EMPTY_DOC, article, anzali, PLACES_JSON_IDS);
    const draft = doc.features.find((d) => d.key === key);
    expect(draft?.form.kind).toBe('port');
    expect(draft?.sources).toEqual([
      { article: article.id, passage: 'p1', quote: 'Энзели', prefix: 'Груз пришёл в порт ', suffix: '.' },
    ]);
    expect(draft && validateDraft(draft)).toEqual([]);
    expect(doc.articles).toEqual([article]);
    const paths = filesForDownload(
      { overlays: {}, articles: new Map(), allowList: {}, notMapped: [] },
      doc,
    ).files.map((f) => f.path);
    expect(paths).toEqual(['overlays/sites.geojson', `articles/${article.id}.json`]);
  });

  it('makes a town a point whose kind the person still chooses', () => {
    const { article, mentions } = imported();
    const baku = mentions.find((m) => m.quote === 'Баку');
    if (!baku) throw new Error('no mention of Baku');
    const { doc } = acceptMention(EMPTY_DOC, article, baku, PLACES_JSON_IDS);
    const [draft] = doc.features;
    expect(draft?.geometry?.type).toBe('Point');
    expect(draft && validateDraft(draft).map((p) => p.place)).toContain('kind');
  });

  it('says what is missing instead of importing a text without a date', () => {
    const result = importArticle('Заголовок\n\nТекст без даты.', index);
    expect(result).toMatchObject({ ok: false, field: 'date', missing: true });
    expect(importArticle('Заголовок\n\nТекст.', index, { date: '2026-03-10' })).toMatchObject({
      ok: false,
      field: 'outlet',
      missing: true,
    });
    expect(importArticle('Заголовок\n\nТекст.', index, { date: '2026-02-30', outlet: 'X' })).toMatchObject({
      ok: false,
      field: 'date',
      missing: false,
    });
  });

  it('takes where and when from the form for a plain text, and the form over the front matter', () => {
    const plain = importArticle('Колонна в Баку\n\nКолонна прошла через Астару в Баку.', index, {
      date: '2026-03-10',
      outlet: 'Тестовое издание',
    });
    if (!plain.ok) throw new Error(plain.problem);
    expect(plain.article).toMatchObject({
      date: '2026-03-10',
      outlet: { ru: 'Тестовое издание' },
      language: 'ru',
    });
    expect(plain.article.title.ru).toBe('Колонна в Баку');
    expect(plain.mentions.map((mention) => mention.quote)).toContain('Баку');
    const withFrontMatter = importArticle(TEXT, index, { date: '2026-04-01' });
    if (!withFrontMatter.ok) throw new Error(withFrontMatter.problem);
    expect(withFrontMatter.article.date).toBe('2026-04-01');
  });
});
