import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../../src/data/atlasIndex';
import { fixtureAtlas, fixtureWithManySites } from '../panels/fixtureAtlas';

describe('the atlas index', () => {
  it('lists the features and unmapped risks citing a passage once each, in atlas order', () => {
    const index = indexAtlas(fixtureAtlas());
    expect(index.citingFeatureIds.get('test-article/p1')).toEqual(['evac-road', 'xing-astara', 'xing-samur']);
    const p2 = index.citingFeatureIds.get('test-article/p2') ?? [];
    expect(p2.at(-1)).toBe('risk-terror');
    expect(new Set(p2).size).toBe(p2.length);
  });

  it('keys passages by article, so two articles may both have a p1', () => {
    const atlas = fixtureAtlas();
    const first = atlas.articles[0];
    if (!first) throw new Error('fixture has no article');
    const second = { ...first, id: 'second-article', date: '2026-04-01' };
    const index = indexAtlas({ ...atlas, articles: [first, second] });
    expect(index.passagesByKey.get('second-article/p1')?.article.id).toBe('second-article');
    expect(index.passagesByKey.get('test-article/p1')?.article.id).toBe('test-article');
    expect(index.citingFeatureIds.get('second-article/p1')).toBeUndefined();
    expect(index.articlesNewestFirst.map((article) => article.id)).toEqual([
      'second-article',
      'test-article',
    ]);
    expect(index.firstArticle?.id).toBe('test-article');
  });

  it('drops a feature citing the same passage twice down to one entry', () => {
    expect(indexAtlas(fixtureWithManySites(3)).citingFeatureIds.get('test-article/p1')?.slice(-3)).toEqual([
      'site-0',
      'site-1',
      'site-2',
    ]);
  });

  // 200k citations of one passage: every one is indexed, once. How fast is measured by
  // bench/atlasIndex.ts (a list scan per citation, as it once was, took tens of seconds).
  it('indexes 200k features citing one passage, each once', () => {
    const index = indexAtlas(fixtureWithManySites(200_000));
    const citing = index.citingFeatureIds.get('test-article/p1') ?? [];
    expect(citing).toHaveLength(200_003);
    expect(new Set(citing).size).toBe(citing.length);
    expect(citing.at(-1)).toBe('site-199999');
  });
});
