// The panels' colour for a feature is the map's: a route not built, or reported closed, is grey on both.
import { describe, expect, it } from 'vitest';
import type { IndexedProperties } from '../../../src/data/schema';
import { featureColour, LAYER_COLOURS } from '../../../src/panels/colours';
import { OVERLAY_COLOURS } from '../../../src/map/theme';
import { fixtureCompiledAtlas } from './fixtureAtlas';

/** The fixture's evacuation route, as either route layer (the colour reads only layer, kind and status). */
const route = (layer: 'evacuation' | 'aid'): IndexedProperties => {
  const found = fixtureCompiledAtlas().features.find((feature) => feature.properties.layer === 'evacuation');
  if (!found) throw new Error('the fixture has no evacuation route');
  return { ...found.properties, layer } as IndexedProperties;
};

describe('a feature’s colour in the panels', () => {
  it('is grey for a route not built or reported closed, its layer’s colour otherwise', () => {
    for (const layer of ['evacuation', 'aid'] as const) {
      const open = { ...route(layer) };
      delete open.status;
      expect(featureColour(open as IndexedProperties)).toBe(LAYER_COLOURS[layer]);
      for (const status of ['closed', 'not_built'] as const)
        expect(featureColour({ ...open, status } as IndexedProperties)).toBe(OVERLAY_COLOURS.aidNotBuilt);
    }
  });
});
