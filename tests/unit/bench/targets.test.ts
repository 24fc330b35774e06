import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { anchorsOf, clickTargets } from '../../../bench/lib/targets';
import { generateSyntheticAtlas } from '../../../bench/synthetic/generate';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import type { OverlayFeature } from '../../../src/data/schema';

const realAtlas = readAtlasFolder('public/data');
const article = realAtlas.articles[0];
if (!article) throw new Error('the committed atlas has no article');
const synthetic = generateSyntheticAtlas({ featureCount: 200, article });

const onSegment = ([x, y]: [number, number], a: number[], b: number[]) => {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const cross = (x - ax) * (by - ay) - (y - ay) * (bx - ax);
  const within = Math.min(ax, bx) - 1e-9 <= x && x <= Math.max(ax, bx) + 1e-9;
  return Math.abs(cross) < 1e-9 && within;
};

describe('click targets', () => {
  it('takes targets evenly through the corpus, with names and layers', () => {
    const targets = clickTargets(synthetic, 20);
    expect(targets).toHaveLength(20);
    expect(targets[1]?.id).toBe(synthetic.features[10]?.properties.id);
    expect(targets.every((target) => target.name.startsWith('Synthetic ') && target.anchors.length > 0)).toBe(
      true,
    );
  });

  it('anchors every feature on itself: the point, the line, inside the zone', () => {
    const features = [...synthetic.features, ...realAtlas.features] as OverlayFeature[];
    expect(realAtlas.features.length).toBeGreaterThan(0);
    expect(synthetic.features.length).toBeGreaterThan(0);
    for (const feature of features) {
      const anchors = anchorsOf(feature);
      expect(anchors.length, feature.properties.id).toBeGreaterThan(0);
      const { geometry } = feature;
      for (const anchor of anchors) {
        if (geometry.type === 'Point') expect(anchor).toEqual(geometry.coordinates);
        else if (geometry.type === 'LineString') {
          const segments = geometry.coordinates
            .slice(1)
            .map((end, index) => [geometry.coordinates[index] ?? end, end]);
          expect(
            segments.some(([a, b]) => onSegment(anchor, a ?? [], b ?? [])),
            feature.properties.id,
          ).toBe(true);
        } else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
          expect(booleanPointInPolygon(anchor, geometry), feature.properties.id).toBe(true);
        }
      }
    }
  });
});
