// Which features the name search marks on the map (and names in a picture's legend). Free of MapLibre, so the
// image export can ask without loading the map's sync.
import type { AtlasState } from '../state/store';
import type { Atlas, IndexedProperties } from '../data/schema';
import { foldForSearch, matchingFeatures } from '../panels/featureSearch';

/**
 * A search by name marks what it finds on the map as a passage marks what cites it, up to this many: more
 * would be a map of marks (and as many feature-state changes); the list still narrows to them.
 */
export const SEARCH_MARK_LIMIT = 500;

const propertiesOf = new WeakMap<Atlas, IndexedProperties[]>();

/** The features the name search finds, when there are at most SEARCH_MARK_LIMIT of them; else none. */
export function searchMarked(state: Pick<AtlasState, 'featureQuery' | 'data'>): readonly IndexedProperties[] {
  const folded = foldForSearch(state.featureQuery);
  if (folded === '' || state.data.kind !== 'ready') return [];
  const { atlas } = state.data;
  let all = propertiesOf.get(atlas);
  if (!all) {
    all = atlas.features.map((feature) => feature.properties);
    propertiesOf.set(atlas, all);
  }
  const found = matchingFeatures(all, folded);
  return found.length <= SEARCH_MARK_LIMIT ? found : [];
}

export const searchMarkedIds = (state: Pick<AtlasState, 'featureQuery' | 'data'>): readonly string[] =>
  searchMarked(state).map((properties) => properties.id);
