// A PMTiles v3 writer, written from the published specification (protomaps/PMTiles spec/v3/spec.md).
// npm has readers but no writer. Output is a pure function of the input: the same tiles, options and
// metadata give byte-identical archives (tiles are ordered by tile id, gzip carries no timestamp).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** The header plus the compressed root directory must fit in the first 16 KiB (spec, chapter 4). */
export const ROOT_DIRECTORY_LIMIT = 16_384 - HEADER_BYTES;

export const Compression = { None: 1, Gzip: 2 } as const;
export type Compression = (typeof Compression)[keyof typeof Compression];
export const TileType = { Unknown: 0, Mvt: 1 } as const;
export type TileType = (typeof TileType)[keyof typeof TileType];

export type Tile = { z: number; x: number; y: number; data: Uint8Array };

export type ArchiveOptions = {
  tileType: TileType;
  /** How the tile bytes given are already compressed; the writer stores them as they are. */
  tileCompression: Compression;
  bounds: { west: number; south: number; east: number; north: number };
  center: { lon: number; lat: number; zoom: number };
  /** The JSON metadata; for vector tiles it must carry `vector_layers`. Serialised in key order. */
  metadata: Record<string, unknown>;
  /** Only for tests: a smaller root directory limit, to force leaf directories with fewer tiles. */
  rootDirectoryLimit?: number;
};

type Entry = { tileId: number; offset: number; length: number; runLength: number };

/** Tiles at zoom z start after every tile of the lower zooms: (4^z - 1) / 3 of them. */
function firstIdAtZoom(z: number): number {
  return (4 ** z - 1) / 3;
}

/** Position of (x, y) along the Hilbert curve that fills a 2^z by 2^z grid. */
function hilbertIndex(z: number, x: number, y: number): number {
  const n = 2 ** z;
  let d = 0;
  let px = x;
  let py = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (px & s) > 0 ? 1 : 0;
    const ry = (py & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        px = n - 1 - px;
        py = n - 1 - py;
      }
      [px, py] = [py, px];
    }
  }
  return d;
}

export function tileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new RangeError(`zoom ${z} is out of range 0-26`);
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y} is outside zoom ${z}`);
  }
  return firstIdAtZoom(z) + hilbertIndex(z, x, y);
}

/** Little-endian base-128 varint (protobuf encoding); numbers beyond 2^31 are safe (no bitwise ops). */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function encodeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  let nextByte = 0;
  entries.forEach((e, i) => {
    pushVarint(out, i > 0 && e.offset === nextByte ? 0 : e.offset + 1);
    nextByte = e.offset + e.length;
  });
  return Uint8Array.from(out);
}

/** gzip with a zero timestamp (Node writes none), so equal input gives equal bytes. */
function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

type Directories = { root: Uint8Array; leaves: Uint8Array };

/**
 * One root directory when it fits; otherwise leaf directories of a fixed number of entries, grown until
 * the root that points at them fits. Leaves are ordered by their first tile id, as the spec asks.
 */
function buildDirectories(entries: readonly Entry[], limit: number): Directories {
  const root = gzip(encodeDirectory(entries));
  if (root.length <= limit) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize = Math.ceil(leafSize * 1.2)) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = gzip(encodeDirectory(chunk));
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = gzip(encodeDirectory(rootEntries));
    if (leafRoot.length <= limit) return { root: leafRoot, leaves: concat(leafParts) };
    if (rootEntries.length === 1) throw new Error('the root directory cannot be made small enough');
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function contentKey(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

type TileData = { entries: Entry[]; blobs: Uint8Array[]; addressed: number };

/**
 * Tiles in id order; equal contents are stored once (deduplication) and consecutive ids with the same
 * content share one entry (run length), which is what makes empty ocean or uniform land cheap.
 */
function layOutTiles(tiles: readonly Tile[]): TileData {
  const byId = tiles
    .map((tile) => ({ id: tileId(tile.z, tile.x, tile.y), tile }))
    .sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const offsetByContent = new Map<string, number>();
  let size = 0;
  byId.forEach(({ id, tile }, i) => {
    if (i > 0 && byId[i - 1]!.id === id) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
    if (tile.data.length === 0) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is empty`);
    const key = contentKey(tile.data);
    let offset = offsetByContent.get(key);
    if (offset === undefined) {
      offset = size;
      offsetByContent.set(key, offset);
      blobs.push(tile.data);
      size += tile.data.length;
    }
    const last = entries.at(-1);
    if (last !== undefined && last.offset === offset && last.tileId + last.runLength === id) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: id, offset, length: tile.data.length, runLength: 1 });
    }
  });
  return { entries, blobs, addressed: byId.length };
}

function writePosition(view: DataView, at: number, lon: number, lat: number): void {
  view.setInt32(at, Math.round(lon * 1e7), true);
  view.setInt32(at + 4, Math.round(lat * 1e7), true);
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setBigUint64(at, BigInt(value), true);
}

export function writeArchive(tiles: readonly Tile[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error('an archive needs at least one tile');
  const { entries, blobs, addressed } = layOutTiles(tiles);
  const { root, leaves } = buildDirectories(entries, options.rootDirectoryLimit ?? ROOT_DIRECTORY_LIMIT);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const tileData = concat(blobs);
  const zooms = tiles.map((t) => t.z);

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  setUint64(view, 8, rootOffset);
  setUint64(view, 16, root.length);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, metadata.length);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, leaves.length);
  setUint64(view, 56, tileDataOffset);
  setUint64(view, 64, tileData.length);
  setUint64(view, 72, addressed);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, blobs.length);
  view.setUint8(96, 1); // clustered: tile data is in tile id order
  view.setUint8(97, Compression.Gzip);
  view.setUint8(98, options.tileCompression);
  view.setUint8(99, options.tileType);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  writePosition(view, 102, options.bounds.west, options.bounds.south);
  writePosition(view, 110, options.bounds.east, options.bounds.north);
  view.setUint8(118, options.center.zoom);
  writePosition(view, 119, options.center.lon, options.center.lat);

  return concat([header, root, metadata, leaves, tileData]);
}
