// The shell: header, the map between its panels (or above a bottom sheet on narrow screens), page-wide keys.
import { startTransition, useEffect, useState } from 'react';
import { MapView } from '../map/MapView';
import { Announcer } from '../panels/Announcer';
import { Header } from './Header';
import { BottomSheet, LeftColumn, RightColumn } from './Panels';
import { SkipLinks } from './SkipLinks';
import { useAtlasLoader } from './useAtlasLoader';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useEscapeClears } from './useEscapeClears';
import { useMediaQuery } from './useMediaQuery';

/** Keep in step with the `max-width: 640px` rules in styles.css. */
export const NARROW_QUERY = '(max-width: 640px)';

/**
 * False on the first render. The first commit holds only the shell and the map's container, so the map
 * starts (its style, tiles and worker) before the panels render; they follow in a transition that
 * yields to the map's own work. The panels' frames are there from the start, so the map never resizes.
 */
function usePanelsAfterMap(): boolean {
  const [shown, setShown] = useState(false);
  // Children's effects run first: by now MapView has created the map.
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown;
}

export function App() {
  const retry = useAtlasLoader();
  useEscapeClears();
  useDocumentLanguage();
  const narrow = useMediaQuery(NARROW_QUERY);
  const panelsShown = usePanelsAfterMap();
  // Keyed siblings, so the map keeps its instance when the layout switches between columns and sheet.
  const map = <MapView key="map" />;
  return (
    <div className="app" data-layout={narrow ? 'sheet' : 'columns'}>
      <SkipLinks />
      <Header />
      <main className="app-main">
        {narrow
          ? [map, <BottomSheet key="sheet" onRetry={retry} contentShown={panelsShown} />]
          : [
              <LeftColumn key="left" onRetry={retry} contentShown={panelsShown} />,
              map,
              <RightColumn key="right" contentShown={panelsShown} />,
            ]}
      </main>
      <Announcer />
    </div>
  );
}
