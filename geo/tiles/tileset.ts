// Cuts named GeoJSON layers into Mapbox/MapLibre vector tiles (geojson-vt, vt-pbf) and packs them into
// one PMTiles archive. Deterministic: the same layers and options give the same bytes.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { collapsedLayerName, planCollapse, type CollapsedProperties, type CollapseRule } from './collapse';
import { Compression, TileType, writeArchive, type Tile } from './pmtiles-writer';
import { TILE_FORMAT, TILE_FORMAT_KEY } from '../../src/map/tileSources';

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
  /** Count crowded and tiny features in collapsed points above the deepest zoom (overlays); off if unset. */
  collapse?: CollapseRule;
};

export type CollapsedAtZoom = {
  /** Each feature counted in a collapsed point, with the point's id. */
  memberOf: ReadonlyMap<string, string>;
  /** The collapsed points that appear in at least one tile. */
  shown: Set<string>;
};

export type Tileset = {
  tiles: Tile[];
  /** For each layer, for each zoom, the values of `idProperty` that appear in at least one tile. */
  presence: Map<string, Map<number, Set<string>>>;
  /** For each layer, for each zoom that collapses any of its features, which and into what. */
  collapsed: Map<string, Map<number, CollapsedAtZoom>>;
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

type VtTile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;

function vtIndex(features: FeatureCollection, options: TilesetOptions, maxZoom: number): GeoJSONVT {
  return new GeoJSONVT(withoutIds(features), {
    maxZoom,
    indexMaxZoom: 0,
    tolerance: options.tolerance,
    extent: TILE_EXTENT,
    buffer: options.buffer,
    wrap: false,
  });
}

function idsOf(tile: VtTile, idProperty: string): string[] {
  return tile.features.flatMap((feature) => {
    const id = feature.tags?.[idProperty];
    return typeof id === 'string' ? [id] : [];
  });
}

export function cutTiles(options: TilesetOptions, idProperty = 'id'): Tileset {
  const indexes = options.layers.map((layer) => ({
    layer,
    index: vtIndex(layer.features, options, options.maxZoom),
  }));
  const presence = new Map(options.layers.map((l) => [l.name, new Map<number, Set<string>>()]));
  const collapsed = new Map(options.layers.map((l) => [l.name, new Map<number, CollapsedAtZoom>()]));
  const tiles: Tile[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const { minX, maxX, minY, maxY } = tileRange(options.bounds, z);
    // The deepest zoom draws every feature; above it, crowded and tiny features are counted instead.
    const collapsing = options.collapse !== undefined && z < options.maxZoom;
    const plans = new Map(
      indexes.map(({ layer }) => [
        layer.name,
        collapsing ? planCollapse(layer.name, layer.features, z, options.collapse) : null,
      ]),
    );
    const drawn = new Map<string, Map<string, VtTile>>();
    for (const { layer, index } of indexes) {
      const seen = new Set<string>();
      presence.get(layer.name)!.set(z, seen);
      const counted = plans.get(layer.name)?.memberOf;
      const byTile = new Map<string, VtTile>();
      drawn.set(layer.name, byTile);
      for (let x = minX; x <= maxX; x++) {
        for (let y = minY; y <= maxY; y++) {
          const tile = index.getTile(z, x, y);
          if (tile === null) continue;
          const features: GeoJSONVTFeature[] = counted
            ? (tile.features as GeoJSONVTFeature[]).filter((f) => {
                const id = f.tags?.[idProperty];
                return !(typeof id === 'string' && counted.has(id));
              })
            : tile.features;
          if (features.length === 0) continue;
          const kept = { ...tile, features } as VtTile;
          byTile.set(`${x}/${y}`, kept);
          for (const id of idsOf(kept, idProperty)) seen.add(id);
        }
      }
      const plan = plans.get(layer.name);
      if (!plan) continue;
      // Cut into pieces each too small for the tiles it falls in, a feature is in no tile: count it.
      const lost = new Set(
        layer.features.features.flatMap((f) => {
          const id = f.properties?.[idProperty];
          return typeof id === 'string' && !seen.has(id) && !plan.memberOf.has(id) ? [id] : [];
        }),
      );
      if (lost.size > 0)
        plans.set(layer.name, planCollapse(layer.name, layer.features, z, options.collapse, lost));
    }
    const pointIndexes = [...plans].flatMap(([name, plan]) => {
      if (!plan || plan.points.length === 0) return [];
      const shown = new Set<string>();
      collapsed.get(name)!.set(z, { memberOf: plan.memberOf, shown });
      const points: FeatureCollection = { type: 'FeatureCollection', features: plan.points };
      return [{ name: collapsedLayerName(name), index: vtIndex(points, options, z), shown }];
    });
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const { layer } of indexes) {
          const tile = drawn.get(layer.name)!.get(`${x}/${y}`);
          if (tile) layers[layer.name] = tile;
        }
        for (const { name, index, shown } of pointIndexes) {
          const tile = index.getTile(z, x, y);
          if (tile === null || tile.features.length === 0) continue;
          layers[name] = tile;
          for (const id of idsOf(tile, idProperty)) shown.add(id);
        }
        if (Object.keys(layers).length === 0) continue;
        tiles.push({ z, x, y, data: gzip(fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT })) });
      }
    }
  }
  return { tiles, presence, collapsed };
}

type FieldType = 'String' | 'Number' | 'Boolean';

function fieldTypes(records: Iterable<Record<string, unknown> | null>): Record<string, FieldType> {
  const fields = new Map<string, FieldType>();
  for (const properties of records) {
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (value === null || value === undefined) continue;
      const type: FieldType =
        typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
      fields.set(key, type);
    }
  }
  return Object.fromEntries([...fields.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The fields every collapsed point may carry (severity only where the layer has severities). */
const COLLAPSED_FIELDS: Record<keyof CollapsedProperties, string | number> = {
  id: '',
  layer: '',
  count: 0,
  west: 0,
  south: 0,
  east: 0,
  north: 0,
  first_reported: '',
  last_reported: '',
  severity: 0,
};

/**
 * TileJSON `vector_layers`: each layer's properties and their types, in sorted order; then each layer's
 * collapsed points, listed only where some zoom has any (a tileset that collapses nothing keeps its bytes).
 */
function vectorLayers(options: TilesetOptions, collapsed: Tileset['collapsed']) {
  const own = options.layers.map((layer) => ({
    id: layer.name,
    fields: fieldTypes(layer.features.features.map((f) => f.properties)),
    minzoom: options.minZoom,
    maxzoom: options.maxZoom,
  }));
  const points = options.layers.flatMap((layer) => {
    const zooms = [...(collapsed.get(layer.name)?.keys() ?? [])];
    if (zooms.length === 0) return [];
    const hasSeverity = layer.features.features.some((f) => f.properties?.['severity'] !== undefined);
    const { severity, ...always } = COLLAPSED_FIELDS;
    return [
      {
        id: collapsedLayerName(layer.name),
        fields: fieldTypes([hasSeverity ? { ...always, severity } : always]),
        minzoom: Math.min(...zooms),
        maxzoom: Math.max(...zooms),
      },
    ];
  });
  return [...own, ...points];
}

export function packTileset(
  options: TilesetOptions,
  tiles: readonly Tile[],
  collapsed: Tileset['collapsed'] = new Map(),
): Uint8Array {
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
      [TILE_FORMAT_KEY]: TILE_FORMAT,
      vector_layers: vectorLayers(options, collapsed),
    },
  });
}
