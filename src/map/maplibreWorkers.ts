// MapLibre's web workers and the tile protocol, set up once before the first map: shared by the app and the
// benchmark's bare page, so both draw with the same workers and read the same archives.
import { setWorkerCount, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { registerTileProtocol } from './tileArchives';

/**
 * MapLibre's default is half the cores: one worker on a 2-core machine, which then parses and tiles every
 * GeoJSON source (basemap and overlays) in turn while the main thread waits. Two let a large overlay
 * source and the basemap's sources be cut at the same time (bench/scale.ts at 100k features).
 */
export const MAPLIBRE_WORKER_COUNT = 2;

export function setUpMaplibreWorkers(): void {
  setWorkerUrl(workerUrl);
  setWorkerCount(MAPLIBRE_WORKER_COUNT);
  registerTileProtocol();
}
