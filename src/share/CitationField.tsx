// "Cite this view": the citation in the interface language, shown on request, with a copy button.
import { useRef, useState } from 'react';
import { citeView } from '../export/citation';
import { viewArticles, viewTitle } from '../export/viewDescription';
import { visibleFeatures } from '../export/visibleFeatures';
import { useShareT } from '../i18n/shareStrings';
import { useAtlasStore, type AtlasState } from '../state/store';
import { copyText } from './copyText';
import type { Status } from './ShareDialog';

function citationOf(state: AtlasState, link: string): string {
  const atlas = state.data.kind === 'ready' ? state.data.atlas : null;
  return citeView({
    language: state.language,
    viewTitle: viewTitle(atlas, state),
    articles: atlas ? viewArticles(atlas, state.selectedId, visibleFeatures(atlas, state)) : [],
    link,
    accessed: new Date(),
  });
}

export function CitationField({ link, onStatus }: { link: string; onStatus: (status: Status) => void }) {
  const t = useShareT();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [citation, setCitation] = useState<string | null>(null);
  const copy = async () => {
    if (citation === null) return;
    const copied = await copyText(citation, fieldRef.current);
    onStatus({ key: copied ? 'citationCopied' : 'copyManually' });
  };
  return (
    <div className="share-section">
      <button
        type="button"
        aria-expanded={citation !== null}
        onClick={() => setCitation(citation === null ? citationOf(useAtlasStore.getState(), link) : null)}
      >
        {t('citeView')}
      </button>
      {citation !== null && (
        <>
          <label className="share-field">
            <span>{t('citationField')}</span>
            <textarea ref={fieldRef} readOnly rows={4} value={citation} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => void copy()}>
            {t('copyCitation')}
          </button>
        </>
      )}
    </div>
  );
}
