// A click takes what is drawn on top; the rest stay one click away.
import { describe, expect, it, beforeEach } from 'vitest';
import { orderHits, resolveClick, type Hit } from '../../src/map/interaction';
import { buildOverlayLayers, PICKABLE_LAYER_IDS } from '../../src/map/overlayStyle';
import { useAtlasStore } from '../../src/state/store';
import { LAYER_IDS } from '../../src/data/layerIds';

const hit = (id: string, styleLayer: string): Hit => ({
  id,
  styleLayer,
  layer: 'sites',
  name: { en: id, ru: id },
});

describe('what a click on overlapping features picks', () => {
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));

  it('knows the pickable layers from the layer builders, topmost first', () => {
    const drawn = buildOverlayLayers().map((layer) => layer.id);
    const ranks = PICKABLE_LAYER_IDS.map((id) => drawn.indexOf(id));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // A collapsed point is drawn over every feature: it stands for features too crowded to draw.
    expect(PICKABLE_LAYER_IDS.slice(0, LAYER_IDS.length)).toEqual(
      [...LAYER_IDS].reverse().map((layer) => `${layer}-collapsed`),
    );
    expect(PICKABLE_LAYER_IDS[LAYER_IDS.length]).toBe('sites-icons');
    expect(PICKABLE_LAYER_IDS.at(-1)).toBe('risk-fill');
    // Casings, arrows, halos and rings are drawn but never picked.
    expect(PICKABLE_LAYER_IDS).not.toContain('evacuation-casing');
    expect(PICKABLE_LAYER_IDS).not.toContain('sites-selected-ring');
  });

  it('puts points over lines over zones, each feature once', () => {
    const ordered = orderHits([
      hit('zone', 'risk-fill'),
      hit('road', 'evacuation-line'),
      hit('crossing', 'sites-icons'),
      hit('road', 'evacuation-dashed'),
      hit('pipeline', 'infrastructure-line'),
    ]);
    expect(ordered.map((h) => h.id)).toEqual(['crossing', 'road', 'pipeline', 'zone']);
  });

  it('selects the topmost at once and keeps the others under the pointer', () => {
    resolveClick(
      useAtlasStore,
      orderHits([hit('zone', 'risk-fill'), hit('crossing', 'sites-icons')]),
      [48, 38],
    );
    const state = useAtlasStore.getState();
    expect(state.selectedId).toBe('crossing');
    expect(state.featuresUnderPointer).toEqual(['crossing', 'zone']);
    expect(state.whatsHereAt).toBeNull();
  });

  it('asks what is here when nothing is under the pointer', () => {
    useAtlasStore.getState().selectFeature('crossing', ['crossing']);
    resolveClick(useAtlasStore, [], [48, 38]);
    const state = useAtlasStore.getState();
    expect(state.selectedId).toBeNull();
    expect(state.featuresUnderPointer).toEqual([]);
    expect(state.whatsHereAt).toEqual([48, 38]);
  });
});
