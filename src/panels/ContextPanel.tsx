// What the user is looking at right now: "What's here", or the selected feature's details.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAtlasStore } from '../state/store';
import { FeatureDetails } from './FeatureDetails';
import { useReturnFocus } from './useReturnFocus';

// Rarely needed on a first visit: loads the first time it is asked for.
const WhatsHerePanel = lazy(() => import('./WhatsHerePanel'));

export function ContextPanel() {
  const container = useRef<HTMLDivElement>(null);
  const selectedId = useAtlasStore((state) => state.selectedId);
  const hasWhatsHere = useAtlasStore((state) => state.whatsHereAt !== null);
  const open = selectedId !== null || hasWhatsHere;
  const contentKey = `${selectedId ?? ''}|${hasWhatsHere}`;
  useReturnFocus(open, contentKey, container);
  // New content starts at its top, also when the panel shares a scrolling sheet with the article.
  useEffect(() => {
    if (contentKey !== '|false') container.current?.scrollIntoView?.({ block: 'start' });
  }, [contentKey]);
  if (!open) return null;
  return (
    <div className="context-panel" ref={container} tabIndex={-1}>
      {hasWhatsHere && (
        <Suspense fallback={null}>
          <WhatsHerePanel />
        </Suspense>
      )}
      {selectedId !== null && <FeatureDetails key={selectedId} id={selectedId} />}
    </div>
  );
}
