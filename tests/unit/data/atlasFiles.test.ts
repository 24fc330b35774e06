// The index builder: the compiled atlas split into the index the app loads first, one file per article's text
// and the geometries and the features' long texts in chunks, and put back together without losing anything.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateSyntheticAtlas } from '../../../bench/synthetic/generate';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import {
  assembleAtlas,
  CHUNK_SIZE,
  joinProperties,
  partProperties,
  splitAtlas,
} from '../../../src/data/atlasFiles';
import { DETAIL_KEYS } from '../../../src/data/detailKeys';
import { positionsOf } from '../../../src/data/positions';
import { AtlasSchema } from '../../../src/data/schema';
import { fixtureCompiledAtlas } from '../panels/fixtureAtlas';

const shipped = readAtlasFolder('public/data');
const article = shipped.articles[0];
if (!article) throw new Error('no article in the shipped data');
const synthetic = generateSyntheticAtlas({ featureCount: 2_000, article, articleCount: 3 });

describe('the index the app loads first', () => {
  const { index } = splitAtlas(fixtureCompiledAtlas());

  it('keeps every feature in atlas order with its short properties, box, shape and chunk, and no geometry', () => {
    const compiled = fixtureCompiledAtlas();
    expect(index.features.map((feature) => feature.properties.id)).toEqual(
      compiled.features.map((feature) => feature.properties.id),
    );
    const compiledRoad = compiled.features.find((feature) => feature.properties.id === 'evac-road');
    const { summary, basis_note, direction, geometry_source, ...short } = compiledRoad?.properties ?? {};
    expect([summary, basis_note, direction, geometry_source].every(Boolean)).toBe(true);
    expect(index.features.find((feature) => feature.properties.id === 'evac-road')?.properties).toEqual(
      short,
    );
    const road = index.features.find((feature) => feature.properties.id === 'evac-road');
    expect(road).toMatchObject({
      bbox: [48.87, 38.44, 49.86, 40.4],
      geometryType: 'LineString',
      chunk: 'evacuation-0',
    });
    const crossing = index.features.find((feature) => feature.properties.id === 'xing-astara');
    expect(crossing?.bbox).toEqual([48.873, 38.44, 48.873, 38.44]);
    expect(index.features.some((feature) => 'geometry' in feature)).toBe(false);
  });

  it('lists the articles with their passages’ ids and kinds, and the words of headings only', () => {
    expect(index.articles[0]?.passages).toEqual([
      { id: 'p1', kind: 'paragraph' },
      { id: 'h1', kind: 'heading', text: 'Риски' },
      { id: 'p2', kind: 'paragraph' },
    ]);
    expect(index.articles[0]).toMatchObject({
      id: 'test-article',
      date: '2026-03-06',
      title: { en: 'Test article' },
    });
  });

  it('passes the schema the app checks it with', () => {
    expect(v.safeParse(AtlasSchema, index).success).toBe(true);
    expect(v.safeParse(AtlasSchema, splitAtlas(synthetic).index).success).toBe(true);
  });

  it('has no feature’s long texts: summary, rationale, basis note, direction, geometry source', () => {
    for (const key of DETAIL_KEYS) {
      expect(
        fixtureCompiledAtlas().features.some((feature) => key in feature.properties),
        key,
      ).toBe(true);
      expect(
        index.features.filter((feature) => key in feature.properties),
        key,
      ).toEqual([]);
    }
  });

  it('is much smaller than the shipped atlas it indexes', () => {
    const indexLength = JSON.stringify(splitAtlas(shipped).index).length;
    expect(indexLength).toBeLessThan(JSON.stringify(shipped).length * 0.4);
  });
});

describe('the on-demand files', () => {
  const files = splitAtlas(synthetic);

  it('give each article a file of its own', () => {
    expect(files.articles.map((a) => a.id)).toEqual(synthetic.articles.map((a) => a.id));
    expect(files.articles).toHaveLength(3);
  });

  it('hold every geometry once, in chunks of one layer and at most CHUNK_SIZE features', () => {
    const ids = files.chunks.flatMap((chunk) => chunk.geometries.map((entry) => entry.id));
    expect(ids).toHaveLength(synthetic.features.length);
    expect(new Set(ids).size).toBe(ids.length);
    const layerOf = new Map(synthetic.features.map((f) => [f.properties.id, f.properties.layer]));
    expect(files.chunks.length).toBeGreaterThan(5);
    for (const chunk of files.chunks) {
      expect(chunk.geometries.length).toBeLessThanOrEqual(CHUNK_SIZE);
      const layers = new Set(chunk.geometries.map((entry) => layerOf.get(entry.id)));
      expect([...layers]).toEqual([chunk.chunk.replace(/-\d+$/, '')]);
    }
    const chunkOf = new Map(files.index.features.map((f) => [f.properties.id, f.chunk]));
    for (const chunk of files.chunks)
      for (const { id } of chunk.geometries) expect(chunkOf.get(id), id).toBe(chunk.chunk);
  });

  it('group neighbours: a chunk covers on average a small part of its layer’s extent', () => {
    const boxOf = (positions: ReadonlyArray<readonly [number, number]>) => {
      const lngs = positions.map(([lng]) => lng);
      const lats = positions.map(([, lat]) => lat);
      return (Math.max(...lngs) - Math.min(...lngs)) * (Math.max(...lats) - Math.min(...lats));
    };
    const many = generateSyntheticAtlas({ featureCount: 8_000, article });
    const points = splitAtlas(many).chunks.filter((chunk) => chunk.chunk.startsWith('sites-'));
    expect(points.length).toBeGreaterThan(5);
    const whole = boxOf(points.flatMap((chunk) => chunk.geometries.flatMap((e) => positionsOf(e.geometry))));
    const full = points.filter((chunk) => chunk.geometries.length === CHUNK_SIZE);
    expect(full.length).toBeGreaterThan(1);
    // Chunks of features taken at random would each span about the whole extent.
    const areas = full.map((chunk) => boxOf(chunk.geometries.flatMap((e) => positionsOf(e.geometry))));
    expect(areas.reduce((sum, area) => sum + area, 0) / areas.length).toBeLessThan(whole / 3);
  });

  it('hold each feature’s long texts once, in the details chunk named as its geometry chunk', () => {
    expect(files.details.map((chunk) => chunk.chunk)).toEqual(files.chunks.map((chunk) => chunk.chunk));
    files.details.forEach((chunk, n) =>
      expect(chunk.details.map((entry) => entry.id)).toEqual(
        files.chunks[n]?.geometries.map((entry) => entry.id),
      ),
    );
    const byId = new Map(synthetic.features.map((feature) => [feature.properties.id, feature.properties]));
    const entries = files.details.flatMap((chunk) => chunk.details);
    expect(entries).toHaveLength(synthetic.features.length);
    for (const { id, ...details } of entries) {
      const properties = byId.get(id);
      if (!properties) throw new Error(`no feature ${id}`);
      expect(details).toEqual(partProperties(properties).details);
      expect(details.summary).toEqual(properties.summary);
    }
  });

  it('refuse texts that break the risk-zone rule when joined back', () => {
    const risk = fixtureCompiledAtlas().features.find((feature) => feature.properties.layer === 'risk');
    if (!risk) throw new Error('no risk zone in the fixture');
    const { indexed, details } = partProperties(risk.properties);
    expect(joinProperties(indexed, details)).toEqual(risk.properties);
    expect(() => joinProperties(indexed, { ...details, rationale: undefined })).toThrow(/no rationale/);
  });

  it('put back together, give the compiled atlas exactly', () => {
    expect(assembleAtlas(files)).toEqual(synthetic);
    expect(assembleAtlas(splitAtlas(fixtureCompiledAtlas()))).toEqual(fixtureCompiledAtlas());
  });

  it('are the same for the same atlas', () => {
    expect(JSON.stringify(splitAtlas(synthetic))).toBe(JSON.stringify(files));
  });
});
