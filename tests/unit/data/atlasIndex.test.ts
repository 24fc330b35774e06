import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../../src/data/atlasIndex';
import type { Atlas, OverlayFeature } from '../../../src/data/schema';
import { fixtureAtlas } from '../panels/fixtureAtlas';

/** The fixture's crossing, copied `count` times under new ids, every copy citing passage p1 twice. */
function manyCitingOnePassage(count: number): Atlas {
  const atlas = fixtureAtlas();
  const crossing = atlas.features.find((feature) => feature.properties.id === 'xing-astara');
  if (!crossing) throw new Error('fixture has no crossing');
  const source = { article: 'test-article', passage: 'p1', quote: 'через Азербайджан' };
  const copies: OverlayFeature[] = Array.from({ length: count }, (_, index) => ({
    ...crossing,
    properties: { ...crossing.properties, id: `copy-${index}`, sources: [source, source] },
  }));
  return { ...atlas, features: copies, notMapped: [] };
}

describe('the atlas index', () => {
  it('lists the features and unmapped risks citing a passage once each, in atlas order', () => {
    const index = indexAtlas(fixtureAtlas());
    expect(index.citingFeatureIds.get('p1')).toEqual(['evac-road', 'xing-astara', 'xing-samur']);
    const p2 = index.citingFeatureIds.get('p2') ?? [];
    expect(p2.at(-1)).toBe('risk-terror');
    expect(new Set(p2).size).toBe(p2.length);
  });

  it('drops a feature citing the same passage twice down to one entry', () => {
    expect(indexAtlas(manyCitingOnePassage(3)).citingFeatureIds.get('p1')).toEqual([
      'copy-0',
      'copy-1',
      'copy-2',
    ]);
  });

  // 200k citations of one passage: linear work takes well under a second; a list scan per citation
  // (quadratic, as it once was) takes tens of seconds and blocked the page at the Scale sizes.
  it('indexes 200k features citing one passage in linear time', () => {
    const atlas = manyCitingOnePassage(200_000);
    const started = performance.now();
    const index = indexAtlas(atlas);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(index.citingFeatureIds.get('p1')).toHaveLength(200_000);
  });
});
