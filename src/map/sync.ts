// Store -> map: visibility, severity filter, highlighted features (those the passage read cites, and those
// the name search finds) and camera requests, as small diffs.
import { LngLat, type Map as MaplibreMap, type MapMouseEvent, type MapTouchEvent } from 'maplibre-gl';
import { getAtlasIndex, passageKey } from '../data/atlasIndex';
import { foldForSearch } from '../panels/featureSearch';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import type { AtlasState, useAtlasStore } from '../state/store';
import { overlayLayerFilter } from './atlasStyle';
import { rangeGlobalState } from './timeStyle';
import { draftStyleLayerId, overlayLayerIds } from './overlayStyle';
import { LayerVisibility } from './layerVisibility';
import { searchMarkedIds } from './searchMarks';
import { setGlobalStateOnce } from './globalState';
import type { ReloadFrames } from './reloadFrames';
import { BASEMAP_SOURCE, OVERLAY_SOURCE } from './tileSources';

type Store = typeof useAtlasStore;
type CameraRequest = NonNullable<AtlasState['cameraRequest']>;

/** A clicked point nearer the map's edge than this after a resize is brought back to the middle. */
const OUT_OF_VIEW_MARGIN_PX = 24;

/** Whether a point (in the map's CSS pixels) lies outside the map, less a margin on every side. */
export function isOutOfView(
  point: { x: number; y: number },
  size: { clientWidth: number; clientHeight: number },
  margin: number,
): boolean {
  return (
    point.x < margin ||
    point.y < margin ||
    point.x > size.clientWidth - margin ||
    point.y > size.clientHeight - margin
  );
}

type StateKey = 'selected' | 'hover' | 'highlighted';

/** Camera fits: padding so features do not end up under the edges or the controls. */
export const FIT_OPTIONS = { padding: 48, maxZoom: 8 } as const;
const FIT_DURATION_MS = 600;

function layerOf(state: AtlasState, id: string): LayerId | undefined {
  if (state.data.kind !== 'ready') return undefined;
  return getAtlasIndex(state.data.atlas).featuresById.get(id)?.properties.layer;
}

/** Typing runs ahead of the marks: they follow once it pauses this long. */
const SEARCH_MARK_DELAY_MS = 150;

function highlightedIds(state: AtlasState): readonly string[] {
  if (state.data.kind !== 'ready' || !state.activePassage) return [];
  return getAtlasIndex(state.data.atlas).citingFeatureIds.get(passageKey(state.activePassage)) ?? [];
}

/** The parts of the store's state that the style itself shows. */
type StyledState = Pick<AtlasState, 'language' | 'visibleLayers' | 'minSeverity' | 'dateRange'>;

const styledStateOf = ({ language, visibleLayers, minSeverity, dateRange }: AtlasState): StyledState => ({
  language,
  visibleLayers,
  minSeverity,
  dateRange,
});

export class MapSync {
  private readonly applied: Record<StateKey, Set<string>> = {
    selected: new Set(),
    hover: new Set(),
    highlighted: new Set(),
  };

  /** `startedAtRequest`: the camera request the map was created at, which needs no second move. */
  constructor(
    private readonly map: MaplibreMap,
    private readonly store: Store,
    private readonly startedAtRequest: number | null = null,
    /** Holds frames while a new range or language is laid out, so it is drawn in one frame. */
    private readonly reloadFrames: ReloadFrames | null = null,
  ) {
    this.layerVisibility = new LayerVisibility(map);
  }

  private readonly layerVisibility: LayerVisibility;

  /** What the style shows now: the store's state the map was made with, then each change applied to it. */
  private styled: StyledState | null = null;
  private waitingForStyle = false;

  start(): () => void {
    const initial = this.store.getState();
    this.styled = styledStateOf(initial);
    this.applyStyle(initial);
    this.applyFeatureStates(initial);
    if (initial.cameraRequest?.kind === 'fit') this.shown = initial.cameraRequest;
    if (initial.cameraRequest && initial.cameraRequest.seq !== this.startedAtRequest)
      this.moveCamera(initial.cameraRequest, false);
    this.keepShownOnResize();
    if (initial.featureQuery !== '') this.markSearch(initial);
    const unsubscribe = this.store.subscribe((state, previous) => this.apply(state, previous));
    return () => {
      unsubscribe();
      clearTimeout(this.searchTimer);
    };
  }

  /** What the name search marks now (its ids, found a moment after the typing). */
  private searchMarked: readonly string[] = [];
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private diffHighlighted(state: AtlasState): void {
    this.diffState(state, 'highlighted', [...highlightedIds(state), ...this.searchMarked]);
  }

  private markSearch(state: AtlasState): void {
    clearTimeout(this.searchTimer);
    if (foldForSearch(state.featureQuery) === '') {
      this.searchMarked = [];
      this.diffHighlighted(state);
      return;
    }
    this.searchTimer = setTimeout(() => {
      const now = this.store.getState();
      this.searchMarked = searchMarkedIds(now);
      this.diffHighlighted(now);
    }, SEARCH_MARK_DELAY_MS);
  }

  /**
   * What the camera was last asked to show (a fit), or where the reader last clicked the map, until the
   * reader moves the map. On a phone a selection opens the panels' sheet and the map loses half its height a
   * moment after the camera set off (or after the click): without this the feature ends up out of view.
   */
  private shown: Extract<CameraRequest, { kind: 'fit' }> | { kind: 'point'; lngLat: LngLat } | null = null;

  private keepShownOnResize(): void {
    // Pressed before the click's own handlers run, so a fit the click asks for (a collapsed point) replaces
    // the point; a press that becomes a drag is the reader moving the map, which forgets it below.
    const pressed = (event: MapMouseEvent | MapTouchEvent) => {
      this.shown = { kind: 'point', lngLat: event.lngLat };
    };
    this.map.on('mousedown', pressed);
    this.map.on('touchstart', pressed);
    this.map.on('movestart', (event) => {
      // The reader's own gesture (drag, wheel, keys, zoom buttons): what they look at now is their choice.
      if ('originalEvent' in event && event.originalEvent) this.shown = null;
    });
    this.map.on('resize', () => {
      const shown = this.shown;
      // Printing lays the page out at the paper's size; the printed map is the one on screen.
      if (!shown || globalThis.matchMedia?.('print').matches) return;
      const container = this.map.getContainer();
      const outOfView = (lngLat: LngLat) =>
        isOutOfView(this.map.project(lngLat), container, OUT_OF_VIEW_MARGIN_PX);
      if (shown.kind === 'point') {
        if (outOfView(shown.lngLat)) this.map.easeTo({ center: shown.lngLat, duration: FIT_DURATION_MS });
        return;
      }
      // A flight set off for the old size lands wrong; at rest, only a map too small for the fit moves (a map
      // grown around it still shows it all).
      const [west, south, east, north] = shown.bounds;
      const corners = [new LngLat(west, south), new LngLat(east, north)];
      if (this.map.isMoving() || corners.some(outOfView)) this.moveCamera(shown);
    });
  }

  private apply(state: AtlasState, previous: AtlasState): void {
    this.applyStyle(state);
    const dataChanged = state.data !== previous.data;
    if (dataChanged || state.selectedId !== previous.selectedId)
      this.diffState(state, 'selected', state.selectedId ? [state.selectedId] : []);
    if (dataChanged || state.hoveredId !== previous.hoveredId)
      this.diffState(state, 'hover', state.hoveredId ? [state.hoveredId] : []);
    // A passage can be cited by thousands of features at scale: diff them only when the passage changes,
    // not on every hover.
    if (dataChanged || state.activePassage !== previous.activePassage) this.diffHighlighted(state);
    if (dataChanged || state.featureQuery !== previous.featureQuery) this.markSearch(state);
    if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest)
      this.moveCamera(state.cameraRequest);
  }

  /**
   * Layers, severity, dates and language into the style. MapLibre refuses every style change until its style
   * has loaded (a link read, or the atlas arriving, can change the store before that), so until then the
   * changes wait and are applied together once it has, with the feature states that had no source to go to.
   */
  private applyStyle(state: AtlasState): void {
    const styled = this.styled;
    if (!styled) return;
    if (this.map.style?._loaded !== true) {
      if (!this.waitingForStyle) {
        this.waitingForStyle = true;
        this.map.once('style.load', () => {
          this.waitingForStyle = false;
          const latest = this.store.getState();
          this.applyStyle(latest);
          this.applyFeatureStates(latest);
        });
      }
      return;
    }
    // The basemap's and the overlays' labels read the language.
    if (state.language !== styled.language)
      this.setLaidOutState('lang', state.language, [BASEMAP_SOURCE, OVERLAY_SOURCE]);
    if (state.visibleLayers !== styled.visibleLayers) this.showLayers(state.visibleLayers);
    if (state.minSeverity !== styled.minSeverity) {
      for (const id of overlayLayerIds('risk')) {
        const filter = overlayLayerFilter(id, state.minSeverity);
        // The editor's drafts of a zone copied the filter the zone had when the editor opened.
        for (const styleLayerId of [id, draftStyleLayerId(id)]) {
          if (!this.map.getLayer(styleLayerId)) continue;
          this.layerVisibility.willRestyle(styleLayerId);
          this.map.setFilter(styleLayerId, filter);
        }
      }
    }
    if (state.dateRange !== styled.dateRange) {
      // Every overlay layer's filter reads the range.
      for (const [key, value] of Object.entries(rangeGlobalState(state.dateRange)))
        this.setLaidOutState(key, value, [OVERLAY_SOURCE]);
    }
    this.styled = styledStateOf(state);
  }

  /**
   * A global-state value that `sources` lay out with: reloaded once, and drawn in one frame when their tiles
   * are back.
   */
  private setLaidOutState(name: string, value: unknown, sources: readonly string[]): void {
    setGlobalStateOnce(this.map, name, value, sources);
    this.reloadFrames?.holdUntilLoaded(sources);
  }

  /**
   * Toggles visibility only: no source re-added, and in most cases no tile laid out again. The editor's
   * drafts of a layer go with it (their style layers exist only while the editor is open).
   */
  private showLayers(visible: Record<LayerId, boolean>): void {
    for (const layer of LAYER_IDS) {
      const ids = overlayLayerIds(layer);
      this.layerVisibility.setShown([...ids, ...ids.map(draftStyleLayerId)], visible[layer]);
    }
  }

  private applyFeatureStates(state: AtlasState): void {
    this.diffState(state, 'selected', state.selectedId ? [state.selectedId] : []);
    this.diffState(state, 'hover', state.hoveredId ? [state.hoveredId] : []);
    this.diffHighlighted(state);
  }

  private diffState(state: AtlasState, key: StateKey, wanted: readonly string[]): void {
    const current = this.applied[key];
    const next = new Set(wanted.filter((id) => layerOf(state, id) !== undefined));
    for (const id of current) {
      if (next.has(id)) continue;
      const sourceLayer = layerOf(state, id);
      if (sourceLayer && this.map.getSource(OVERLAY_SOURCE))
        this.map.setFeatureState({ source: OVERLAY_SOURCE, sourceLayer, id }, { [key]: false });
      current.delete(id);
    }
    for (const id of next) {
      if (current.has(id)) continue;
      const sourceLayer = layerOf(state, id);
      if (!sourceLayer || !this.map.getSource(OVERLAY_SOURCE)) continue;
      this.map.setFeatureState({ source: OVERLAY_SOURCE, sourceLayer, id }, { [key]: true });
      current.add(id);
    }
  }

  private moveCamera(request: CameraRequest, animate = true): void {
    this.shown = request.kind === 'fit' ? request : null;
    if (request.kind === 'jump') {
      const { zoom, lat, lng, bearing, pitch } = request.view;
      this.map.jumpTo({ zoom, center: [lng, lat], bearing, pitch });
      return;
    }
    const [west, south, east, north] = request.bounds;
    const bounds: [[number, number], [number, number]] = [
      [west, south],
      [east, north],
    ];
    const target = this.map.cameraForBounds(bounds, FIT_OPTIONS);
    this.map.fitBounds(bounds, { ...FIT_OPTIONS, duration: animate ? FIT_DURATION_MS : 0 });
    // Where the flight will end, so a link made on the way carries the view the reader is about to see.
    // Set after the call: starting a flight ends the one before it, and that end clears the target. The
    // flight's own end writes the view and clears it again, whether it lands or is interrupted.
    if (this.map.isMoving() && target?.center !== undefined && target.zoom !== undefined) {
      const centre = LngLat.convert(target.center);
      this.store.getState().setCameraTarget({
        zoom: target.zoom,
        lat: centre.lat,
        lng: centre.lng,
        bearing: target.bearing ?? this.map.getBearing(),
        pitch: this.map.getPitch(),
      });
    }
  }
}
