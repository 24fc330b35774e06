// Choosing a feature from a panel: make sure it can be seen (its layer shown, the severity filter let through),
// then select it and fit the map to it.
import { getAtlasIndex } from '../data/atlasIndex';
import { passesSeverity } from '../data/severity';
import { chooseFeature } from '../state/actions';
import { useAtlasStore } from '../state/store';

export function revealAndChooseFeature(id: string): void {
  const state = useAtlasStore.getState();
  if (state.data.kind === 'ready') {
    const feature = getAtlasIndex(state.data.atlas).featuresById.get(id);
    if (feature) {
      const { properties } = feature;
      if (!state.visibleLayers[properties.layer]) state.setLayerVisible(properties.layer, true);
      if (properties.layer === 'risk' && !passesSeverity(properties, state.minSeverity))
        state.setMinSeverity(properties.severity);
    }
  }
  chooseFeature(id);
}
