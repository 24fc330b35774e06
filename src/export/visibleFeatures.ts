// The features the reader sees now: the visible layers and the reader's filters (severity, reported
// dates), by the same rules as the map, the list and the counts.
import { getAtlasIndex } from '../data/atlasIndex';
import { isShown, type FeatureFilters } from '../data/featureFilters';
import type { LayerId } from '../data/layerIds';
import type { Atlas, IndexedFeature } from '../data/schema';

export type FeatureFilter = FeatureFilters & { visibleLayers: Readonly<Record<LayerId, boolean>> };

export function visibleFeatures(atlas: Atlas, filter: FeatureFilter): IndexedFeature[] {
  const index = getAtlasIndex(atlas);
  return atlas.features.filter(
    ({ properties }) => filter.visibleLayers[properties.layer] && isShown(properties, filter, index),
  );
}
