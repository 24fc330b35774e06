// One answer to "does this feature pass the severity filter": the rule, the map's filter, the counts.
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { passesSeverity } from '../../src/data/severity';
import type { IndexedProperties } from '../../src/data/schema';
import { severityFilter } from '../../src/map/atlasStyle';
import { fixtureAtlas } from './panels/fixtureAtlas';

const features = fixtureAtlas().features.map((feature) => feature.properties);
const risks = features.filter((p) => p.layer === 'risk');

function mapShows(properties: IndexedProperties, minSeverity: number): boolean {
  const filter = featureFilter(severityFilter(minSeverity), 'filter');
  return filter.filter({ zoom: 6 }, { type: 3, properties, geometry: [] } as never);
}

describe('the severity filter', () => {
  it('lets risk zones through from their severity up, and every other feature always', () => {
    expect(risks.length).toBeGreaterThan(0);
    for (const properties of risks) {
      expect(passesSeverity(properties, properties.severity)).toBe(true);
      expect(passesSeverity(properties, properties.severity + 1)).toBe(false);
    }
    const others = features.filter((p) => p.layer !== 'risk');
    expect(others.length).toBeGreaterThan(0);
    for (const properties of others) expect(passesSeverity(properties, 5)).toBe(true);
  });

  it('is the rule the map draws by, at every setting', () => {
    expect(risks.length).toBeGreaterThan(0);
    for (const minSeverity of [1, 2, 3, 4, 5])
      for (const properties of risks)
        expect(mapShows(properties, minSeverity)).toBe(passesSeverity(properties, minSeverity));
  });
});
