// What the user is looking at right now: "What's here", or the selected feature's details.
import { useEffect, useRef } from 'react';
import { lazyPart } from '../app/lazyPart';
import { useAtlasStore } from '../state/store';
import { FeatureDetails } from './FeatureDetails';
import { isScrolledAway, rememberScrolls } from './scrollMemory';
import { useReturnFocus } from './useReturnFocus';
import { useWarmDetails } from './warmDetails';

/** Is any box the panel scrolls in (its column, or the sheet it shares with the article) away from its top? */
function inScrolledBox(panel: HTMLElement): boolean {
  for (let box = panel.parentElement; box; box = box.parentElement) if (isScrolledAway(box)) return true;
  return false;
}

// Rarely needed on a first visit: loads the first time it is asked for.
const WhatsHerePanel = lazyPart(() => import('./WhatsHerePanel'));

export function ContextPanel() {
  const container = useRef<HTMLDivElement>(null);
  const selectedId = useAtlasStore((state) => state.selectedId);
  const hasWhatsHere = useAtlasStore((state) => state.whatsHereAt !== null);
  const open = selectedId !== null || hasWhatsHere;
  const contentKey = `${selectedId ?? ''}|${hasWhatsHere}`;
  useReturnFocus(open, contentKey, container);
  useEffect(rememberScrolls, []);
  useWarmDetails();
  // New content starts at its top, also when the panel shares a scrolling sheet with the article. A box at its
  // top already shows that; scrolling into view would lay out the page inside the click that opened it.
  useEffect(() => {
    const panel = container.current;
    if (contentKey !== '|false' && panel && inScrolledBox(panel)) panel.scrollIntoView?.({ block: 'start' });
  }, [contentKey]);
  if (!open) return null;
  return (
    <div className="context-panel" ref={container} tabIndex={-1}>
      {hasWhatsHere && <WhatsHerePanel />}
      {selectedId !== null && <FeatureDetails key={selectedId} id={selectedId} />}
    </div>
  );
}
