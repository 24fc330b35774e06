// The form's date and dated changes: checked as typed by the shared schema and geo:check's rule on a stated
// date, written into the overlay file in the schema's order, read back from it.
import { describe, expect, it } from 'vitest';
import { MAX_CHANGES } from '../../../src/data/schema';
import { sourcesAfterStatedDate } from '../../../src/data/statedDate';
import {
  draftFromFeature,
  fileFeature,
  filesForDownload,
  type AuthoredCorpus,
} from '../../../src/editor/corpusFiles';
import {
  EMPTY_DOC,
  addChange,
  addSource,
  canAddChange,
  completeDoc,
  newDraft,
  publishable,
  removeChange,
  setChangeField,
  setField,
  setGeometry,
  validateDraft,
  type ArticleDates,
  type DraftFeature,
  type EditorDoc,
} from '../../../src/editor/draft';
import { problemText } from '../../../src/editor/strings';
import { draftsToShow } from '../../../src/editor/articleDates';

const source = { article: 'early', passage: 'p1', quote: 'Astara', prefix: 'via ', suffix: '.' };
const later = { article: 'later', passage: 'p2', quote: 'closed', prefix: 'was ', suffix: '' };
const DATES: Record<string, string> = { early: '2026-03-06', later: '2026-03-10' };
const dateOf: ArticleDates = (id) => DATES[id];
const KEY = 'd1';

function zoneDoc(): EditorDoc {
  const ring: Array<[number, number]> = [
    [48.8, 38.4],
    [48.9, 38.4],
    [48.9, 38.5],
    [48.8, 38.4],
  ];
  let doc = newDraft(EMPTY_DOC, 'area', { type: 'Polygon', coordinates: [ring] });
  for (const [field, value] of [
    ['name.en', 'Astara strikes'],
    ['name.ru', 'Удары у Астары'],
    ['summary.en', 'Strikes reported.'],
    ['summary.ru', 'Сообщается об ударах.'],
    ['basis_note.en', 'Stated.'],
    ['basis_note.ru', 'Сказано.'],
    ['severity', '3'],
    ['rationale.en', 'A risk named as possible.'],
    ['rationale.ru', 'Риск назван возможным.'],
  ] as const)
    doc = setField(doc, KEY, field, value);
  return addSource(doc, KEY, source);
}

const draftOf = (doc: EditorDoc): DraftFeature => {
  const draft = doc.features.find((d) => d.key === KEY);
  if (!draft) throw new Error('no draft');
  return draft;
};
const places = (doc: EditorDoc, dates?: ArticleDates) =>
  validateDraft(draftOf(doc), dates).map((p) => `${p.place}:${p.code}`);

describe('the date field', () => {
  it('is optional, and written as the schema has it when given', () => {
    expect(places(zoneDoc(), dateOf)).toEqual([]);
    const dated = setField(zoneDoc(), KEY, 'date', '2026-03-06');
    expect(places(dated, dateOf)).toEqual([]);
    expect(publishable(draftOf(dated), dateOf)?.properties.date).toBe('2026-03-06');
  });

  it('shows the schema’s problems next to the field: not YYYY-MM-DD, or a day that does not exist', () => {
    expect(places(setField(zoneDoc(), KEY, 'date', '6 March 2026'), dateOf)).toEqual(['date:date']);
    expect(places(setField(zoneDoc(), KEY, 'date', '2026-02-30'), dateOf)).toEqual(['date:date']);
    expect(publishable(draftOf(setField(zoneDoc(), KEY, 'date', '2026-02-30')))).toBeNull();
  });

  it('names the earliest source when every cited article is published after the stated day', () => {
    const early = setField(zoneDoc(), KEY, 'date', '2026-03-05');
    const problems = validateDraft(draftOf(early), dateOf);
    expect(problems.map((p) => `${p.place}:${p.code}`)).toEqual(['date:stated-date']);
    expect(problems[0]?.params).toEqual({ article: 'early', date: '2026-03-06' });
    expect(publishable(draftOf(early), dateOf)).toBeNull();
    // Without the articles' dates the schema alone judges it; a later day is backed by the source.
    expect(places(early)).toEqual([]);
    expect(places(setField(zoneDoc(), KEY, 'date', '2026-03-07'), dateOf)).toEqual([]);
  });

  it('says the stated-date problem in Russian with the article and its date', () => {
    const [problem] = validateDraft(draftOf(setField(zoneDoc(), KEY, 'date', '2026-03-01')), dateOf);
    if (!problem) throw new Error('no problem found');
    const text = problemText('ru', problem.code, problem.detail, problem.params);
    expect(text).toContain('early');
    expect(text).toContain('2026-03-06');
    expect(text).toMatch(/опубликованные позже/);
  });

  it('is the same rule geo:check applies', () => {
    const sources = [{ article: 'later' }, { article: 'early' }];
    expect(sourcesAfterStatedDate('2026-03-01', sources, dateOf)).toEqual({
      article: 'early',
      date: '2026-03-06',
    });
    expect(sourcesAfterStatedDate('2026-03-06', sources, dateOf)).toBeNull();
    expect(sourcesAfterStatedDate(undefined, sources, dateOf)).toBeNull();
    expect(sourcesAfterStatedDate('2026-03-01', [{ article: 'unknown' }], dateOf)).toBeNull();
  });

  it('is filled in, blank, for drafts saved before it existed', () => {
    const doc = zoneDoc();
    const old = {
      ...doc,
      features: doc.features.map((d) => {
        const form: Partial<DraftFeature['form']> = { ...d.form };
        delete form.date;
        return { ...d, form } as DraftFeature;
      }),
    };
    expect(draftOf(completeDoc(old)).form.date).toBe('');
  });
});

describe('dated changes', () => {
  it('need a note in both languages, and a severity of 1..5 when given', () => {
    const added = addChange(zoneDoc(), KEY, later);
    expect(places(added, dateOf)).toEqual([
      'change.0.note.en:empty',
      'change.0.note.ru:empty',
      'change.0.severity:change-sets-nothing',
    ]);
    let doc = setChangeField(added, KEY, 0, 'note.en', 'Strikes reported again.');
    doc = setChangeField(doc, KEY, 0, 'note.ru', 'Снова сообщается об ударах.');
    // A change that sets neither a severity nor a status changes nothing: it is named at its severity.
    expect(places(doc, dateOf)).toEqual(['change.0.severity:change-sets-nothing']);
    expect(places(setChangeField(doc, KEY, 0, 'severity', '4'), dateOf)).toEqual([]);
    expect(places(setChangeField(doc, KEY, 0, 'severity', '7'), dateOf)).toEqual([
      'change.0.severity:severity',
    ]);
    expect(places(setChangeField(doc, KEY, 0, 'status', 'reopened'), dateOf)).toEqual([
      'change.0.status:choose',
    ]);
    const feature = publishable(draftOf(setChangeField(doc, KEY, 0, 'severity', '5')), dateOf);
    expect(feature?.properties.changes).toEqual([
      {
        source: later,
        severity: 5,
        note: { en: 'Strikes reported again.', ru: 'Снова сообщается об ударах.' },
      },
    ]);
  });

  it('set no severity on a feature that has none: the layer switched away from risk names the change', () => {
    let doc = addChange(zoneDoc(), KEY, later);
    doc = setChangeField(doc, KEY, 0, 'note.en', 'Strikes reported again.');
    doc = setChangeField(doc, KEY, 0, 'note.ru', 'Снова сообщается об ударах.');
    doc = setChangeField(doc, KEY, 0, 'severity', '4');
    expect(places(doc, dateOf)).toEqual([]);
    const moved = setField(doc, KEY, 'layer', 'sites');
    expect(places(moved, dateOf)).toContain('change.0.severity:only-risk-severity');
    expect(places(setChangeField(moved, KEY, 0, 'severity', ''), dateOf)).not.toContain(
      'change.0.severity:only-risk-severity',
    );
  });

  it('are at most MAX_CHANGES, and the list says so past that', () => {
    let doc = zoneDoc();
    for (let i = 0; i < MAX_CHANGES; i += 1) {
      doc = addChange(doc, KEY, later);
      doc = setChangeField(doc, KEY, i, 'note.en', `Change ${i}.`);
      doc = setChangeField(doc, KEY, i, 'note.ru', `Изменение ${i}.`);
      doc = setChangeField(doc, KEY, i, 'severity', String(i + 1));
    }
    expect(places(doc, dateOf)).toEqual([]);
    expect(canAddChange(draftOf(doc))).toBe(false);
    const tooMany = addChange(doc, KEY, later);
    expect(places(tooMany, dateOf)).toContain('changes:too-many-changes');
    expect(draftOf(removeChange(tooMany, KEY, 0)).changes).toHaveLength(MAX_CHANGES);
  });

  it('stay when the geometry is redrawn, and go when removed', () => {
    const doc = addChange(zoneDoc(), KEY, later);
    const redrawn = setGeometry(doc, KEY, draftOf(zoneDoc()).geometry);
    expect(draftOf(redrawn).changes).toHaveLength(1);
    expect(draftOf(removeChange(redrawn, KEY, 0)).changes).toEqual([]);
  });

  it('are written after the sources and the date, and read back from the file', () => {
    let doc = setField(zoneDoc(), KEY, 'date', '2026-03-06');
    doc = addChange(doc, KEY, later);
    doc = setChangeField(doc, KEY, 0, 'severity', '5');
    doc = setChangeField(doc, KEY, 0, 'note.en', 'Now ongoing.');
    doc = setChangeField(doc, KEY, 0, 'note.ru', 'Теперь идут.');
    const raw = fileFeature(draftOf(doc), dateOf);
    if (!raw) throw new Error('not written');
    expect(Object.keys(raw.properties).slice(-3)).toEqual(['sources', 'date', 'changes']);
    const back = draftFromFeature('d9', raw, 'risk', draftOf(doc).geometry);
    expect(back.form.date).toBe('2026-03-06');
    expect(back.changes).toEqual(draftOf(doc).changes);
  });

  it('leave a draft out of the download while its date is not backed by the corpus’s articles', () => {
    const article = (id: string) => ({
      id,
      title: { en: id, ru: id },
      lead: { ru: 'Текст.' },
      outlet: { en: 'Outlet', ru: 'Издание' },
      date: DATES[id] ?? '',
      language: 'ru' as const,
      passages: [{ id: 'p1', kind: 'paragraph' as const, text: 'via Astara.' }],
    });
    const authored: AuthoredCorpus = {
      overlays: {},
      articles: new Map([
        ['early', article('early')],
        ['later', article('later')],
      ]),
      allowList: {},
      notMapped: [],
    };
    const backed = setField(zoneDoc(), KEY, 'date', '2026-03-06');
    expect(filesForDownload(authored, backed).unfinished).toEqual([]);
    const unbacked = setField(zoneDoc(), KEY, 'date', '2026-03-01');
    const download = filesForDownload(authored, unbacked);
    expect(download.unfinished).toEqual([draftOf(unbacked).form.id]);
    expect(download.files).toEqual([]);
  });
});

describe('the drafts shown on the map and in the list', () => {
  const published = [
    { id: 'early', date: '2026-03-06' },
    { id: 'later', date: '2026-03-10' },
  ] as unknown as Parameters<typeof draftsToShow>[1];

  it('leaves out a draft whose stated date no cited article backs, as a download would', () => {
    const backed = setField(zoneDoc(), KEY, 'date', '2026-03-06');
    expect(draftsToShow(backed, published).map((f) => f.properties.id)).toEqual([draftOf(backed).form.id]);
    const unbacked = setField(zoneDoc(), KEY, 'date', '2026-03-01');
    expect(draftsToShow(unbacked, published)).toEqual([]);
    expect(publishable(draftOf(unbacked))).not.toBeNull();
  });

  it("judges by a new article's own date before a published one of the same id", () => {
    const doc = setField(zoneDoc(), KEY, 'date', '2026-03-01');
    // Only the id and the date matter to the rule.
    const newArticle = { id: 'early', date: '2026-02-28' } as EditorDoc['articles'][number];
    const withNew: EditorDoc = { ...doc, articles: [newArticle] };
    expect(draftsToShow(withNew, published)).toHaveLength(1);
  });
});
