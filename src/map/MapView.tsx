// Mounts the map once and tears it down on unmount; shows a plain message when it cannot draw.
import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { AtlasMap } from './AtlasMap';
import { Notices } from '../notices/Notices';
import { MapToolbar } from '../share/MapToolbar';
import { MapStatusMessage } from './MapStatusMessage';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const t = useT();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const { setMapStatus } = useAtlasStore.getState();
    // MapLibre throws when it gets no WebGL 2 context: that is the test, rather than a throwaway context
    // of our own first (one more context, and time, on the way to the map's first draw).
    let atlasMap: AtlasMap | undefined;
    try {
      atlasMap = new AtlasMap(container);
    } catch (error) {
      setMapStatus({ kind: 'no-webgl', detail: describe(error) });
    }
    return () => atlasMap?.destroy();
  }, []);

  return (
    <section className="map-area" aria-label={t('mapRegionLabel')}>
      <div ref={containerRef} className="map-canvas" data-testid="map" />
      <MapStatusMessage />
      <MapToolbar />
      <Notices />
    </section>
  );
}
