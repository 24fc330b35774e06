// Pure: where the map's vector tile archives are, what geo:build cuts into them, and how a style names them
// (`pmtiles://<absolute URL>`). No imports: geo:build, the bench and the browser tests read it in Node.
export const BASEMAP_ARCHIVE = 'tiles/basemap.pmtiles';
/** The one vector source of the basemap; each basemap layer reads its own source layer in it. */
export const BASEMAP_SOURCE = 'basemap';
export const TILE_SCHEME = 'pmtiles';
/** The one vector source of the overlays; each overlay layer reads the source layer named after it. */
export const OVERLAY_SOURCE = 'overlays';
/** The overlays' archive sits beside the data's index.json, so another data folder (`?data=`) brings its own. */
export const OVERLAY_ARCHIVE_FILE = 'overlays.pmtiles';
export const overlayArchivePath = (folder: string) => `${folder}/${OVERLAY_ARCHIVE_FILE}`;
/**
 * The source layer beside each overlay layer's own that holds its collapsed points: where a low zoom has
 * too many of the layer's features in a few pixels, or some too small to draw, one point counts them.
 */
export const collapsedLayerName = (layer: string) => `${layer}-collapsed`;

/**
 * What geo:build writes into an archive's metadata under TILE_FORMAT_KEY, and what the app reads. Raised
 * whenever the tiles change in a way the style depends on (source layers, their properties), so an archive
 * cut by an older build is named as such instead of drawing nothing, or the wrong thing, without a word.
 */
export const TILE_FORMAT = 1;
export const TILE_FORMAT_KEY = 'risk_atlas_tile_format';

export function archiveSourceUrl(path: string, baseUrl: string): string {
  return `${TILE_SCHEME}://${new URL(path, baseUrl).href}`;
}

/** The archive's own URL in a protocol request: the TileJSON URL, or a tile URL ending in /z/x/y. */
export function archiveUrlOf(requestUrl: string): string | null {
  const match = /^pmtiles:\/\/(.+?)(?:\/\d+\/\d+\/\d+)?$/.exec(requestUrl);
  return match?.[1] ?? null;
}

/** The basemap's GeoJSON files, each cut by geo:build into the source layer of the same name. */
export const BASEMAP_FILES = {
  countries: 'basemap/countries.geojson',
  borders: 'basemap/borders.geojson',
  provinces: 'basemap/provinces.geojson',
  provinceLabels: 'basemap/province-labels.geojson',
  countryLabels: 'basemap/country-labels.geojson',
  disputed: 'basemap/disputed.geojson',
  lakes: 'basemap/lakes.geojson',
  rivers: 'basemap/rivers.geojson',
  labels: 'basemap/labels.geojson',
} as const;

/**
 * How geo:build cuts the overlays into tiles, in pixels of MapLibre's 512 px tiles. The default buffer (128
 * px) copies every feature near a tile edge into up to four tiles, so with many features each frame draws
 * about twice the geometry on screen; 32 px still covers the widest overlay line (a selected casing, 11 px
 * plus blur) and circles and icons are not clipped at tile edges anyway. A 1 px simplification instead of
 * 0.375 px cannot be seen. (Measured with bench/scale.ts when MapLibre cut GeoJSON sources with these
 * options: time to first idle at 100k features about a quarter lower.)
 */
export const OVERLAY_TILING = { buffer: 32, tolerance: 1 } as const;
