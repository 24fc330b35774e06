// The shell: header, the map between its panels (or above a bottom sheet on narrow screens), page-wide keys.
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

export function App() {
  const retry = useAtlasLoader();
  useEscapeClears();
  useDocumentLanguage();
  const narrow = useMediaQuery(NARROW_QUERY);
  // Keyed siblings, so the map keeps its instance when the layout switches between columns and sheet.
  const map = <MapView key="map" />;
  return (
    <div className="app" data-layout={narrow ? 'sheet' : 'columns'}>
      <SkipLinks />
      <Header />
      <main className="app-main">
        {narrow
          ? [map, <BottomSheet key="sheet" onRetry={retry} />]
          : [<LeftColumn key="left" onRetry={retry} />, map, <RightColumn key="right" />]}
      </main>
      <Announcer />
    </div>
  );
}
