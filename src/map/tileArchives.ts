// The map's vector tiles come from PMTiles archives (built by geo:build) through MapLibre's custom
// protocol `pmtiles://`, each archive read through a RangeOrWholeSource.
import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { RangeOrWholeSource } from './archiveSource';
import { decompressArchiveBytes } from './tileDecompress';
import { archiveUrlOf, TILE_SCHEME } from './tileSources';

const protocol = new Protocol({ metadata: false });

/** Opens (or, after a failure, reopens) an archive: a fresh reader forgets any failed read it cached. */
export function openArchive(url: string): void {
  protocol.add(new PMTiles(new RangeOrWholeSource(url), undefined, decompressArchiveBytes));
}

let registered = false;

/** Once per page, before the first map: `pmtiles://` URLs in the style are read through our source. */
export function registerTileProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(TILE_SCHEME, async (params, abortController) => {
    const url = archiveUrlOf(params.url);
    if (url !== null && !protocol.get(url)) openArchive(url);
    // TileJSON (an object) for the source's URL, the tile's bytes for a tile: what MapLibre asked for.
    const { data } = await protocol.tilev4(params, abortController);
    return { data } as Awaited<ReturnType<AddProtocolAction>>;
  });
}
