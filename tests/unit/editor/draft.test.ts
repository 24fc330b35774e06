import { describe, expect, it } from 'vitest';
import {
  EMPTY_DOC,
  addSource,
  newDraft,
  publishable,
  setField,
  setGeometry,
  slugify,
  validateDraft,
  type DraftFeature,
} from '../../../src/editor/draft';
import { canRedo, canUndo, commit, redo, startHistory, undo } from '../../../src/editor/history';

const source = { article: 'a1', passage: 'p1', quote: 'Astara', prefix: 'via ', suffix: '.' };

function completePoint(): DraftFeature {
  let doc = newDraft(EMPTY_DOC, 'point', { type: 'Point', coordinates: [48.87, 38.44] });
  const key = 'd1';
  for (const [field, value] of [
    ['name.en', 'Astara'],
    ['name.ru', 'Астара'],
    ['summary.en', 'A crossing.'],
    ['summary.ru', 'Пункт пропуска.'],
    ['basis_note.en', 'Stated.'],
    ['basis_note.ru', 'Сказано.'],
    ['country', 'AZE'],
  ] as const)
    doc = setField(doc, key, field, value);
  doc = addSource(doc, key, source);
  const draft = doc.features[0];
  if (!draft) throw new Error('no draft');
  return draft;
}

const places = (draft: DraftFeature) => validateDraft(draft).map((p) => `${p.place}:${p.code}`);

describe('validateDraft', () => {
  it('finds nothing wrong with a complete, cited point', () => {
    expect(validateDraft(completePoint())).toEqual([]);
    expect(publishable(completePoint())?.properties.sources).toEqual([source]);
  });

  it('files each problem under its field: an empty Russian name, a bad precision, no source', () => {
    const draft = completePoint();
    const broken: DraftFeature = {
      ...draft,
      form: { ...draft.form, 'name.ru': '  ', precision_km: 'abc' },
      sources: [],
    };
    expect(places(broken)).toEqual(['name.ru:empty', 'precision_km:number', 'sources:cite']);
    expect(publishable(broken)).toBeNull();
  });

  it('asks a risk zone for a severity and tells a site it has none', () => {
    const draft = completePoint();
    expect(
      places({ ...draft, form: { ...draft.form, layer: 'risk', 'rationale.en': 'x', 'rationale.ru': 'y' } }),
    ).toEqual(['severity:risk-needs-severity']);
    expect(places({ ...draft, form: { ...draft.form, severity: '3' } })).toEqual([
      'severity:only-risk-severity',
    ]);
    expect(
      places({
        ...draft,
        form: { ...draft.form, layer: 'risk', severity: '9', 'rationale.en': 'x', 'rationale.ru': 'y' },
      }),
    ).toEqual(['severity:severity']);
  });

  it('says when the geometry is missing or a line has one position', () => {
    const draft = completePoint();
    expect(places({ ...draft, geometry: null })).toEqual(['geometry:no-geometry']);
    expect(places({ ...draft, geometry: { type: 'LineString', coordinates: [[48, 38]] } })).toEqual([
      'geometry:few-positions',
    ]);
  });

  it('asks a hand-drawn point for its country, and a point at a gazetteer place for none', () => {
    const draft = completePoint();
    expect(places({ ...draft, form: { ...draft.form, country: 'Az' } })).toEqual(['country:country']);
    expect(
      places({ ...draft, form: { ...draft.form, country: '' }, derive: { point: 'xing-astara' } }),
    ).toEqual([]);
  });

  it('rejects an id that is not a slug', () => {
    const draft = completePoint();
    expect(places({ ...draft, form: { ...draft.form, id: 'Not A Slug' } })).toEqual(['id:slug']);
    expect(slugify('Порт Энзели / Anzali Port')).toBe('anzali-port');
  });

  it('drops the build recipe of a published feature once its geometry is redrawn', () => {
    let doc = newDraft(EMPTY_DOC, 'point');
    doc = { ...doc, features: doc.features.map((d) => ({ ...d, derive: { point: 'city-baku' } })) };
    doc = setGeometry(doc, 'd1', { type: 'Point', coordinates: [49.8, 40.4] });
    expect(doc.features[0]?.derive).toBeUndefined();
  });
});

describe('history', () => {
  it('undoes and redoes whole changes, and a new change clears what could be redone', () => {
    const one = newDraft(EMPTY_DOC, 'point');
    const two = newDraft(one, 'line');
    let h = commit(commit(startHistory(EMPTY_DOC), one), two);
    h = undo(h);
    expect(h.present).toBe(one);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(two);
    h = commit(undo(h), newDraft(one, 'area'));
    expect(canRedo(h)).toBe(false);
    expect(h.present.features.map((f) => f.form.layer)).toEqual(['sites', 'risk']);
  });

  it('joins changes with the same label into one step (typing in one field)', () => {
    const base = newDraft(EMPTY_DOC, 'point');
    let h = commit(startHistory(EMPTY_DOC), base);
    h = commit(h, setField(base, 'd1', 'name.en', 'A'), 'd1:name.en');
    h = commit(h, setField(h.present, 'd1', 'name.en', 'Ab'), 'd1:name.en');
    h = undo(h);
    expect(h.present).toBe(base);
    expect(canUndo(undo(h))).toBe(false);
  });
});
