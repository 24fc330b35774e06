// Under each passage of an article in review, where it stands with geo:check's coverage rule: mapped, left
// without a feature for a reason, or naming places or movements with neither, where the person maps it or
// says "Nothing to map" with a reason. Above the passages, how many still need one.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Article } from '../data/schema';
import type { AuthoredCorpus } from './corpusFiles';
import {
  markNothingToMap,
  unmarkNothingToMap,
  withdrawPublishedReason,
  type AllowList,
  type PassageCoverage,
} from './coverage';
import { coverageAtStake, openPassagesOfDrafts } from './draftCoverage';
import { change, useEditorStore } from './editorStore';
import { loadImporter, type Importer } from './importer';
import { useEditorText } from './useEditorText';

export function CoverageSummary({ open }: { open: number }) {
  const t = useEditorText();
  return (
    <p className="editor-coverage-summary" role="status" data-open={open}>
      {open > 0 ? t('coverageOpen', { count: open }) : t('coverageDone')}
    </p>
  );
}

/** The importer, once `needed`: the gazetteer is loaded only when the drafts can leave a passage unmapped. */
function useImporterWhen(needed: boolean): Importer | null {
  const [importer, setImporter] = useState<Importer | null>(null);
  useEffect(() => {
    if (!needed || importer) return;
    let alive = true;
    // A failed load (offline) leaves the count unshown; Download changes says what it can.
    loadImporter().then(
      (loaded) => {
        if (alive) setImporter(loaded);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [needed, importer]);
  return importer;
}

/** Over every article of the drafts: how many passages the corpus check would still report. */
export function DraftsCoverageSummary({ authored }: { authored: AuthoredCorpus }) {
  const t = useEditorText();
  const doc = useEditorStore((state) => state.history.present);
  const atStake = useMemo(() => coverageAtStake(authored, doc), [authored, doc]);
  const importer = useImporterWhen(atStake);
  const open = useMemo(
    () => (importer && atStake ? openPassagesOfDrafts(importer, authored, doc).length : null),
    [importer, atStake, authored, doc],
  );
  if (open === null) return null;
  return (
    <p className="editor-coverage-summary editor-drafts-coverage" role="status" data-open={open}>
      {open > 0 ? t('draftsCoverageOpen', { count: open }) : t('draftsCoverageDone')}
    </p>
  );
}

function ReasonForm({ article, passage, names }: { article: Article; passage: string; names: string }) {
  const t = useEditorText();
  const id = useId();
  const editing = useEditorStore((state) => state.access === 'editing');
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState(false);
  const record = () => {
    const outcome = markNothingToMap(useEditorStore.getState().history.present, article, passage, reason);
    setRefused(!outcome.ok);
    if (outcome.ok) change(() => outcome.doc);
  };
  return (
    <div className="editor-coverage" data-coverage="open">
      <p className="editor-problem">{t('namesUnmapped', { names })}</p>
      <label htmlFor={`${id}-reason`}>{t('reason')}</label>{' '}
      <input
        id={`${id}-reason`}
        type="text"
        value={reason}
        data-native-undo=""
        disabled={!editing}
        aria-invalid={refused ? true : undefined}
        aria-describedby={refused ? `${id}-problem` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setRefused(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') record();
        }}
      />{' '}
      <button type="button" disabled={!editing} onClick={record}>
        {t('nothingToMap')}
      </button>
      {refused ? (
        <span id={`${id}-problem`} className="editor-problem" role="alert">
          {' '}
          {t('reasonRequired')}
        </span>
      ) : null}
    </div>
  );
}

export function PassageCoverageNote({
  article,
  passage,
  coverage,
  published,
}: {
  article: Article;
  passage: string;
  coverage: PassageCoverage;
  /** The corpus's coverage-allow.json: a reason of its own can be taken back too. */
  published: AllowList;
}) {
  const t = useEditorText();
  const editing = useEditorStore((state) => state.access === 'editing');
  switch (coverage.state) {
    case 'names-nothing':
      return null;
    case 'cited':
      return (
        <p className="editor-coverage editor-muted" data-coverage="cited">
          {t('passageMapped')}
        </p>
      );
    case 'reason':
      return (
        <p className="editor-coverage" data-coverage="reason">
          {t('nothingToMapBecause', { reason: coverage.reason })}{' '}
          {!coverage.draft && <span className="editor-muted">({t('publishedReason')})</span>}{' '}
          <button
            type="button"
            disabled={!editing}
            onClick={() =>
              change((doc) =>
                coverage.draft
                  ? unmarkNothingToMap(doc, article.id, passage)
                  : withdrawPublishedReason(doc, published, article.id, passage),
              )
            }
          >
            {t('removeReason')}
          </button>
        </p>
      );
    case 'open':
      return <ReasonForm article={article} passage={passage} names={coverage.names.join(', ')} />;
  }
}
