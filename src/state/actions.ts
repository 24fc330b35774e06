// User-level actions that touch more than one slice: what choosing a feature or a passage means.
import { getAtlasIndex, passageKey, unionBounds, type Bounds, type PassageRef } from '../data/atlasIndex';
import { loadLanguage, type Language } from '../i18n/dictionaries';
import { useAtlasStore } from './store';

function currentIndex() {
  const { data } = useAtlasStore.getState();
  return data.kind === 'ready' ? getAtlasIndex(data.atlas) : null;
}

/** Selects a feature and fits the map to it, as a click in a list, a chip or a link does. */
export function chooseFeature(id: string): void {
  const index = currentIndex();
  const bounds = index?.boundsById.get(id);
  const state = useAtlasStore.getState();
  state.selectFeature(id);
  if (bounds) state.fitBounds(bounds);
}

/** Shows the layers of these features and fits the map to them all, as a search's "show on the map" does. */
export function showFeaturesOnMap(ids: readonly string[]): void {
  const index = currentIndex();
  if (!index) return;
  const state = useAtlasStore.getState();
  const bounds: Bounds[] = [];
  for (const id of ids) {
    const feature = index.featuresById.get(id);
    const featureBounds = index.boundsById.get(id);
    if (!feature || !featureBounds) continue;
    if (!useAtlasStore.getState().visibleLayers[feature.properties.layer])
      state.setLayerVisible(feature.properties.layer, true);
    bounds.push(featureBounds);
  }
  const all = unionBounds(bounds);
  if (all) state.fitBounds(all);
}

/** Focuses a passage: its features are highlighted on the map, which fits to them. */
export function choosePassage(passage: PassageRef): void {
  const index = currentIndex();
  const state = useAtlasStore.getState();
  state.focusPassage(passage);
  const featureIds = index?.citingFeatureIds.get(passageKey(passage)) ?? [];
  const bounds = unionBounds(
    featureIds
      .map((featureId) => index?.boundsById.get(featureId))
      .filter((b): b is Bounds => b !== undefined),
  );
  if (bounds) state.fitBounds(bounds);
}

let latestLanguageChoice: Language | null = null;

/** Switches the interface language once its strings have loaded; a later choice wins over an earlier one. */
export async function chooseLanguage(language: Language): Promise<void> {
  latestLanguageChoice = language;
  try {
    await loadLanguage(language);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    useAtlasStore.getState().addNotice(`The interface in '${language}' could not be loaded: ${reason}.`);
    return;
  }
  if (latestLanguageChoice === language) useAtlasStore.getState().setLanguage(language);
}
