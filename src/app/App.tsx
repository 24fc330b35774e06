// The shell: header, the map between its panels (or above a bottom sheet on narrow screens), page-wide keys.
import { startTransition, useEffect, useState } from 'react';
import { MapView } from '../map/MapView';
import { Announcer } from '../panels/Announcer';
import { useAtlasStore } from '../state/store';
import { Header } from './Header';
import { whenMapSettled } from './mapSettled';
import { BottomSheet, LeftColumn, RightColumn } from './Panels';
import { SkipLinks } from './SkipLinks';
import { EditorSlot } from './EditorSlot';
import { lazyPart } from './lazyPart';
import { useAtlasLoader } from './useAtlasLoader';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useEscapeClears } from './useEscapeClears';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery';

// An embed's map-only layout (`embed=1`): legend, details and the way out, over the map; loaded when linked.
const EmbedOverlay = lazyPart(() => import('./EmbedOverlay'));

/**
 * False until the map has been drawn (or has failed, or stalled: see `whenMapSettled`). The first commits
 * hold only the shell and the map's container, so the map's first draw shares the main thread with no
 * panel rendering; the panels have nothing to show before then anyway, since the atlas is loaded once the
 * map is drawn. Their frames are there from the start, so the map never resizes.
 */
function usePanelsAfterMap(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let mounted = true;
    void whenMapSettled().then(() => {
      if (mounted) startTransition(() => setShown(true));
    });
    return () => {
      mounted = false;
    };
  }, []);
  return shown;
}

export function App() {
  const retry = useAtlasLoader();
  useEscapeClears();
  useDocumentLanguage();
  const narrow = useMediaQuery(NARROW_QUERY);
  const panelsShown = usePanelsAfterMap();
  const embedded = useAtlasStore((state) => state.embedded);
  // Keyed siblings, so the map keeps its instance when the layout switches between columns and sheet.
  const map = <MapView key="map" />;
  return (
    <div className="app" data-layout={embedded ? 'embed' : narrow ? 'sheet' : 'columns'}>
      {!embedded && <SkipLinks />}
      {!embedded && <Header />}
      <main className="app-main">
        {embedded
          ? [map, <EmbedOverlay key="embed" contentShown={panelsShown} />]
          : narrow
            ? [map, <BottomSheet key="sheet" onRetry={retry} contentShown={panelsShown} />]
            : [
                <LeftColumn key="left" onRetry={retry} contentShown={panelsShown} />,
                map,
                <RightColumn key="right" contentShown={panelsShown} />,
              ]}
        {panelsShown && !embedded && <EditorSlot />}
      </main>
      <Announcer />
    </div>
  );
}
