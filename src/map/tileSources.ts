// Pure: where the map's vector tile archives are and how a style names them (`pmtiles://<absolute URL>`).
export const BASEMAP_ARCHIVE = 'tiles/basemap.pmtiles';
/** The one vector source of the basemap; each basemap layer reads its own source layer in it. */
export const BASEMAP_SOURCE = 'basemap';
export const TILE_SCHEME = 'pmtiles';
/** The one vector source of the overlays; each overlay layer reads the source layer named after it. */
export const OVERLAY_SOURCE = 'overlays';
/** The overlays' archive sits beside atlas.json, so another data folder (`?data=`) brings its own. */
export const OVERLAY_ARCHIVE_FILE = 'overlays.pmtiles';
export const overlayArchivePath = (folder: string) => `${folder}/${OVERLAY_ARCHIVE_FILE}`;

export function archiveSourceUrl(path: string, baseUrl: string): string {
  return `${TILE_SCHEME}://${new URL(path, baseUrl).href}`;
}

/** The archive's own URL in a protocol request: the TileJSON URL, or a tile URL ending in /z/x/y. */
export function archiveUrlOf(requestUrl: string): string | null {
  const match = /^pmtiles:\/\/(.+?)(?:\/\d+\/\d+\/\d+)?$/.exec(requestUrl);
  return match?.[1] ?? null;
}
