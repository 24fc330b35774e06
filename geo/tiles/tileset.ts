// Cuts named GeoJSON layers into Mapbox/MapLibre vector tiles (geojson-vt, vt-pbf) and packs them into
// one PMTiles archive. Deterministic: the same layers and options give the same bytes.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { Compression, TileType, writeArchive, type Tile } from './pmtiles-writer';

/** Units across a tile (the vector tile default); 8 units to a pixel of MapLibre's 512 px tiles. */
export const TILE_EXTENT = 4096;
export const UNITS_PER_PIXEL = TILE_EXTENT / 512;

export type Bounds = { west: number; south: number; east: number; north: number };

export type TileLayer = { name: string; features: FeatureCollection };

export type TilesetOptions = {
  name: string;
  description: string;
  attribution?: string;
  layers: readonly TileLayer[];
  minZoom: number;
  /** Deepest zoom cut; MapLibre draws deeper zooms from these tiles (overzoom). No simplification here. */
  maxZoom: number;
  /** Douglas-Peucker tolerance below maxZoom, in tile units. */
  tolerance: number;
  /** Geometry kept beyond each tile edge, in tile units, so wide lines are not cut at the edge. */
  buffer: number;
  bounds: Bounds;
};

export type Tileset = {
  tiles: Tile[];
  /** For each layer, for each zoom, the values of `idProperty` that appear in at least one tile. */
  presence: Map<string, Map<number, Set<string>>>;
};

/** Tile column of a longitude at zoom z. */
function tileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}

/** Tile row of a latitude at zoom z (web mercator, rows grow southwards). */
function tileY(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(y * 2 ** z)));
}

/** Properties only: a top-level GeoJSON id would be parsed as an integer by vt-pbf. */
function withoutIds(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: f.properties,
    })),
  };
}

function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

/** The columns and rows of the tiles at zoom z that cover the bounds. */
export function tileRange(bounds: Bounds, z: number) {
  return {
    minX: tileX(bounds.west, z),
    maxX: tileX(bounds.east, z),
    minY: tileY(bounds.north, z),
    maxY: tileY(bounds.south, z),
  };
}

export function cutTiles(options: TilesetOptions, idProperty = 'id'): Tileset {
  const indexes = options.layers.map((layer) => ({
    name: layer.name,
    index: new GeoJSONVT(withoutIds(layer.features), {
      maxZoom: options.maxZoom,
      indexMaxZoom: 0,
      tolerance: options.tolerance,
      extent: TILE_EXTENT,
      buffer: options.buffer,
      wrap: false,
    }),
  }));
  const presence = new Map(options.layers.map((l) => [l.name, new Map<number, Set<string>>()]));
  const tiles: Tile[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    for (const { name } of indexes) presence.get(name)!.set(z, new Set());
    const { minX, maxX, minY, maxY } = tileRange(options.bounds, z);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const { name, index } of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile === null || tile.features.length === 0) continue;
          layers[name] = tile;
          const seen = presence.get(name)!.get(z)!;
          for (const feature of tile.features) {
            const id = feature.tags?.[idProperty];
            if (typeof id === 'string') seen.add(id);
          }
        }
        if (Object.keys(layers).length === 0) continue;
        tiles.push({ z, x, y, data: gzip(fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT })) });
      }
    }
  }
  return { tiles, presence };
}

type FieldType = 'String' | 'Number' | 'Boolean';

/** TileJSON `vector_layers`: each layer's properties and their types, in sorted order. */
function vectorLayers(options: TilesetOptions) {
  return options.layers.map((layer) => {
    const fields = new Map<string, FieldType>();
    for (const feature of layer.features.features) {
      for (const [key, value] of Object.entries(feature.properties ?? {})) {
        if (value === null || value === undefined) continue;
        const type: FieldType =
          typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
        fields.set(key, type);
      }
    }
    const sorted = [...fields.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      id: layer.name,
      fields: Object.fromEntries(sorted),
      minzoom: options.minZoom,
      maxzoom: options.maxZoom,
    };
  });
}

export function packTileset(options: TilesetOptions, tiles: readonly Tile[]): Uint8Array {
  const { west, south, east, north } = options.bounds;
  return writeArchive(tiles, {
    tileType: TileType.Mvt,
    tileCompression: Compression.Gzip,
    bounds: options.bounds,
    center: { lon: (west + east) / 2, lat: (south + north) / 2, zoom: options.minZoom },
    metadata: {
      name: options.name,
      description: options.description,
      ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
      type: 'overlay',
      vector_layers: vectorLayers(options),
    },
  });
}
