// The map's vector tiles come from PMTiles archives (built by geo:build) through MapLibre's custom
// protocol `pmtiles://`, each archive read through a RangeOrWholeSource.
import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { RangeOrWholeSource } from './archiveSource';
import { decompressArchiveBytes } from './tileDecompress';
import { checkTileFormat } from './tileFormat';
import { archiveUrlOf, TILE_SCHEME } from './tileSources';

const protocol = new Protocol({ metadata: false });

/** Each open archive's format check, made once, before MapLibre learns of its tiles. */
const formatChecks = new Map<string, Promise<void>>();

/** Opens (or, after a failure, reopens) an archive: a fresh reader forgets any failed read it cached. */
export function openArchive(url: string): void {
  const archive = new PMTiles(new RangeOrWholeSource(url), undefined, decompressArchiveBytes);
  protocol.add(archive);
  const check = checkTileFormat(archive);
  // Awaited by the source's TileJSON request; a retry that only reloads tiles must not leave it unhandled.
  check.catch(() => {});
  formatChecks.set(url, check);
}

let registered = false;

/** Once per page, before the first map: `pmtiles://` URLs in the style are read through our source. */
export function registerTileProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(TILE_SCHEME, async (params, abortController) => {
    const url = archiveUrlOf(params.url);
    if (url !== null && !protocol.get(url)) openArchive(url);
    // The source's TileJSON waits for the check, so a misread archive never reaches the map; the check
    // reads the metadata beside the header the TileJSON is made from, at the same time.
    const check = params.type === 'json' && url !== null ? formatChecks.get(url) : undefined;
    // TileJSON (an object) for the source's URL, the tile's bytes for a tile: what MapLibre asked for.
    const [{ data }] = await Promise.all([protocol.tilev4(params, abortController), check]);
    return { data } as Awaited<ReturnType<AddProtocolAction>>;
  });
}
