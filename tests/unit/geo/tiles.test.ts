// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../memorySource';
import { compileAtlas } from '../../../geo/lib/compile';
import { cutTiles, packTileset, tileRange, type TilesetOptions } from '../../../geo/tiles/tileset';
import {
  BASEMAP_ARCHIVE,
  buildArchives,
  coordinateStep,
  deepestZoom,
  missingOverlayFeatures,
  OVERLAY_ARCHIVE,
  TILE_MIN_ZOOM,
} from '../../../geo/tiles/tilesets';
import { LAYER_IDS } from '../../../src/data/layerIds';
import { archiveProblemOf, describeFailureDetail } from '../../../src/map/archiveProblemWords';
import { buildOverlaySources } from '../../../src/map/overlaySources';
import { checkTileFormat } from '../../../src/map/tileFormat';
import { TILE_FORMAT, TILE_FORMAT_KEY } from '../../../src/map/tileSources';
import { realCorpus, ROOT } from './corpus-fixtures';

const decode = (data: ArrayBuffer) => new VectorTile(new PbfReader(new Uint8Array(data)));

const collection = (features: FeatureCollection['features']): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const SMALL: TilesetOptions = {
  name: 'test',
  description: 'two layers',
  layers: [
    {
      name: 'roads',
      features: collection([
        {
          type: 'Feature',
          properties: { id: 'r1', name_en: 'Road', lanes: 2 },
          geometry: {
            type: 'LineString',
            coordinates: [
              [44.5, 40.1],
              [44.6, 40.15],
              [44.7, 40.1],
              [44.9, 40.3],
            ],
          },
        },
      ]),
    },
    {
      name: 'towns',
      features: collection([
        {
          type: 'Feature',
          properties: { id: 't1', name_en: 'Yerevan' },
          geometry: { type: 'Point', coordinates: [44.5, 40.18] },
        },
      ]),
    },
  ],
  minZoom: 2,
  maxZoom: 6,
  tolerance: 3,
  buffer: 64,
  bounds: { west: 44, south: 40, east: 45, north: 41 },
};

describe('cutting layers into vector tiles', () => {
  it('cuts every zoom of the range, with each layer and its properties in the tiles', () => {
    const { tiles } = cutTiles(SMALL);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([2, 3, 4, 5, 6]));
    const deepest = tiles.filter((t) => t.z === 6);
    expect(deepest.length).toBeGreaterThan(0);
    const towns = deepest.flatMap((t) => {
      const layer = decode(new Uint8Array(gunzipSync(t.data)).buffer).layers['towns'];
      return layer ? [layer.feature(0).properties] : [];
    });
    expect(towns).toEqual([{ id: 't1', name_en: 'Yerevan' }]);
  });

  it('notes which features each zoom holds, so none can go missing unnoticed', () => {
    const { presence } = cutTiles(SMALL);
    for (let z = 2; z <= 6; z++) {
      expect(presence.get('roads')?.get(z)).toEqual(new Set(['r1']));
      expect(presence.get('towns')?.get(z)).toEqual(new Set(['t1']));
    }
    const withoutTownAt4 = new Map(presence);
    withoutTownAt4.set(
      'towns',
      new Map([...presence.get('towns')!].map(([z, ids]) => [z, z === 4 ? new Set<string>() : ids])),
    );
    expect(
      missingOverlayFeatures(SMALL, { presence: withoutTownAt4, collapsed: new Map() }).map((p) => p.message),
    ).toEqual(['towns feature t1 is in no tile at zoom 4']);
  });

  it('lists each layer and its fields in the archive metadata, as TileJSON asks, with the tile format', async () => {
    const { tiles } = cutTiles(SMALL);
    const reader = new PMTiles(new MemorySource(packTileset(SMALL, tiles)));
    expect(await reader.getMetadata()).toMatchObject({
      vector_layers: [
        { id: 'roads', fields: { id: 'String', lanes: 'Number', name_en: 'String' }, minzoom: 2, maxzoom: 6 },
        { id: 'towns', fields: { id: 'String', name_en: 'String' }, minzoom: 2, maxzoom: 6 },
      ],
    });
    // Stamped with the tile format this app's style reads, which the app checks before drawing it.
    await expect(checkTileFormat(reader)).resolves.toBeUndefined();
    expect(await reader.getHeader()).toMatchObject({
      minZoom: 2,
      maxZoom: 6,
      tileType: 1,
      tileCompression: 2,
    });
  });
});

describe("the app's check of an archive's tile format", () => {
  const withMetadata = (metadata: unknown) => ({ getMetadata: async () => metadata });

  it.each([
    ['without a format (cut before formats were stamped)', { name: 'x' }, 'none'],
    ['of an older format', { [TILE_FORMAT_KEY]: TILE_FORMAT - 1 }, String(TILE_FORMAT - 1)],
    ['of a newer format', { [TILE_FORMAT_KEY]: TILE_FORMAT + 1 }, String(TILE_FORMAT + 1)],
    ['with a format that is not a number', { [TILE_FORMAT_KEY]: '1' }, 'none'],
    ['with no metadata at all', null, 'none'],
  ])('names an archive %s as made by another build', async (_case, metadata, found) => {
    const failure = await checkTileFormat(withMetadata(metadata)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(archiveProblemOf(message)).toEqual({ code: 'otherBuild', found, expected: TILE_FORMAT });
    expect(describeFailureDetail('ru', message)).toContain(`формат тайлов ${found}`);
  });
});

describe('the zoom range chosen from the data', () => {
  it('cuts no deeper than a pixel at the map’s deepest zoom, nor finer than the coordinates', () => {
    expect(deepestZoom(1e-4)).toBe(8);
    expect(deepestZoom(1e-5)).toBe(8);
    expect(deepestZoom(1e-3)).toBe(7);
    expect(deepestZoom(1)).toBe(TILE_MIN_ZOOM);
  });

  it('reads the coordinate step from the most decimals written', () => {
    const points = collection([
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [44.5, 40.125] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [44, 40] } },
    ]);
    expect(coordinateStep([points])).toBe(1e-3);
  });
});

describe('the committed tile archives', () => {
  const atlas = compileAtlas(realCorpus()).atlas;
  if (atlas === null) throw new Error('the real corpus does not compile');
  const built = buildArchives(ROOT, atlas);

  it('equal a fresh build, byte for byte, and a second build gives the same bytes', () => {
    expect(built.problems).toEqual([]);
    expect(built.archives.map((a) => a.file)).toEqual([BASEMAP_ARCHIVE, OVERLAY_ARCHIVE]);
    const again = buildArchives(ROOT, atlas);
    for (const [i, archive] of built.archives.entries()) {
      expect(Buffer.compare(readFileSync(`${ROOT}/${archive.file}`), archive.bytes), archive.file).toBe(0);
      expect(Buffer.compare(again.archives[i]!.bytes, archive.bytes), archive.file).toBe(0);
    }
  }, 60_000);

  it('carry every overlay feature at every zoom, with the properties the style and clicks read', async () => {
    const archive = built.archives.find((a) => a.file === OVERLAY_ARCHIVE)!;
    const reader = new PMTiles(new MemorySource(archive.bytes));
    const header = await reader.getHeader();
    const sources = buildOverlaySources(atlas);
    const expected = new Map(
      LAYER_IDS.flatMap((layer) =>
        sources[layer].features.map((f) => [f.properties.id, f.properties] as const),
      ),
    );
    expect(expected.size).toBeGreaterThan(30);
    for (let z = header.minZoom; z <= header.maxZoom; z++) {
      const found = new Map<string, unknown>();
      const bounds = { west: header.minLon, south: header.minLat, east: header.maxLon, north: header.maxLat };
      const { minX, maxX, minY, maxY } = tileRange(bounds, z);
      for (let x = minX; x <= maxX; x++) {
        for (let y = minY; y <= maxY; y++) {
          const tile = await reader.getZxy(z, x, y);
          if (tile === undefined) continue;
          const vt = decode(tile.data);
          for (const [name, layer] of Object.entries(vt.layers)) {
            expect(LAYER_IDS).toContain(name);
            for (let i = 0; i < layer.length; i++) {
              const properties = layer.feature(i).properties;
              found.set(String(properties['id']), properties);
            }
          }
        }
      }
      expect(found, `zoom ${z}`).toEqual(expected);
    }
  }, 60_000);

  it('carry each basemap layer with the properties of its GeoJSON file', async () => {
    const archive = built.archives.find((a) => a.file === BASEMAP_ARCHIVE)!;
    const metadata = (await new PMTiles(new MemorySource(archive.bytes)).getMetadata()) as {
      vector_layers: { id: string; fields: Record<string, string> }[];
    };
    const rivers = metadata.vector_layers.find((l) => l.id === 'rivers');
    expect(rivers?.fields).toEqual({ level: 'Number', rank: 'Number' });
    const labels = metadata.vector_layers.find((l) => l.id === 'labels');
    expect(Object.keys(labels?.fields ?? {})).toEqual(expect.arrayContaining(['kind', 'name_en', 'name_ru']));
  });
});
