import * as v from 'valibot';
import { createHash } from 'node:crypto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../memorySource';
import { tileRange } from '../../../geo/tiles/tileset';
import {
  generateSyntheticAtlas,
  geometryClassOf,
  SYNTHETIC_REGION,
  syntheticDataFiles,
} from '../../../bench/synthetic/generate';
import { mulberry32 } from '../../../bench/lib/prng';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import { assembleAtlas } from '../../../src/data/atlasFiles';
import {
  ArticleSchema,
  AtlasSchema,
  CompiledAtlasSchema,
  findQuote,
  DetailsChunkSchema,
  GeometryChunkSchema,
  LAYER_IDS,
  type CompiledAtlas,
} from '../../../src/data/schema';
import { positionsOf } from '../../../src/data/positions';
import { checkAgainst } from '../../../src/data/validation';

const realAtlas = readAtlasFolder('public/data');
const article = realAtlas.articles[0];
if (!article) throw new Error('the committed atlas has no article');

const digest = (atlas: CompiledAtlas) => {
  const hash = createHash('sha256');
  for (const file of syntheticDataFiles(atlas)) hash.update(file.path).update(file.content);
  return hash.digest('hex');
};

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const first = mulberry32(7);
    const second = mulberry32(7);
    const a = Array.from({ length: 1000 }, first);
    expect(Array.from({ length: 1000 }, second)).toEqual(a);
    expect(a.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 5 }, mulberry32(8))).not.toEqual(a.slice(0, 5));
  });
});

describe('synthetic atlas generator', () => {
  const atlas = generateSyntheticAtlas({ featureCount: 1000, article });

  it('gives the same bytes for the same seed, and different bytes for another seed', () => {
    expect(digest(generateSyntheticAtlas({ featureCount: 1000, article }))).toBe(digest(atlas));
    expect(digest(generateSyntheticAtlas({ featureCount: 1000, article, seed: 1 }))).not.toBe(digest(atlas));
  });

  it('makes exactly the requested count, half points, three tenths lines, one fifth polygons', () => {
    expect(atlas.features).toHaveLength(1000);
    const types = atlas.features.map((feature) => feature.geometry.type);
    expect(types.filter((type) => type === 'Point')).toHaveLength(500);
    expect(types.filter((type) => type === 'LineString')).toHaveLength(300);
    expect(types.filter((type) => type === 'Polygon')).toHaveLength(200);
    expect([0, 4, 5, 7, 8, 9, 10].map(geometryClassOf)).toEqual([
      'point',
      'point',
      'line',
      'line',
      'polygon',
      'polygon',
      'point',
    ]);
  });

  it('fills every layer and gives ids and names that are unique', () => {
    for (const layer of LAYER_IDS) {
      expect(
        atlas.features.some((feature) => feature.properties.layer === layer),
        layer,
      ).toBe(true);
    }
    expect(new Set(atlas.features.map((feature) => feature.properties.id)).size).toBe(1000);
    expect(new Set(atlas.features.map((feature) => feature.properties.name.en)).size).toBe(1000);
  });

  it('passes CompiledAtlasSchema unchanged', () => {
    const parsed = checkAgainst(CompiledAtlasSchema, atlas);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.issues.slice(0, 3))).toBe(true);
    // The schema trims strings: nothing generated may depend on that.
    expect(parsed.success ? parsed.data : null).toEqual(atlas);
  });

  it('quotes real passages of the real article exactly', () => {
    const passages = new Map(article.passages.map((passage) => [passage.id, passage.text]));
    expect(atlas.features.flatMap((feature) => feature.properties.sources).length).toBeGreaterThan(999);
    for (const feature of atlas.features) {
      for (const source of feature.properties.sources) {
        expect(source.article).toBe(article.id);
        const text = passages.get(source.passage);
        expect(text, source.passage).toBeDefined();
        expect(findQuote(text ?? '', source.quote), source.quote).not.toBeNull();
      }
    }
  });

  it('keeps every coordinate inside the region and closes every ring', () => {
    const { west, south, east, north } = SYNTHETIC_REGION;
    const positions = atlas.features.flatMap((feature) => positionsOf(feature.geometry));
    expect(positions.length).toBeGreaterThan(999);
    expect(atlas.features.some((feature) => feature.geometry.type === 'Polygon')).toBe(true);
    for (const [lng, lat] of positions) {
      expect(lng).toBeGreaterThanOrEqual(west);
      expect(lng).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
    for (const feature of atlas.features) {
      if (feature.geometry.type !== 'Polygon') continue;
      for (const ring of feature.geometry.coordinates) expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
  });

  it('writes the files the app loads, which hold the whole atlas and pass the schemas it loads them with', () => {
    const files = syntheticDataFiles(atlas);
    const json = (path: string) => {
      const file = files.find((candidate) => candidate.path === path);
      if (typeof file?.content !== 'string') throw new Error(`no ${path}`);
      return JSON.parse(file.content) as unknown;
    };
    const index = v.parse(AtlasSchema, json('index.json'));
    const chunkPaths = files.map((file) => file.path).filter((path) => path.startsWith('geometry/'));
    expect(chunkPaths.length).toBeGreaterThan(1);
    expect(
      assembleAtlas({
        index,
        articles: index.articles.map(({ id }) => v.parse(ArticleSchema, json(`articles/${id}.json`))),
        chunks: chunkPaths.map((path) => v.parse(GeometryChunkSchema, json(path))),
        details: chunkPaths.map((path) =>
          v.parse(DetailsChunkSchema, json(path.replace(/^geometry\//, 'details/'))),
        ),
      }),
    ).toEqual(atlas);
  });

  it('writes the overlay tile archive, which holds every feature at the deepest zoom', async () => {
    const files = syntheticDataFiles(atlas);
    const archive = files.find((file) => file.path === 'overlays.pmtiles')?.content;
    if (!(archive instanceof Uint8Array)) throw new Error('the archive is not bytes');
    const reader = new PMTiles(new MemorySource(archive));
    const header = await reader.getHeader();
    const ids = new Set<string>();
    const bounds = { west: header.minLon, south: header.minLat, east: header.maxLon, north: header.maxLat };
    const { minX, maxX, minY, maxY } = tileRange(bounds, header.maxZoom);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const tile = await reader.getZxy(header.maxZoom, x, y);
        if (!tile) continue;
        for (const layer of Object.values(new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers)) {
          for (let i = 0; i < layer.length; i++) ids.add(String(layer.feature(i).properties['id']));
        }
      }
    }
    expect(ids).toEqual(new Set(atlas.features.map((feature) => feature.properties.id)));
  }, 60_000);

  it('makes a smaller corpus the prefix of a larger one', () => {
    const larger = generateSyntheticAtlas({ featureCount: 1500, article });
    expect(larger.features.slice(0, 1000)).toEqual(atlas.features);
  });
});

describe('a synthetic corpus over time', () => {
  it('spreads the features over as many articles, one a day, each quote an exact span', () => {
    const atlas = generateSyntheticAtlas({ featureCount: 3000, article, articleCount: 1000 });
    expect(atlas.articles).toHaveLength(1000);
    expect(new Set(atlas.articles.map((a) => a.id)).size).toBe(1000);
    expect(atlas.articles.at(-1)?.date).toBe(
      new Date(Date.parse(`${article.date}T00:00:00Z`) + 999 * 86_400_000).toISOString().slice(0, 10),
    );
    const cited = new Set(atlas.features.flatMap((f) => f.properties.sources.map((s) => s.article)));
    expect(cited.size).toBe(1000);
    const byId = new Map(atlas.articles.map((a) => [a.id, a]));
    expect(atlas.features.length).toBeGreaterThan(0);
    for (const feature of atlas.features)
      for (const source of feature.properties.sources) {
        const passage = byId.get(source.article)?.passages.find((p) => p.id === source.passage);
        expect(passage?.text.includes(source.quote)).toBe(true);
      }
  });
});
