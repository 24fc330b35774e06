// Choosing a feature from a panel: make sure it can be seen (its layer shown, the severity filter and the
// date range let it through), then select it and fit the map to it.
import { getAtlasIndex } from '../data/atlasIndex';
import { ALL_DATES } from '../data/dateRange';
import { filteredOut } from '../data/featureFilters';
import { stateAsOf } from '../data/reported';
import { chooseFeature } from '../state/actions';
import { useAtlasStore } from '../state/store';

export function revealAndChooseFeature(id: string): void {
  const state = useAtlasStore.getState();
  if (state.data.kind === 'ready') {
    const index = getAtlasIndex(state.data.atlas);
    const feature = index.featuresById.get(id);
    if (feature) {
      const { properties } = feature;
      if (!state.visibleLayers[properties.layer]) state.setLayerVisible(properties.layer, true);
      const filters = { minSeverity: state.minSeverity, dateRange: state.dateRange };
      if (filteredOut(properties, filters, index) === 'dates') state.setDateRange(ALL_DATES);
      const after = { ...filters, dateRange: useAtlasStore.getState().dateRange };
      if (properties.layer === 'risk' && filteredOut(properties, after, index) === 'severity') {
        const asOf = stateAsOf(properties, index.articlesById, after.dateRange.to).severity;
        state.setMinSeverity(asOf ?? properties.severity);
      }
    }
  }
  chooseFeature(id);
}
