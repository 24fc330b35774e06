// The panels around the map: two columns on wide screens, one bottom sheet on narrow ones.
import { useEffect, useId } from 'react';
import { getAtlasIndex, selectableName } from '../data/atlasIndex';
import { useLanguage, useT } from '../i18n/useT';
import { ArticlePanel } from '../panels/ArticlePanel';
import { ContextPanel } from '../panels/ContextPanel';
import { DataNotice } from '../panels/DataNotice';
import { FeatureList } from '../panels/FeatureList';
import { LayerPanel } from '../panels/LayerPanel';
import { useAtlas } from '../panels/useAtlas';
import { useAtlasStore } from '../state/store';
import { useSheetStore } from './sheetState';

type ColumnProps = {
  /** False while the map starts: the frame holds the layout, the content comes a moment later. */
  contentShown: boolean;
};

export function LeftColumn({ onRetry, contentShown }: ColumnProps & { onRetry: () => void }) {
  const t = useT();
  return (
    <div className="side-panel side-panel-left" role="group" aria-label={t('leftPanelLabel')}>
      {contentShown && (
        <>
          <DataNotice onRetry={onRetry} show="error" />
          <LayerPanel />
          <DataNotice onRetry={onRetry} show="loading" />
          <FeatureList />
        </>
      )}
    </div>
  );
}

export function RightColumn({ contentShown }: ColumnProps) {
  return (
    <div className="side-panel side-panel-right">
      <div className="context-scroll">{contentShown && <ContextPanel />}</div>
      <div className="article-scroll">{contentShown && <ArticlePanel />}</div>
    </div>
  );
}

/** The name of what is selected, shown on the sheet's handle while the sheet is closed. */
function useSelectedName(): string | null {
  const atlas = useAtlas();
  const language = useLanguage();
  const selectedId = useAtlasStore((state) => state.selectedId);
  if (!atlas || selectedId === null) return null;
  const selected = getAtlasIndex(atlas).selectablesById.get(selectedId);
  return selected ? selectableName(selected)[language] : null;
}

/** Opens the sheet when something on the map asks for the user's attention (a selection or "What's here"). */
function useOpenOnSelection(): void {
  useEffect(
    () =>
      useAtlasStore.subscribe((state, previous) => {
        const asked =
          (state.selectedId !== null && state.selectedId !== previous.selectedId) ||
          (state.whatsHereAt !== null && state.whatsHereAt !== previous.whatsHereAt);
        if (asked) useSheetStore.getState().setOpen(true);
      }),
    [],
  );
}

export function BottomSheet({ onRetry, contentShown }: ColumnProps & { onRetry: () => void }) {
  const t = useT();
  const contentId = useId();
  const open = useSheetStore((state) => state.open);
  const setOpen = useSheetStore((state) => state.setOpen);
  const selectedName = useSelectedName();
  useOpenOnSelection();
  return (
    <section className="sheet" data-open={open} aria-label={t('sheetLabel')}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => setOpen(!open)}
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span className="sheet-handle-label">{open ? t('sheetHide') : t('sheetShow')}</span>
        {!open && selectedName !== null && <span className="sheet-handle-selection">{selectedName}</span>}
      </button>
      {contentShown && <DataNotice onRetry={onRetry} show="error" />}
      <div id={contentId} className="sheet-content" hidden={!open}>
        {contentShown && (
          <>
            {/* Inside the sheet: over a closed sheet it covered the scale bar and said nothing the map did not. */}
            <DataNotice onRetry={onRetry} show="loading" />
            <ContextPanel />
            <LayerPanel />
            <FeatureList />
            <ArticlePanel />
          </>
        )}
      </div>
    </section>
  );
}
