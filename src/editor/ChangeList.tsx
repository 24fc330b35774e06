// A feature's dated changes: each cites the words of a later article that report it ("Add change" takes the
// selection in the article panel, as "Cite selection" does), with the new severity (risk zones) or status
// (lines) and a note in both languages. Each is a saved, undoable change of the drafts like any other.
import { useId, type ReactNode } from 'react';
import { LineStatusSchema } from '../data/schema';
import { selectedSource } from './articleSelection';
import {
  addChange,
  canAddChange,
  changePlace,
  removeChange,
  setChangeField,
  type ChangeField,
  type DraftChange,
  type DraftFeature,
  type Problem,
  type ProblemPlace,
} from './draft';
import { change, say } from './editorStore';
import { MAX_CHANGES } from '../data/changeLimit';
import { ProblemNote } from './ProblemNote';
import type { EditorMessage } from './strings';
import { useEditorText } from './useEditorText';

const SEVERITIES = ['', '1', '2', '3', '4', '5'];
const STATUSES = ['', ...LineStatusSchema.options];

type Edited = Exclude<ChangeField, 'source'>;

function ChangeInput({
  draftKey,
  index,
  field,
  label,
  value,
  options,
  problems,
}: {
  draftKey: string;
  index: number;
  field: Edited;
  label: EditorMessage;
  value: string;
  options?: readonly string[];
  problems: readonly Problem[];
}) {
  const t = useEditorText();
  const id = useId();
  const problemId = `${id}-problem`;
  const invalid = problems.length > 0;
  const onChange = (next: string) =>
    change(
      (doc) => setChangeField(doc, draftKey, index, field, next),
      `${draftKey}:change:${index}:${field}`,
    );
  const common = {
    id,
    value,
    'aria-invalid': invalid,
    ...(invalid ? { 'aria-describedby': problemId } : {}),
  };
  const control: ReactNode = options ? (
    <select {...common} onChange={(e) => onChange(e.target.value)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {option === '' ? t('none') : option}
        </option>
      ))}
    </select>
  ) : (
    <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
  );
  return (
    <div className="editor-field">
      <label htmlFor={id}>{t(label)}</label>
      {control}
      <ProblemNote id={problemId} problems={problems} />
    </div>
  );
}

function ChangeItem({
  draft,
  index,
  item,
  at,
}: {
  draft: DraftFeature;
  index: number;
  item: DraftChange;
  at: (place: ProblemPlace) => Problem[];
}) {
  const t = useEditorText();
  const id = useId();
  const place = (field: ChangeField) => at(changePlace(index, field));
  // What a change can change: a risk zone's severity, a line's status (a value given stays shown).
  const showSeverity = draft.form.layer === 'risk' || item.severity !== '';
  const showStatus = draft.shape === 'line' || item.status !== '';
  const input = (field: Edited, label: EditorMessage, value: string, options?: readonly string[]) => (
    <ChangeInput
      draftKey={draft.key}
      index={index}
      field={field}
      label={label}
      value={value}
      problems={place(field)}
      {...(options ? { options } : {})}
    />
  );
  return (
    <li>
      <fieldset className="editor-change">
        <legend>{t('changeNumber', { n: index + 1 })}</legend>
        <p>
          <q>{item.source.quote}</q>{' '}
          <span className="editor-muted">
            ({item.source.article}, {item.source.passage})
          </span>
        </p>
        <ProblemNote id={`${id}-source`} problems={place('source')} />
        {showSeverity ? input('severity', 'changeSeverity', item.severity, SEVERITIES) : null}
        {showStatus ? input('status', 'changeStatus', item.status, STATUSES) : null}
        {input('note.en', 'changeNoteEn', item.note.en)}
        {input('note.ru', 'changeNoteRu', item.note.ru)}
        <button
          type="button"
          onClick={() => change((doc) => removeChange(doc, draft.key, index))}
          aria-label={`${t('removeChange')}: ${item.source.quote.slice(0, 40)}`}
        >
          {t('removeChange')}
        </button>
      </fieldset>
    </li>
  );
}

export function ChangeList({ draft, at }: { draft: DraftFeature; at: (place: ProblemPlace) => Problem[] }) {
  const t = useEditorText();
  const id = useId();
  const changes = draft.changes ?? [];
  const add = () => {
    if (!canAddChange(draft)) return say(t('tooManyChanges', { max: MAX_CHANGES }));
    const source = selectedSource(t);
    if (!source) return;
    change((doc) => addChange(doc, draft.key, source));
    say(t('changeAdded', { quote: source.quote }));
  };
  return (
    <section className="editor-changes" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('changes')}</h4>
      {changes.length === 0 ? <p>{t('noChanges')}</p> : null}
      <ol>
        {changes.map((item, index) => (
          <ChangeItem
            key={`${item.source.passage}:${item.source.quote}:${index}`}
            draft={draft}
            index={index}
            item={item}
            at={at}
          />
        ))}
      </ol>
      <ProblemNote id={`${id}-problem`} problems={at('changes')} />
      <button type="button" onClick={add}>
        {t('addChange')}
      </button>
    </section>
  );
}
