// The app builds its style in code and hands it to MapLibre unvalidated (validating it cost ~50 ms at start):
// here it is validated in each state a link or the reader can put it in.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ALL_DATES } from '../../src/data/dateRange';
import { LAYER_IDS, type LayerId } from '../../src/data/layerIds';
import { buildAtlasStyle } from '../../src/map/atlasStyle';

const allVisible = Object.fromEntries(LAYER_IDS.map((layer) => [layer, true])) as Record<LayerId, boolean>;
const noneVisible = Object.fromEntries(LAYER_IDS.map((layer) => [layer, false])) as Record<LayerId, boolean>;

describe('the whole map style', () => {
  const states = [
    { language: 'en', visibleLayers: allVisible, minSeverity: 1, dateRange: ALL_DATES },
    { language: 'ru', visibleLayers: noneVisible, minSeverity: 4, dateRange: ALL_DATES },
    {
      language: 'en',
      visibleLayers: { ...allVisible, risk: false },
      minSeverity: 3,
      dateRange: { from: '2026-03-01', to: '2026-04-30' },
      dataFolder: 'bench-data/synthetic-1k',
    },
  ] as const;

  it('is a valid MapLibre style in every state it starts in', () => {
    for (const state of states) {
      const errors = validateStyleMin(buildAtlasStyle({ baseUrl: 'http://127.0.0.1:4173/', ...state }));
      expect(errors.map((error) => error.message)).toEqual([]);
    }
  });

  it('is checked: a broken layer is reported', () => {
    const style = buildAtlasStyle({ baseUrl: 'http://127.0.0.1:4173/', ...states[0] });
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'broken', type: 'line', source: 'nowhere' }],
    } as typeof style;
    expect(validateStyleMin(broken).length).toBeGreaterThan(0);
  });
});
