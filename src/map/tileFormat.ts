// Whether an archive's tiles are in the format this app's style reads (see TILE_FORMAT).
import type { PMTiles } from 'pmtiles';
import { archiveError } from './archiveProblem';
import { TILE_FORMAT, TILE_FORMAT_KEY } from './tileSources';

/** Fails for an archive cut by another build of the app, whose tiles the style would misread. */
export async function checkTileFormat(archive: Pick<PMTiles, 'getMetadata'>): Promise<void> {
  const metadata: unknown = await archive.getMetadata();
  const found =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>)[TILE_FORMAT_KEY]
      : undefined;
  if (found === TILE_FORMAT) return;
  const shown = typeof found === 'number' ? String(found) : 'none';
  throw archiveError(
    { code: 'otherBuild', found: shown, expected: TILE_FORMAT },
    `the archive was made by another version of the app (tile format ${shown}; this one reads ${TILE_FORMAT})`,
  );
}
