// Keyboard shortcuts past the header and the panels. They move focus without touching the URL hash, which the store owns.
import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import { focusMap, MAP_ELEMENT_ID } from '../map/mapInstance';
import { ARTICLE_ID } from '../panels/ArticlePanel';
import { FEATURE_LIST_ID } from '../panels/FeatureList';
import { useSheetStore } from './sheetState';

function focusWhenShown(id: string, attempts = 10) {
  const target = document.getElementById(id);
  if (target && target.getClientRects().length > 0) {
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  } else if (attempts > 0) requestAnimationFrame(() => focusWhenShown(id, attempts - 1));
}

function skipTo(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    useSheetStore.getState().setOpen(true);
    focusWhenShown(id);
  };
}

/** On a phone the panels' sheet closes, so the map it covered is in view. */
function skipToMap(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  useSheetStore.getState().setOpen(false);
  focusMap();
}

export function SkipLinks() {
  const t = useT();
  return (
    <div className="skip-links">
      <a href={`#${FEATURE_LIST_ID}`} onClick={skipTo(FEATURE_LIST_ID)}>
        {t('skipToFeatures')}
      </a>
      <a href={`#${ARTICLE_ID}`} onClick={skipTo(ARTICLE_ID)}>
        {t('skipToArticle')}
      </a>
      <a href={`#${MAP_ELEMENT_ID}`} onClick={skipToMap}>
        {t('skipToMap')}
      </a>
    </div>
  );
}
