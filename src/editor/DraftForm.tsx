// The property form of one draft: every property the schema has, each problem shown next to its field in
// the interface language, checked on every change; then its geometry (typed or snapped to a place).
import { useId, useState, type ReactNode } from 'react';
import { FEATURE_KINDS, LAYER_IDS, LineStatusSchema, type Position } from '../data/schema';
import { useArticleDates } from './articleDates';
import { ChangeList } from './ChangeList';
import { ProblemNote } from './ProblemNote';
import { useLanguage } from './useEditorText';
import {
  geometryFromPositions,
  positionsOfGeometry,
  removeSource,
  setField,
  setGeometry,
  slugify,
  snapToPlace,
  validateDraft,
  type DraftFeature,
  type FieldKey,
  type Problem,
  type ProblemPlace,
} from './draft';
import { change, say, useEditorStore } from './editorStore';
import { GAZETTEER, findPlace } from './places';
import type { EditorMessage } from './strings';
import { useEditorText } from './useEditorText';

type FieldSpec = {
  field: FieldKey;
  label: EditorMessage;
  options?: readonly string[];
  multiline?: boolean;
  placeholder?: EditorMessage;
  /** The features the field is for (the schema's rule); elsewhere it shows only while it holds a value. */
  for?: (draft: DraftFeature) => boolean;
};

const forRiskZones = (draft: DraftFeature) => draft.form.layer === 'risk';
const forLines = (draft: DraftFeature) => draft.shape === 'line';

const FIELDS: FieldSpec[] = [
  { field: 'layer', label: 'layer', options: LAYER_IDS },
  { field: 'kind', label: 'kind', options: FEATURE_KINDS },
  { field: 'name.en', label: 'nameEn' },
  { field: 'name.ru', label: 'nameRu' },
  { field: 'id', label: 'id' },
  { field: 'summary.en', label: 'summaryEn', multiline: true },
  { field: 'summary.ru', label: 'summaryRu', multiline: true },
  { field: 'basis', label: 'basis', options: ['stated', 'inferred'] },
  { field: 'basis_note.en', label: 'basisNoteEn', multiline: true },
  { field: 'basis_note.ru', label: 'basisNoteRu', multiline: true },
  { field: 'severity', label: 'severity', options: ['', '1', '2', '3', '4', '5'], for: forRiskZones },
  { field: 'rationale.en', label: 'rationaleEn', for: forRiskZones },
  { field: 'rationale.ru', label: 'rationaleRu', for: forRiskZones },
  { field: 'precision_km', label: 'precision' },
  { field: 'mode', label: 'mode', options: ['', 'road', 'rail', 'air', 'sea', 'pipeline'], for: forLines },
  { field: 'status', label: 'status', options: ['', ...LineStatusSchema.options], for: forLines },
  { field: 'direction.en', label: 'directionEn', for: forLines },
  { field: 'direction.ru', label: 'directionRu', for: forLines },
  { field: 'geometry_source', label: 'geometrySource' },
  { field: 'date', label: 'date', placeholder: 'datePlaceholder' },
  { field: 'country', label: 'country' },
];

function Field({
  spec,
  draft,
  problems,
}: {
  spec: FieldSpec;
  draft: DraftFeature;
  problems: readonly Problem[];
}) {
  const t = useEditorText();
  const id = useId();
  const problemId = `${id}-problem`;
  const value = draft.form[spec.field];
  const invalid = problems.length > 0;
  const onChange = (next: string) =>
    change((doc) => {
      let updated = setField(doc, draft.key, spec.field, next);
      // The id follows the English name until someone types an id of their own.
      if (spec.field === 'name.en') {
        const id = draft.form.id;
        if (id === '' || id.startsWith('draft-') || id === slugify(draft.form['name.en'])) {
          const slug = slugify(next);
          if (slug !== '') updated = setField(updated, draft.key, 'id', slug);
        }
      }
      return updated;
    }, `${draft.key}:${spec.field}`);
  const common = {
    id,
    value,
    'aria-invalid': invalid,
    ...(invalid ? { 'aria-describedby': problemId } : {}),
  };
  let control: ReactNode;
  if (spec.options) {
    control = (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        {spec.options.map((option) => (
          <option key={option} value={option}>
            {option === '' ? t('none') : option}
          </option>
        ))}
      </select>
    );
  } else if (spec.multiline) {
    control = <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        {...(spec.placeholder ? { placeholder: t(spec.placeholder) } : {})}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="editor-field">
      <label htmlFor={id}>{t(spec.label)}</label>
      {control}
      {spec.field === 'country' ? <FoundCountryNote draft={draft} /> : null}
      <ProblemNote id={problemId} problems={problems} />
    </div>
  );
}

/** Where the country of a drawn point came from: the map's borders (until overridden), or nowhere. */
function FoundCountryNote({ draft }: { draft: DraftFeature }) {
  const t = useEditorText();
  const lookup = useEditorStore((state) => state.countryLookup);
  if (draft.geometry?.type !== 'Point' || draft.derive !== undefined) return null;
  let text = '';
  if (draft.countryFound === undefined) text = lookup === 'loading' ? t('countryLoading') : '';
  else if (draft.countryFound === '') text = t('countryNotFound');
  else if (draft.form.country === draft.countryFound) text = t('countryFound', { code: draft.countryFound });
  return text === '' ? null : (
    <span className="editor-muted editor-country-found" role="status">
      {text}
    </span>
  );
}

/** `49.86, 40.38` or `49.86 40.38`, one position a line. */
function parsePositions(text: string): { positions: Position[] } | { badLine: number } {
  const positions: Position[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parts = line.trim().split(/[\s,;]+/);
    const [lon, lat] = parts.map(Number);
    if (
      parts.length !== 2 ||
      lon === undefined ||
      lat === undefined ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      Math.abs(lon) > 180 ||
      Math.abs(lat) > 90
    )
      return { badLine: index + 1 };
    positions.push([lon, lat]);
  }
  return { positions };
}

const formatPositions = (positions: readonly Position[]) =>
  positions.map(([x, y]) => `${x}, ${y}`).join('\n');

function GeometryFields({ draft, problems }: { draft: DraftFeature; problems: readonly Problem[] }) {
  const t = useEditorText();
  const language = useLanguage();
  const id = useId();
  const shown = formatPositions(positionsOfGeometry(draft.geometry));
  const [typed, setTyped] = useState<{ for: string; text: string } | null>(null);
  const text = typed && typed.for === shown ? typed.text : shown;
  const [placeName, setPlaceName] = useState('');

  const apply = () => {
    const parsed = parsePositions(text);
    if ('badLine' in parsed) {
      say(t('badCoordinates', { line: parsed.badLine }));
      return;
    }
    change((doc) => setGeometry(doc, draft.key, geometryFromPositions(draft.shape, parsed.positions)));
    setTyped(null);
  };
  const snap = () => {
    const place = findPlace(placeName);
    if (!place) {
      say(t('unknownPlace'));
      return;
    }
    change((doc) => {
      if (draft.shape === 'point') {
        // The file keeps the place's id (a recipe): the build takes its sourced position and country.
        let next = snapToPlace(doc, draft.key, place.id, place.at);
        next = setField(next, draft.key, 'geometry_source', `places.json: ${place.id}`);
        if (place.precisionKm !== undefined)
          next = setField(next, draft.key, 'precision_km', String(place.precisionKm));
        return next;
      }
      const positions = [...positionsOfGeometry(draft.geometry), place.at];
      return setGeometry(doc, draft.key, geometryFromPositions(draft.shape, positions));
    });
    setPlaceName('');
  };
  const problemId = `${id}-problem`;
  return (
    <fieldset className="editor-geometry">
      <legend>{t('geometry')}</legend>
      <label htmlFor={`${id}-coords`}>{t('coordinates')}</label>
      <textarea
        id={`${id}-coords`}
        rows={3}
        value={text}
        aria-invalid={problems.length > 0}
        {...(problems.length > 0 ? { 'aria-describedby': problemId } : {})}
        onChange={(e) => setTyped({ for: shown, text: e.target.value })}
      />
      <ProblemNote id={problemId} problems={problems} />
      <button type="button" onClick={apply}>
        {t('applyCoordinates')}
      </button>
      <label htmlFor={`${id}-place`}>{t('place')}</label>
      <input
        id={`${id}-place`}
        type="text"
        list={`${id}-places`}
        value={placeName}
        onChange={(e) => setPlaceName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') snap();
        }}
      />
      <datalist id={`${id}-places`}>
        {GAZETTEER.map((place) => (
          <option key={place.id} value={language === 'ru' ? place.nameRu : place.nameEn} />
        ))}
      </datalist>
      <button type="button" onClick={snap}>
        {t('snapToPlace')}
      </button>
    </fieldset>
  );
}

function SourceList({ draft, problems }: { draft: DraftFeature; problems: readonly Problem[] }) {
  const t = useEditorText();
  const id = useId();
  return (
    <section className="editor-sources" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('sources')}</h4>
      {draft.sources.length === 0 ? <p>{t('noSources')}</p> : null}
      <ul>
        {draft.sources.map((source, index) => (
          <li key={`${source.passage}:${source.quote}:${index}`}>
            <q>{source.quote}</q> <span className="editor-muted">({source.passage})</span>{' '}
            <button
              type="button"
              onClick={() => change((doc) => removeSource(doc, draft.key, index))}
              aria-label={`${t('removeSource')}: ${source.quote.slice(0, 40)}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <ProblemNote id={`${id}-problem`} problems={problems} />
    </section>
  );
}

/** A field the feature has no use for stays out of the way, unless it holds a value (nothing typed is hidden). */
const isShown = (spec: FieldSpec, draft: DraftFeature) =>
  spec.for === undefined || spec.for(draft) || draft.form[spec.field] !== '';

export function DraftFormView({ draft }: { draft: DraftFeature }) {
  const readOnly = useEditorStore((state) => state.access !== 'editing');
  const dateOf = useArticleDates();
  const problems = validateDraft(draft, dateOf);
  const at = (place: ProblemPlace) => problems.filter((p) => p.place === place);
  return (
    <fieldset className="editor-form" disabled={readOnly}>
      {FIELDS.filter((spec) => isShown(spec, draft)).map((spec) => (
        <Field key={spec.field} spec={spec} draft={draft} problems={at(spec.field)} />
      ))}
      <GeometryFields draft={draft} problems={at('geometry')} />
      <SourceList draft={draft} problems={at('sources')} />
      <ChangeList draft={draft} at={at} />
    </fieldset>
  );
}
