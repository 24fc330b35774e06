// The map's section: the map itself (started before React, see mapMount.ts) and what is drawn over it.
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { Notices } from '../notices/Notices';
import { MapToolbar } from '../share/MapToolbar';
import { TimelineSlot } from '../time/TimelineSlot';
import { MAP_KEYS_HINT_ID } from './interaction';
import { placeMap } from './mapMount';
import { MapStatusMessage } from './MapStatusMessage';

export function MapView() {
  const hostRef = useRef<HTMLDivElement>(null);
  const t = useT();

  // Before the first paint, so the page never shows a frame without its map.
  useLayoutEffect(() => {
    if (hostRef.current) placeMap(hostRef.current);
  }, []);

  return (
    <section className="map-area" aria-label={t('mapRegionLabel')}>
      <div ref={hostRef} className="map-host" />
      {/* Read with the focused map (its aria-describedby), and shown while the keyboard is on it. */}
      <p id={MAP_KEYS_HINT_ID} className="map-keys-hint">
        {t('mapKeysHint')}
      </p>
      <MapStatusMessage />
      <MapToolbar />
      <TimelineSlot />
      <Notices />
    </section>
  );
}
