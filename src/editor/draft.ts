// The draft model, pure: a drawn feature is its form's text values plus its geometry and sources; the same
// valibot schema as `geo:check` judges it, and each problem is filed under the form field it belongs to.
import * as v from 'valibot';
import {
  CHANGE_SETS_NOTHING,
  LAYER_IDS,
  MAX_CHANGES,
  OverlayFeatureSchema,
  type Article,
  type Geometry,
  type LayerId,
  type OverlayFeature,
  type Position,
  type SourceRef,
} from '../data/schema';
import { sourcesAfterStatedDate } from '../data/statedDate';
import type { RejectedMention } from '../text/rejections';

/** A citation: the schema's `{ article, passage, quote }`, the W3C TextQuoteSelector's context, its basis. */
export type DraftSource = SourceRef;

export const FIELD_KEYS = [
  'id',
  'layer',
  'kind',
  'name.en',
  'name.ru',
  'summary.en',
  'summary.ru',
  'severity',
  'rationale.en',
  'rationale.ru',
  'basis',
  'basis_note.en',
  'basis_note.ru',
  'mode',
  'status',
  'direction.en',
  'direction.ru',
  'precision_km',
  'geometry_source',
  /** The day the feature was stated (YYYY-MM-DD), or blank. */
  'date',
  /** Not a property: the country a hand-drawn point lies in (a foreign member of the file's feature). */
  'country',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export type DraftForm = Record<FieldKey, string>;

/** A later article's change to the feature, as its fields are typed: severity and status blank when not changed. */
export type DraftChange = {
  source: DraftSource;
  severity: string;
  status: string;
  note: { en: string; ru: string };
};
export type ChangeField = 'source' | 'severity' | 'status' | 'note.en' | 'note.ru';
export const CHANGE_FIELDS: readonly ChangeField[] = ['source', 'severity', 'status', 'note.en', 'note.ru'];
/** A field of one change: `change.0.note.en`. */
export type ChangePlace = `change.${number}.${ChangeField}`;
export const changePlace = (index: number, field: ChangeField): ChangePlace => `change.${index}.${field}`;

/** Where a problem shows: a form field, the geometry, the list of sources or of changes, a change's field. */
export type ProblemPlace = FieldKey | 'geometry' | 'sources' | 'changes' | ChangePlace;

export type DraftFeature = {
  /** The editor's own handle, stable while the id field is being typed. */
  key: string;
  /** What was drawn: it decides what typed coordinates make. */
  shape: DrawKind;
  form: DraftForm;
  geometry: Geometry | null;
  sources: DraftSource[];
  /** Dated changes reported by later articles, oldest first (absent in drafts saved before they existed). */
  changes?: DraftChange[];
  /** The build recipe of a published feature opened for editing, kept until its geometry is redrawn. */
  derive?: unknown;
  /** The country found from the map's borders for the point ('' when none): the form's unless overridden. */
  countryFound?: string;
};

export type EditorDoc = {
  features: DraftFeature[];
  /** New articles (from "New article"), in the schema's shape. */
  articles: Article[];
  /** Next number for a draft's key. */
  nextKey: number;
  /** Proposed place mentions rejected in review, so they are not offered again. */
  rejected: ArticleRejection[];
  /** Passages that name places but have nothing to map, with the reason coverage-allow.json will give. */
  nothingToMap: NothingToMap[];
  /** Published reasons taken back: coverage-allow.json leaves them out, the passages need a feature or a reason again. */
  withdrawnReasons: PassageRef[];
};

/** One passage of one article. */
export type PassageRef = { article: string; passage: string };

/** "Nothing to map here, because …": a passage left without a feature on purpose, with its reason. */
export type NothingToMap = { article: string; passage: string; reason: string };

/** A rejected mention of an article (the corpus's proposals files hold them per article). */
export type ArticleRejection = RejectedMention & { article: string };

/**
 * The drafts with `article` among their articles, as Import keeps it (so a reload loses nothing, decided
 * or not): added, or in place of the drafts' article with its id when the text differs (an import again).
 */
export function withArticle(doc: EditorDoc, article: Article): EditorDoc {
  const at = doc.articles.findIndex((existing) => existing.id === article.id);
  if (at === -1) return { ...doc, articles: [...doc.articles, article] };
  if (JSON.stringify(doc.articles[at]) === JSON.stringify(article)) return doc;
  return { ...doc, articles: doc.articles.map((existing, index) => (index === at ? article : existing)) };
}

export const EMPTY_DOC: EditorDoc = {
  features: [],
  articles: [],
  nextKey: 1,
  rejected: [],
  nothingToMap: [],
  withdrawnReasons: [],
};

/** A document as saved by an earlier version of the editor: what it did not have yet, it has none of. */
export type SavedDoc = Omit<EditorDoc, 'rejected' | 'nothingToMap' | 'withdrawnReasons'> &
  Partial<Pick<EditorDoc, 'rejected' | 'nothingToMap' | 'withdrawnReasons'>>;

/** A document as saved by an earlier version of the editor, with what it did not have yet. */
export function completeDoc(doc: SavedDoc): EditorDoc {
  const complete = (draft: DraftFeature) => FIELD_KEYS.every((key) => typeof draft.form[key] === 'string');
  const features = doc.features.every(complete)
    ? doc.features
    : doc.features.map((draft) => ({ ...draft, form: { ...blankForm(), ...draft.form } }));
  const { rejected, nothingToMap, withdrawnReasons } = doc;
  if (rejected && nothingToMap && withdrawnReasons && features === doc.features)
    return { ...doc, rejected, nothingToMap, withdrawnReasons };
  return {
    ...doc,
    features,
    rejected: rejected ?? [],
    nothingToMap: nothingToMap ?? [],
    withdrawnReasons: withdrawnReasons ?? [],
  };
}

export type DrawKind = 'point' | 'line' | 'area';

export function shapeOf(geometry: Geometry | null): DrawKind {
  if (geometry === null || geometry.type === 'Point') return 'point';
  return geometry.type.endsWith('Polygon') ? 'area' : 'line';
}

/** Positions as the shape makes them: one point, a line, or an area's closed ring. */
export function geometryFromPositions(shape: DrawKind, positions: readonly Position[]): Geometry | null {
  const [first] = positions;
  if (!first) return null;
  if (shape === 'point') return { type: 'Point', coordinates: first };
  if (shape === 'line') return { type: 'LineString', coordinates: [...positions] };
  const last = positions.at(-1);
  const closed =
    last && last[0] === first[0] && last[1] === first[1] ? [...positions] : [...positions, first];
  return { type: 'Polygon', coordinates: [closed] };
}

/** The positions of a simple geometry (a point, a line, an area's outer ring without its closing repeat). */
export function positionsOfGeometry(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'Polygon') return (geometry.coordinates[0] ?? []).slice(0, -1);
  return [];
}

const DEFAULTS: Record<DrawKind, Partial<DraftForm>> = {
  point: { layer: 'sites', kind: 'port' },
  line: { layer: 'evacuation', kind: 'route', mode: 'road', status: 'operating' },
  area: { layer: 'risk', kind: 'zone' },
};

const blankForm = () => Object.fromEntries(FIELD_KEYS.map((key) => [key, ''])) as DraftForm;

export function emptyForm(kind: DrawKind): DraftForm {
  return {
    ...blankForm(),
    basis: 'stated',
    precision_km: '5',
    geometry_source: 'Drawn in the browser editor',
    ...DEFAULTS[kind],
  };
}

/** A stable slug from a name: lower-case Latin letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function newDraft(doc: EditorDoc, kind: DrawKind, geometry: Geometry | null = null): EditorDoc {
  const key = `d${doc.nextKey}`;
  const form = { ...emptyForm(kind), id: `draft-${doc.nextKey}` };
  return {
    ...doc,
    nextKey: doc.nextKey + 1,
    features: [...doc.features, { key, shape: kind, form, geometry, sources: [] }],
  };
}

export function updateDraft(doc: EditorDoc, key: string, change: (draft: DraftFeature) => DraftFeature) {
  return { ...doc, features: doc.features.map((draft) => (draft.key === key ? change(draft) : draft)) };
}

export function setField(doc: EditorDoc, key: string, field: FieldKey, value: string): EditorDoc {
  return updateDraft(doc, key, (draft) => ({ ...draft, form: { ...draft.form, [field]: value } }));
}

/** A point at a places.json place: the file keeps the recipe, so the build takes the sourced position. */
export function snapToPlace(doc: EditorDoc, key: string, placeId: string, at: Position): EditorDoc {
  return updateDraft(doc, key, (draft) => ({
    ...draft,
    geometry: { type: 'Point', coordinates: at },
    derive: { point: placeId },
  }));
}

export function setGeometry(doc: EditorDoc, key: string, geometry: Geometry | null): EditorDoc {
  // A drawn geometry replaces the published feature's build recipe.
  return updateDraft(doc, key, (draft) => {
    const redrawn: DraftFeature = {
      key: draft.key,
      shape: draft.shape,
      form: draft.form,
      geometry,
      sources: draft.sources,
      ...(draft.changes === undefined ? {} : { changes: draft.changes }),
      ...(draft.countryFound === undefined ? {} : { countryFound: draft.countryFound }),
    };
    return redrawn;
  });
}

export function addSource(doc: EditorDoc, key: string, source: DraftSource): EditorDoc {
  return updateDraft(doc, key, (draft) => ({ ...draft, sources: [...draft.sources, source] }));
}

export function removeSource(doc: EditorDoc, key: string, index: number): EditorDoc {
  return updateDraft(doc, key, (draft) => ({
    ...draft,
    sources: draft.sources.filter((_, i) => i !== index),
  }));
}

/** A change citing a later article: what it changes is filled in after (severity or status, the note). */
export function addChange(doc: EditorDoc, key: string, source: DraftSource): EditorDoc {
  const change: DraftChange = { source, severity: '', status: '', note: { en: '', ru: '' } };
  return updateDraft(doc, key, (draft) => ({ ...draft, changes: [...(draft.changes ?? []), change] }));
}

export function setChangeField(
  doc: EditorDoc,
  key: string,
  index: number,
  field: Exclude<ChangeField, 'source'>,
  value: string,
): EditorDoc {
  return updateDraft(doc, key, (draft) => ({
    ...draft,
    changes: (draft.changes ?? []).map((change, i) => {
      if (i !== index) return change;
      if (field === 'note.en') return { ...change, note: { ...change.note, en: value } };
      if (field === 'note.ru') return { ...change, note: { ...change.note, ru: value } };
      return { ...change, [field]: value };
    }),
  }));
}

export function removeChange(doc: EditorDoc, key: string, index: number): EditorDoc {
  return updateDraft(doc, key, (draft) => ({
    ...draft,
    changes: (draft.changes ?? []).filter((_, i) => i !== index),
  }));
}

/** Whether another change may be added: the schema allows a feature at most MAX_CHANGES. */
export const canAddChange = (draft: DraftFeature) => (draft.changes ?? []).length < MAX_CHANGES;

export function removeDraft(doc: EditorDoc, key: string): EditorDoc {
  return { ...doc, features: doc.features.filter((draft) => draft.key !== key) };
}

const text = (form: DraftForm, field: 'name' | 'summary' | 'basis_note' | 'rationale' | 'direction') => ({
  en: form[`${field}.en`],
  ru: form[`${field}.ru`],
});
const given = (form: DraftForm, field: 'rationale' | 'direction') =>
  form[`${field}.en`].trim() !== '' || form[`${field}.ru`].trim() !== '';
/** A number field: blank is 'not given'; anything else is read as a number (NaN when it is not one). */
const numberOf = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));

/** A citation in the schema's key order, with only the parts it has. */
const sourceCandidate = (s: DraftSource) => ({
  article: s.article,
  passage: s.passage,
  quote: s.quote,
  ...(s.prefix === undefined ? {} : { prefix: s.prefix }),
  ...(s.suffix === undefined ? {} : { suffix: s.suffix }),
  ...(s.basis === undefined ? {} : { basis: s.basis }),
  ...(s.basis_note === undefined ? {} : { basis_note: s.basis_note }),
});

const changeCandidate = (change: DraftChange) => ({
  source: sourceCandidate(change.source),
  ...(change.severity.trim() === '' ? {} : { severity: numberOf(change.severity) }),
  ...(change.status === '' ? {} : { status: change.status }),
  note: { en: change.note.en, ru: change.note.ru },
});

/** The feature the draft stands for, in the schema's key order, for the schema to judge and the files to hold. */
export function draftCandidate(draft: DraftFeature): unknown {
  const { form } = draft;
  const changes = draft.changes ?? [];
  return {
    type: 'Feature',
    geometry: draft.geometry,
    properties: {
      id: form.id,
      layer: form.layer,
      kind: form.kind,
      name: text(form, 'name'),
      summary: text(form, 'summary'),
      ...(form.severity.trim() === '' ? {} : { severity: numberOf(form.severity) }),
      ...(given(form, 'rationale') ? { rationale: text(form, 'rationale') } : {}),
      basis: form.basis,
      basis_note: text(form, 'basis_note'),
      ...(form.mode === '' ? {} : { mode: form.mode }),
      ...(form.status === '' ? {} : { status: form.status }),
      ...(given(form, 'direction') ? { direction: text(form, 'direction') } : {}),
      precision_km: numberOf(form.precision_km),
      geometry_source: form.geometry_source,
      sources: draft.sources.map(sourceCandidate),
      ...(form.date.trim() === '' ? {} : { date: form.date.trim() }),
      ...(changes.length === 0 ? {} : { changes: changes.map(changeCandidate) }),
    },
  };
}

export type ProblemCode =
  | 'empty'
  | 'choose'
  | 'number'
  | 'positive'
  | 'severity'
  | 'slug'
  | 'cite'
  | 'risk-needs-severity'
  | 'risk-needs-rationale'
  | 'only-risk-severity'
  | 'only-risk-rationale'
  | 'no-geometry'
  | 'few-positions'
  | 'country'
  | 'date'
  | 'stated-date'
  | 'too-many-changes'
  | 'change-sets-nothing'
  | 'other';
export type Problem = {
  place: ProblemPlace;
  code: ProblemCode;
  detail: string;
  /** What the problem's words name (an article, its date), in the words of either language. */
  params?: Record<string, string>;
};

const RULE_CODES: Record<string, ProblemCode> = {
  'a risk zone needs a severity (1-5)': 'risk-needs-severity',
  'a risk zone needs a one-line rationale': 'risk-needs-rationale',
  'only risk zones have a severity': 'only-risk-severity',
  'only risk zones have a rationale': 'only-risk-rationale',
};

function changePlaceOf(index: unknown, field: unknown, language: unknown): ProblemPlace {
  if (typeof index !== 'number') return 'changes';
  if (field === 'note') return changePlace(index, language === 'ru' ? 'note.ru' : 'note.en');
  if (field === 'severity' || field === 'status') return changePlace(index, field);
  return changePlace(index, 'source');
}

function placeOf(path: readonly unknown[], message: string): ProblemPlace {
  const [top, property, language, field, fieldLanguage] = path;
  // A change that sets nothing is the change's own problem: shown at its severity, the first it could set.
  if (message === CHANGE_SETS_NOTHING && typeof language === 'number')
    return changePlace(language, 'severity');
  if (top === 'geometry') return 'geometry';
  if (top !== 'properties' || typeof property !== 'string') return 'geometry';
  if (property === 'sources') return 'sources';
  if (property === 'changes') return changePlaceOf(language, field, fieldLanguage);
  const key = typeof language === 'string' ? `${property}.${language}` : property;
  return (FIELD_KEYS as readonly string[]).includes(key) ? (key as FieldKey) : 'geometry';
}

function codeOf(issue: v.BaseIssue<unknown>, place: ProblemPlace): ProblemCode {
  const rule = RULE_CODES[issue.message];
  if (rule) return rule;
  if (issue.message === CHANGE_SETS_NOTHING) return 'change-sets-nothing';
  if (place === 'sources') return 'cite';
  if (place === 'changes') return 'too-many-changes';
  if (place === 'severity' || place.endsWith('.severity')) return 'severity';
  if (place === 'date') return 'date';
  if (issue.type === 'picklist' || issue.type === 'literal') return 'choose';
  if (issue.type === 'regex') return 'slug';
  if (issue.type === 'min_length' && typeof issue.input === 'string') return 'empty';
  if (issue.type === 'gt_value') return 'positive';
  if (issue.type === 'number' || issue.type === 'finite') return 'number';
  return 'other';
}

function positionsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

function geometryProblems(geometry: Geometry | null): Problem[] {
  if (geometry === null) return [{ place: 'geometry', code: 'no-geometry', detail: 'no geometry yet' }];
  const least = geometry.type === 'Point' ? 1 : geometry.type.endsWith('Polygon') ? 4 : 2;
  const short = positionsOf(geometry).some((part) => part.length < least);
  return short ? [{ place: 'geometry', code: 'few-positions', detail: `needs ${least} positions` }] : [];
}

/** geo:check's rule: a hand-drawn point states the country (ISO 3166-1 alpha-3) it lies in. */
function countryProblems(draft: DraftFeature): Problem[] {
  const needed = draft.geometry?.type === 'Point' && draft.derive === undefined;
  if (!needed || /^[A-Z]{3}$/.test(draft.form.country)) return [];
  return [{ place: 'country', code: 'country', detail: 'an ISO 3166-1 alpha-3 code such as AZE' }];
}

/** The date of an article the editor knows (the corpus's and the new ones), for the rules on dates. */
export type ArticleDates = (article: string) => string | undefined;

/** geo:check's rule on a stated date: some cited article is of that day or earlier. */
function statedDateProblems(draft: DraftFeature, dateOf: ArticleDates | undefined): Problem[] {
  const stated = draft.form.date.trim();
  if (dateOf === undefined || stated === '') return [];
  const late = sourcesAfterStatedDate(stated, draft.sources, dateOf);
  if (late === null) return [];
  return [
    {
      place: 'date',
      code: 'stated-date',
      detail: `every source is an article published after ${stated} (the earliest, '${late.article}', on ${late.date})`,
      params: { article: late.article, date: late.date },
    },
  ];
}

/**
 * Every problem of a draft, by the field it belongs to; the first of each kind per field. With the
 * articles' dates, the rule on a stated date too (the schema alone cannot know them).
 */
export function validateDraft(draft: DraftFeature, dateOf?: ArticleDates): Problem[] {
  const result = v.safeParse(OverlayFeatureSchema, draftCandidate(draft));
  const problems = [...geometryProblems(draft.geometry), ...countryProblems(draft)];
  if (!result.success) {
    for (const issue of result.issues) {
      const place = placeOf(
        (issue.path ?? []).map((item) => item.key),
        issue.message,
      );
      if (place === 'geometry' && draft.geometry === null) continue;
      if (problems.some((p) => p.place === place)) continue;
      problems.push({ place, code: codeOf(issue, place), detail: issue.message });
    }
  }
  if (!problems.some((p) => p.place === 'date')) problems.push(...statedDateProblems(draft, dateOf));
  return problems;
}

/**
 * The draft as a published feature, when it passes the schema: what the map, list and files take. With the
 * articles' dates, also when its stated date is backed by a source.
 */
export function publishable(draft: DraftFeature, dateOf?: ArticleDates): OverlayFeature | null {
  if (geometryProblems(draft.geometry).length > 0 || countryProblems(draft).length > 0) return null;
  if (statedDateProblems(draft, dateOf).length > 0) return null;
  const result = v.safeParse(OverlayFeatureSchema, draftCandidate(draft));
  return result.success ? result.output : null;
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
