// The two tilesets the map reads: the basemap (from public/basemap/) and the overlays (from the compiled
// atlas), their zoom ranges and generalisation, and the check that no overlay feature goes missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { DEFAULT_DATA_FOLDER } from '../../src/data/dataLocation';
import { LAYER_IDS } from '../../src/data/layerIds';
import type { CompiledAtlas } from '../../src/data/schema';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/map/initialView';
import { buildOverlaySources } from '../../src/map/overlaySources';
import {
  BASEMAP_ARCHIVE as BASEMAP_ARCHIVE_PATH,
  BASEMAP_FILES,
  OVERLAY_TILING,
  overlayArchivePath,
} from '../../src/map/tileSources';
import type { Problem } from '../validate';
import { COLLAPSE_RULE } from './collapse';
import {
  cutTiles,
  packTileset,
  UNITS_PER_PIXEL,
  type Bounds,
  type Tileset,
  type TilesetOptions,
} from './tileset';

export const BASEMAP_ARCHIVE = `public/${BASEMAP_ARCHIVE_PATH}`;
/** Beside the data's index.json: the map and the panels read one data folder. */
export const OVERLAY_ARCHIVE = `public/${overlayArchivePath(DEFAULT_DATA_FOLDER)}`;

/** The lowest tile zoom the map asks for: MapLibre's 512 px tiles at zoom 2.5 are zoom-2 tiles. */
export const TILE_MIN_ZOOM = Math.floor(MIN_ZOOM);

/**
 * The deepest zoom worth cutting. Beyond it MapLibre scales the deepest tiles up. A tile unit is an eighth
 * of a pixel at its own zoom, so tiles cut at MAX_ZOOM - 3 are still exact to a pixel at MAX_ZOOM; and
 * cutting deeper than the data's own coordinate step (a tile unit smaller than the step) adds nothing.
 */
export function deepestZoom(coordinateStepDegrees: number): number {
  const pixelExact = MAX_ZOOM - Math.log2(UNITS_PER_PIXEL);
  const dataExact = Math.ceil(Math.log2(360 / (TILE_EXTENT_FOR_ZOOM * coordinateStepDegrees)));
  return Math.max(TILE_MIN_ZOOM, Math.min(pixelExact, dataExact));
}
const TILE_EXTENT_FOR_ZOOM = UNITS_PER_PIXEL * 512;

/** The finest step in the coordinates: 10^-d for the most decimals any coordinate is written with. */
export function coordinateStep(collections: readonly FeatureCollection[]): number {
  let decimals = 0;
  const visit = (value: unknown): void => {
    if (typeof value === 'number') {
      const text = String(value);
      const dot = text.indexOf('.');
      if (dot >= 0 && !text.includes('e')) decimals = Math.max(decimals, text.length - dot - 1);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    }
  };
  for (const c of collections)
    for (const f of c.features) if (f.geometry) visit(geometryCoordinates(f.geometry));
  return 10 ** -decimals;
}

function geometryCoordinates(geometry: FeatureCollection['features'][number]['geometry']): unknown {
  return geometry.type === 'GeometryCollection'
    ? geometry.geometries.map(geometryCoordinates)
    : geometry.coordinates;
}

export function boundsOf(collections: readonly FeatureCollection[]): Bounds {
  const b = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [lon, lat] = value as Position;
      b.west = Math.min(b.west, lon!);
      b.east = Math.max(b.east, lon!);
      b.south = Math.min(b.south, lat!);
      b.north = Math.max(b.north, lat!);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const c of collections)
    for (const f of c.features) if (f.geometry) visit(geometryCoordinates(f.geometry));
  return b;
}

type BasemapManifest = { clip_box: Bounds; generalisation: { decimals: number } };

export function basemapTileset(root: string): TilesetOptions {
  const manifest = JSON.parse(
    readFileSync(join(root, 'public/basemap/manifest.json'), 'utf8'),
  ) as BasemapManifest;
  const layers = Object.entries(BASEMAP_FILES).map(([name, file]) => ({
    name,
    features: JSON.parse(readFileSync(join(root, 'public', file), 'utf8')) as FeatureCollection,
  }));
  return {
    name: 'Risk Atlas basemap',
    description: 'Countries, provinces, rivers, lakes and labels, clipped to the region',
    attribution: 'Natural Earth; GSHHG/WDBII (Wessel & Smith)',
    layers,
    minZoom: TILE_MIN_ZOOM,
    maxZoom: deepestZoom(10 ** -manifest.generalisation.decimals),
    // MapLibre's own default for GeoJSON (0.375 px): what the basemap looked like before it was tiled.
    tolerance: 3,
    // 8 px: wider than the widest basemap line (2 px) and the fills' antialiased edge.
    buffer: 8 * UNITS_PER_PIXEL,
    bounds: manifest.clip_box,
  };
}

export function overlayTileset(atlas: CompiledAtlas): TilesetOptions {
  const sources = buildOverlaySources(atlas);
  const layers = LAYER_IDS.map((id) => ({ name: id, features: sources[id] as FeatureCollection }));
  const collections = layers.map((l) => l.features);
  return {
    name: 'Risk Atlas overlays',
    description: 'The features mapped from the articles, one layer per overlay',
    layers,
    minZoom: TILE_MIN_ZOOM,
    maxZoom: deepestZoom(coordinateStep(collections)),
    tolerance: OVERLAY_TILING.tolerance * UNITS_PER_PIXEL,
    buffer: OVERLAY_TILING.buffer * UNITS_PER_PIXEL,
    bounds: boundsOf(collections),
    collapse: COLLAPSE_RULE,
  };
}

/**
 * Every overlay feature must be, at every zoom the map shows it at, either in some tile or counted in a
 * collapsed point that is in some tile, and never both: or it would vanish, or be counted twice.
 */
export function missingOverlayFeatures(
  options: TilesetOptions,
  tileset: Pick<Tileset, 'presence' | 'collapsed'>,
) {
  const problems: Problem[] = [];
  for (const layer of options.layers) {
    for (let z = options.minZoom; z <= options.maxZoom; z++) {
      const seen = tileset.presence.get(layer.name)?.get(z) ?? new Set<string>();
      const collapsed = tileset.collapsed.get(layer.name)?.get(z);
      for (const feature of layer.features.features) {
        const id = feature.properties?.['id'];
        if (typeof id !== 'string') continue;
        const point = collapsed?.memberOf.get(id);
        const counted = point !== undefined && collapsed!.shown.has(point);
        const message = seen.has(id)
          ? counted
            ? `is both drawn and counted in ${point} at zoom ${z}`
            : null
          : counted
            ? null
            : point === undefined
              ? `is in no tile at zoom ${z}`
              : `is counted in ${point}, which is in no tile at zoom ${z}`;
        if (message)
          problems.push({ file: OVERLAY_ARCHIVE, message: `${layer.name} feature ${id} ${message}` });
      }
    }
  }
  return problems;
}

/** The overlay archive of any atlas (a test fixture, a synthetic corpus), and any feature it lost. */
export function cutOverlayArchive(atlas: CompiledAtlas): { bytes: Uint8Array; problems: Problem[] } {
  const overlays = overlayTileset(atlas);
  const tileset = cutTiles(overlays);
  return {
    bytes: packTileset(overlays, tileset.tiles, tileset.collapsed),
    problems: missingOverlayFeatures(overlays, tileset),
  };
}

export type BuiltArchive = { file: string; bytes: Uint8Array; tiles: number; maxZoom: number };

export function buildArchives(
  root: string,
  atlas: CompiledAtlas,
): { archives: BuiltArchive[]; problems: Problem[] } {
  const basemap = basemapTileset(root);
  const overlays = overlayTileset(atlas);
  const basemapTiles = cutTiles(basemap);
  const overlayTiles = cutTiles(overlays);
  return {
    archives: [
      {
        file: BASEMAP_ARCHIVE,
        bytes: packTileset(basemap, basemapTiles.tiles),
        tiles: basemapTiles.tiles.length,
        maxZoom: basemap.maxZoom,
      },
      {
        file: OVERLAY_ARCHIVE,
        bytes: packTileset(overlays, overlayTiles.tiles, overlayTiles.collapsed),
        tiles: overlayTiles.tiles.length,
        maxZoom: overlays.maxZoom,
      },
    ],
    problems: missingOverlayFeatures(overlays, overlayTiles),
  };
}
