// The bench's light baseline: bare MapLibre drawing only Natural Earth 110m countries from one GeoJSON file,
// at the app's first view and limits. What a light map costs on this machine, to judge the app against.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { INITIAL_BOUNDS, MAP_LIMITS } from '../../src/map/initialView';
import { BASEMAP_COLOURS } from '../../src/map/theme';

// MapLibre's ES module build needs its worker's URL; the worker count stays MapLibre's default.
setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
const sizeFromQuery = (name: string) => {
  const value = Number(params.get(name));
  return Number.isFinite(value) && value > 0 ? `${value}px` : '';
};
container.style.width = sizeFromQuery('width') || container.style.width;
container.style.height = sizeFromQuery('height') || container.style.height;

const map = new MaplibreMap({
  container,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: new URL('countries-110m.geojson', document.baseURI).href },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.water } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP_COLOURS.land } },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLOURS.countryBorder, 'line-width': 1 },
      },
    ],
  },
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: 16 },
  ...MAP_LIMITS,
});
map.once('idle', () => performance.mark('map:idle'));
Object.assign(window, { riskAtlas: { map } });
