// @vitest-environment node
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import { AtlasSchema, LAYER_IDS, findQuote } from '../../../src/data/schema';
import { DETAIL_KEYS } from '../../../src/data/detailKeys';
import { checkAgainst } from '../../../src/data/validation';
import { ATLAS_FILE, compileAtlas, serialise } from '../../../geo/lib/compile';
import { corpusWithFixture, realCorpus, ROOT } from './corpus-fixtures';

const build = () => compileAtlas(realCorpus());

describe('the compiled atlas', () => {
  const first = build();

  it('is the same text when built twice', () => {
    expect(first.text).not.toBeNull();
    const second = build();
    expect(second.text).toBe(first.text);
    expect(second.outputs).toEqual(first.outputs);
  });

  it('matches the committed public/data/index.json (run npm run geo:build if not)', () => {
    expect(ATLAS_FILE).toBe('public/data/index.json');
    expect(readFileSync(`${ROOT}/${ATLAS_FILE}`, 'utf8')).toBe(first.text);
  });

  it('writes each article’s text and the geometries in chunks by layer, matching the committed files', () => {
    const files = first.outputs.filter((o) => o.file !== ATLAS_FILE).map((o) => o.file);
    const articles = first.atlas?.articles ?? [];
    expect(articles.length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith('public/data/articles/'))).toEqual(
      articles.map((article) => `public/data/articles/${article.id}.json`),
    );
    expect(files.filter((file) => file.startsWith('public/data/geometry/'))).toEqual(
      LAYER_IDS.map((layer) => `public/data/geometry/${layer}-0.json`),
    );
    expect(files.filter((file) => file.startsWith('public/data/details/'))).toEqual(
      LAYER_IDS.map((layer) => `public/data/details/${layer}-0.json`),
    );
    for (const { file, text } of first.outputs)
      expect(readFileSync(`${ROOT}/${file}`, 'utf8'), file).toBe(text);
  });

  it('leaves geometries, the features’ long texts and article texts out of the index', () => {
    const index = v.parse(AtlasSchema, JSON.parse(first.text ?? 'null'));
    expect(index.features.length).toBe(first.atlas?.features.length);
    expect(index.features.every((feature) => !('geometry' in feature))).toBe(true);
    for (const key of DETAIL_KEYS)
      expect(
        index.features.filter((feature) => key in feature.properties),
        key,
      ).toEqual([]);
    // Each summary is in the compiled atlas, and none of them is in the index's text.
    const summaries = (first.atlas?.features ?? []).map((feature) => feature.properties.summary.en);
    expect(summaries.length).toBeGreaterThan(30);
    for (const summary of summaries) expect(first.text).not.toContain(JSON.stringify(summary));
    expect(
      index.articles
        .flatMap((article) => article.passages)
        .some((p) => p.kind === 'paragraph' && 'text' in p),
    ).toBe(false);
  });

  it('reads back as the compiled atlas from the committed files', () => {
    expect(readAtlasFolder(`${ROOT}/public/data`)).toEqual(first.atlas);
  });

  it('carries no web address: the app works offline and links nowhere', () => {
    const everyFile = first.outputs.map((output) => output.text).join('\n');
    expect(everyFile).toMatch(/geonames/i);
    expect(everyFile).not.toMatch(/https?:\/\//);
  });

  it('parses with AtlasSchema, as the app will load it', () => {
    expect(checkAgainst(AtlasSchema, JSON.parse(first.text ?? 'null')).success).toBe(true);
  });

  it('sorts features by layer, then id', () => {
    const keys = (first.atlas?.features ?? []).map(
      (f) => [LAYER_IDS.indexOf(f.properties.layer), f.properties.id] as const,
    );
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
  });

  it('has unique kebab-case ids and the ids the app links to', () => {
    const ids = (first.atlas?.features ?? []).map((f) => f.properties.id);
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual(
      expect.arrayContaining([
        'evac-tehran-astara-road',
        'evac-baku-moscow-air',
        'aid-instc-rail-astara-rasht-gap',
      ]),
    );
  });

  it('rounds coordinates to 5 decimals', () => {
    const numbers =
      JSON.stringify(first.atlas?.features.map((f) => f.geometry.coordinates)).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
  });

  it('gives every line a length, every zone an area and every risk zone its exposure', () => {
    const features = first.atlas?.features ?? [];
    expect(features.filter((f) => f.geometry.type === 'LineString').length).toBeGreaterThan(5);
    expect(features.filter((f) => f.properties.layer === 'risk').length).toBeGreaterThan(3);
    for (const f of features) {
      const m = first.atlas?.metrics[f.properties.id];
      if (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString')
        expect(m?.length_km).toBeGreaterThan(0);
      if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        expect(m?.area_km2).toBeGreaterThan(0);
      if (f.properties.layer === 'risk') expect(m?.exposed).toBeDefined();
    }
  });

  it('resolves every quote of every feature and not-mapped risk in its passage', () => {
    const atlas = first.atlas;
    const refs = [...(atlas?.features.map((f) => f.properties) ?? []), ...(atlas?.notMapped ?? [])].flatMap(
      (x) => x.sources,
    );
    expect(refs.length).toBeGreaterThan(40);
    for (const ref of refs) {
      const passage = atlas?.articles
        .find((a) => a.id === ref.article)
        ?.passages.find((p) => p.id === ref.passage);
      expect(passage, `${ref.article}#${ref.passage}`).toBeDefined();
      expect(findQuote(passage?.text ?? '', ref.quote), ref.quote).not.toBeNull();
    }
  });

  it('marks the Astara–Rasht rail gap as not built', () => {
    const gap = first.atlas?.features.find((f) => f.properties.id === 'aid-instc-rail-astara-rasht-gap');
    expect(gap?.properties.status).toBe('not_built');
    expect(gap?.properties.mode).toBe('rail');
  });

  it('lists the risks the text gives no place for as not mapped', () => {
    expect(first.atlas?.notMapped.map((r) => r.id)).toEqual([
      'risk-critical-infrastructure-strikes',
      'risk-terrorism',
    ]);
  });
});

describe('compileAtlas', () => {
  it('refuses to produce an atlas when the corpus has problems', () => {
    const { input } = corpusWithFixture('missing-quote');
    const compiled = compileAtlas(input);
    expect(compiled.atlas).toBeNull();
    expect(compiled.text).toBeNull();
    expect(compiled.problems.length).toBeGreaterThan(0);
  });
});

describe('serialise', () => {
  it('sorts keys, indents objects and keeps number arrays on one line', () => {
    expect(
      serialise({
        b: [
          [1, 2],
          [3.5, -4],
        ],
        a: { d: null, c: 'x', e: undefined },
      }),
    ).toBe('{\n  "a": {\n    "c": "x",\n    "d": null\n  },\n  "b": [[1,2],[3.5,-4]]\n}\n');
  });
});
