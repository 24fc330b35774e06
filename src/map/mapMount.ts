// Where the one map is started and placed. startPage.ts starts it in the page's static shell (index.html)
// before any of React's code has run, so the map's first draw waits for nothing of the app's; MapView
// then takes that same container into its section.
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useAtlasStore } from '../state/store';
import { AtlasMap, describeError } from './AtlasMap';

let mapContainer: HTMLElement | null = null;
let atlasMap: AtlasMap | null = null;

/** The started map, for the few tools in src/map/ that act on the whole of it (such as the picture export). */
export function mountedMap(): AtlasMap | null {
  return atlasMap;
}

/** Starts the map in `container`, at the view the store holds; once per page. */
export function startMap(container: HTMLElement): void {
  if (mapContainer) return;
  mapContainer = container;
  // MapLibre throws when it gets no WebGL 2 context: that is the test, rather than a throwaway context
  // of our own first (one more context, and time, on the way to the map's first draw).
  try {
    atlasMap = new AtlasMap(container);
  } catch (error) {
    useAtlasStore.getState().setMapStatus({ kind: 'no-webgl', detail: describeError(error) });
  }
}

/** Puts the map's container (the one `startMap` was given) into `host`. */
export function placeMap(host: HTMLElement): void {
  if (mapContainer && mapContainer.parentElement !== host) host.append(mapContainer);
}
