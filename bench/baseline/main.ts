// The benchmark's baseline: the app's exact style and images on a bare MapLibre map, without React,
// the store or the panels. Whatever the app costs beyond this page is the app's own overhead.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap } from 'maplibre-gl';
import { dataFolderFrom } from '../../src/data/dataLocation';
import { LAYER_IDS, type LayerId } from '../../src/data/layerIds';
import { buildAtlasStyle } from '../../src/map/atlasStyle';
import { INITIAL_BOUNDS, MAP_LIMITS } from '../../src/map/initialView';
import { setUpMaplibreWorkers } from '../../src/map/maplibreWorkers';
import { drawFirstViewWhole } from '../../src/map/firstViewWhole';
import { drawRepeatFramesOnce } from '../../src/map/repeatFrames';
import { provideStyleImages } from '../../src/map/styleImages';
import { ALL_DATES } from '../../src/data/dateRange';

setUpMaplibreWorkers();

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');

// The bench sizes the map like the app's map area (between its side panels), so both draw the same pixels.
const sizeFromQuery = (name: string) => {
  const value = Number(params.get(name));
  return Number.isFinite(value) && value > 0 ? `${value}px` : '';
};
container.style.width = sizeFromQuery('width') || container.style.width;
container.style.height = sizeFromQuery('height') || container.style.height;

const allLayersVisible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;

// Same options as AtlasMap, minus the controls: a first visit (no view in the link), English, every layer.
const map = new MaplibreMap({
  container,
  style: buildAtlasStyle({
    baseUrl: document.baseURI,
    language: 'en',
    visibleLayers: allLayersVisible,
    minSeverity: 1,
    dateRange: ALL_DATES,
    dataFolder: dataFolderFrom(window.location.search),
  }),
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: 16 },
  ...MAP_LIMITS,
  // As the app does (src/map/AtlasMap.ts): the same map options, so the comparison stays like for like.
  validateStyle: false,
});
map.touchZoomRotate.disableRotation();
// MapLibre's repeated frames are drawn once here too, and its first view in one frame: the map's own
// tuning, not the app's overhead.
drawRepeatFramesOnce(map);
drawFirstViewWhole(map);
provideStyleImages(map);
map.once('idle', () => performance.mark('map:idle'));
Object.assign(window, { riskAtlas: { map } });
