// Store -> map: visibility, severity filter, highlighted features and camera requests, as small diffs.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { getAtlasIndex } from '../data/atlasIndex';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import type { AtlasState, useAtlasStore } from '../state/store';
import { severityFilter } from './atlasStyle';
import { overlayLayerIds } from './overlayStyle';

type Store = typeof useAtlasStore;
type StateKey = 'selected' | 'hover' | 'highlighted';

/** Padding for camera fits so features do not end up under the edges or the controls. */
const FIT_PADDING = 48;
const FIT_MAX_ZOOM = 8;

function layerOf(state: AtlasState, id: string): LayerId | undefined {
  if (state.data.kind !== 'ready') return undefined;
  return getAtlasIndex(state.data.atlas).featuresById.get(id)?.properties.layer;
}

function highlightedIds(state: AtlasState): readonly string[] {
  if (state.data.kind !== 'ready' || !state.activePassageId) return [];
  return getAtlasIndex(state.data.atlas).citingFeatureIds.get(state.activePassageId) ?? [];
}

export class MapSync {
  private readonly applied: Record<StateKey, Set<string>> = {
    selected: new Set(),
    hover: new Set(),
    highlighted: new Set(),
  };

  constructor(
    private readonly map: MaplibreMap,
    private readonly store: Store,
  ) {}

  start(): () => void {
    const initial = this.store.getState();
    this.applyFeatureStates(initial);
    if (initial.cameraRequest) this.moveCamera(initial.cameraRequest, false);
    return this.store.subscribe((state, previous) => this.apply(state, previous));
  }

  private apply(state: AtlasState, previous: AtlasState): void {
    if (state.language !== previous.language) this.map.setGlobalStateProperty('lang', state.language);
    if (state.visibleLayers !== previous.visibleLayers) this.showLayers(state.visibleLayers);
    if (state.minSeverity !== previous.minSeverity) {
      for (const id of overlayLayerIds('risk')) this.map.setFilter(id, severityFilter(state.minSeverity));
    }
    const dataChanged = state.data !== previous.data;
    if (dataChanged || state.selectedId !== previous.selectedId)
      this.diffState(state, 'selected', state.selectedId ? [state.selectedId] : []);
    if (dataChanged || state.hoveredId !== previous.hoveredId)
      this.diffState(state, 'hover', state.hoveredId ? [state.hoveredId] : []);
    // A passage can be cited by thousands of features at scale: diff them only when the passage changes,
    // not on every hover.
    if (dataChanged || state.activePassageId !== previous.activePassageId)
      this.diffState(state, 'highlighted', highlightedIds(state));
    if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest)
      this.moveCamera(state.cameraRequest);
  }

  /** Toggles layout visibility only: no style reload, no source re-added. */
  private showLayers(visible: Record<LayerId, boolean>): void {
    for (const layer of LAYER_IDS) {
      for (const styleLayerId of overlayLayerIds(layer)) {
        this.map.setLayoutProperty(styleLayerId, 'visibility', visible[layer] ? 'visible' : 'none');
      }
    }
  }

  private applyFeatureStates(state: AtlasState): void {
    this.diffState(state, 'selected', state.selectedId ? [state.selectedId] : []);
    this.diffState(state, 'hover', state.hoveredId ? [state.hoveredId] : []);
    this.diffState(state, 'highlighted', highlightedIds(state));
  }

  private diffState(state: AtlasState, key: StateKey, wanted: readonly string[]): void {
    const current = this.applied[key];
    const next = new Set(wanted.filter((id) => layerOf(state, id) !== undefined));
    for (const id of current) {
      if (next.has(id)) continue;
      const source = layerOf(state, id);
      if (source && this.map.getSource(source)) this.map.setFeatureState({ source, id }, { [key]: false });
      current.delete(id);
    }
    for (const id of next) {
      if (current.has(id)) continue;
      const source = layerOf(state, id);
      if (!source || !this.map.getSource(source)) continue;
      this.map.setFeatureState({ source, id }, { [key]: true });
      current.add(id);
    }
  }

  private moveCamera(request: NonNullable<AtlasState['cameraRequest']>, animate = true): void {
    if (request.kind === 'jump') {
      const { zoom, lat, lng, bearing, pitch } = request.view;
      this.map.jumpTo({ zoom, center: [lng, lat], bearing, pitch });
      return;
    }
    const [west, south, east, north] = request.bounds;
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: animate ? 600 : 0 },
    );
  }
}
