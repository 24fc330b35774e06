// @vitest-environment node
// The official reader (npm `pmtiles`) is the oracle: every tile written must read back unchanged.
import { gzipSync } from 'node:zlib';
import { PMTiles, zxyToTileId, type RangeResponse } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../memorySource';
import { seededRandom } from '../../../bench/lib/prng';
import {
  Compression,
  ROOT_DIRECTORY_LIMIT,
  TileType,
  tileId,
  writeArchive,
  type ArchiveOptions,
  type Tile,
} from '../../../geo/tiles/pmtiles-writer';

const OPTIONS: ArchiveOptions = {
  tileType: TileType.Unknown,
  tileCompression: Compression.None,
  bounds: { west: 34, south: 22, east: 62, north: 50 },
  center: { lon: 48, lat: 41, zoom: 4 },
  metadata: { name: 'test', vector_layers: [] },
};

const text = (s: string) => new TextEncoder().encode(s);
const textOf = (r: RangeResponse | undefined) =>
  r === undefined ? undefined : new TextDecoder().decode(r.data);

/** Every tile of zooms 0..maxZoom, each with its own content. */
function pyramid(maxZoom: number): Tile[] {
  const tiles: Tile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: text(`tile ${z}/${x}/${y}`) });
    }
  }
  return tiles;
}

/** A deterministic scatter of distinct tiles at one zoom: ids far apart, lengths that vary. */
function scatter(z: number, count: number): Tile[] {
  const tiles: Tile[] = [];
  const seen = new Set<string>();
  const random = seededRandom(12345);
  while (tiles.length < count) {
    const x = random.integer(0, 2 ** z - 1);
    const y = random.integer(0, 2 ** z - 1);
    const key = `${x}/${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tiles.push({ z, x, y, data: text(`${z}/${key}/${'#'.repeat(random.integer(0, 300))}`) });
  }
  return tiles;
}

async function expectEveryTileReadsBack(archive: Uint8Array, tiles: readonly Tile[]): Promise<PMTiles> {
  const reader = new PMTiles(new MemorySource(archive));
  expect(tiles.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const tile of tiles) {
    const read = await reader.getZxy(tile.z, tile.x, tile.y);
    const same = read !== undefined && Buffer.compare(new Uint8Array(read.data), tile.data) === 0;
    if (!same) wrong.push(`${tile.z}/${tile.x}/${tile.y}`);
  }
  expect(wrong).toEqual([]);
  return reader;
}

describe('tile ids', () => {
  it('follow the table of the specification', () => {
    expect(tileId(0, 0, 0)).toBe(0);
    expect([tileId(1, 0, 0), tileId(1, 0, 1), tileId(1, 1, 1), tileId(1, 1, 0)]).toEqual([1, 2, 3, 4]);
    expect(tileId(2, 0, 0)).toBe(5);
    expect(tileId(12, 3423, 1763)).toBe(19078479);
  });

  it('agree with the official reader for every tile up to zoom 7 and for deep tiles', () => {
    for (const { z, x, y } of pyramid(7)) expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
    for (const { z, x, y } of scatter(18, 500)) expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
  });

  it('refuse tiles outside their zoom', () => {
    expect(() => tileId(2, 4, 0)).toThrow(/outside/);
    expect(() => tileId(-1, 0, 0)).toThrow(/out of range/);
  });
});

describe('a PMTiles archive written here', () => {
  it('reads back tile by tile with the official reader, with its header and metadata', async () => {
    const tiles = pyramid(4);
    const reader = await expectEveryTileReadsBack(writeArchive(tiles, OPTIONS), tiles);
    const header = await reader.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 4,
      minLon: 34,
      minLat: 22,
      maxLon: 62,
      maxLat: 50,
      centerLon: 48,
      centerLat: 41,
      centerZoom: 4,
      clustered: true,
      numAddressedTiles: tiles.length,
      numTileContents: tiles.length,
      leafDirectoryLength: 0,
    });
    expect(await reader.getMetadata()).toEqual(OPTIONS.metadata);
  });

  it('answers nothing for a tile it does not hold', async () => {
    const reader = new PMTiles(new MemorySource(writeArchive(pyramid(2), OPTIONS)));
    expect(await reader.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('stores equal tiles once and runs of equal tiles as one entry', async () => {
    const sea = text('open sea');
    const tiles = pyramid(5).map((t) => (t.z === 5 && t.x < 16 ? { ...t, data: sea } : t));
    const reader = await expectEveryTileReadsBack(writeArchive(tiles, OPTIONS), tiles);
    const header = await reader.getHeader();
    expect(header.numAddressedTiles).toBe(tiles.length);
    expect(header.numTileContents).toBe(tiles.length - 16 * 32 + 1);
    expect(header.numTileEntries).toBeLessThan(header.numAddressedTiles);
  });

  it('splits a directory too large for the first 16 KiB into leaf directories', async () => {
    const tiles = [...pyramid(3), ...scatter(9, 20_000)];
    const archive = writeArchive(tiles, OPTIONS);
    const reader = await expectEveryTileReadsBack(archive, tiles);
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(ROOT_DIRECTORY_LIMIT);
  });

  it('grows its leaves until the root fits a smaller limit', async () => {
    const tiles = scatter(9, 20_000);
    const archive = writeArchive(tiles, { ...OPTIONS, rootDirectoryLimit: 40 });
    const reader = await expectEveryTileReadsBack(archive, tiles);
    expect((await reader.getHeader()).rootDirectoryLength).toBeLessThanOrEqual(40);
  });

  it('hands gzipped tiles back decompressed, as MapLibre gets them', async () => {
    const tiles = pyramid(2).map((t) => ({ ...t, data: new Uint8Array(gzipSync(t.data)) }));
    const archive = writeArchive(tiles, { ...OPTIONS, tileCompression: Compression.Gzip });
    const reader = new PMTiles(new MemorySource(archive));
    expect(textOf(await reader.getZxy(2, 3, 1))).toBe('tile 2/3/1');
    expect((await reader.getHeader()).tileCompression).toBe(Compression.Gzip);
  });

  it('is byte-identical for the same input, whatever order the tiles come in', () => {
    const tiles = [...pyramid(3), ...scatter(9, 2000)];
    const first = writeArchive(tiles, OPTIONS);
    expect(Buffer.compare(writeArchive(tiles, OPTIONS), first)).toBe(0);
    expect(Buffer.compare(writeArchive([...tiles].reverse(), OPTIONS), first)).toBe(0);
  });

  it('refuses a tile given twice, an empty tile and an empty archive', () => {
    const tile = { z: 0, x: 0, y: 0, data: text('a') };
    expect(() => writeArchive([tile, { ...tile }], OPTIONS)).toThrow(/given twice/);
    expect(() => writeArchive([{ ...tile, data: new Uint8Array(0) }], OPTIONS)).toThrow(/empty/);
    expect(() => writeArchive([], OPTIONS)).toThrow(/at least one/);
  });
});
