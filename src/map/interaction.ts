// Map events -> store: what a click, a hover or a key press on the map means to the app.
import type { Map as MaplibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { unionBounds } from '../data/atlasIndex';
import { isAllDates } from '../data/dateRange';
import type { LayerId } from '../data/schema';
import { ALL_SEVERITIES } from '../data/severity';
import type { AtlasState, useAtlasStore } from '../state/store';
import { HoverLabel } from './hoverLabel';
import { isMapPointerClaimed } from './mapInstance';
import { layerLabel, translate, type Language } from '../i18n/dictionaries';
import { buildOverlayLayers, COLLAPSED_METADATA_KEY, PICKABLE_LAYER_IDS } from './overlayStyle';

type Store = typeof useAtlasStore;

/** Pointer tolerance in CSS pixels: a thin line is hard to hit exactly, especially by touch. */
const HIT_TOLERANCE = 6;

/** A collapsed point under the pointer: how many features it counts and where they are. */
export type Collapsed = { count: number; bounds: [number, number, number, number] };

/** One layer's collapsed point among those stacked under the pointer. */
export type CollapsedPart = { layer: LayerId; count: number };

type StackedPoint = { id: string; layer: LayerId; styleLayer: string; collapsed: Collapsed };

export type Hit = {
  id: string;
  layer: LayerId;
  styleLayer: string;
  name: { en: string; ru: string };
  /** Set when the hit is a collapsed point (a count of features, not a feature). */
  collapsed?: Collapsed;
};

const COLLAPSED_STYLE_LAYERS = new Set(
  buildOverlayLayers()
    .filter((layer) => layer.metadata[COLLAPSED_METADATA_KEY])
    .map((layer) => layer.id),
);

function collapsedOf(properties: Record<string, unknown>): Collapsed | undefined {
  const { count, west, south, east, north } = properties;
  if (typeof count !== 'number') return undefined;
  const edges = [west, south, east, north];
  if (!edges.every((edge): edge is number => typeof edge === 'number')) return undefined;
  return { count, bounds: edges as [number, number, number, number] };
}

/** Dates narrowed or a severity floor set: what a collapsed point's count does not follow. */
function isFiltering(store: Store): boolean {
  const { dateRange, minSeverity } = store.getState();
  return !isAllDates(dateRange) || minSeverity > ALL_SEVERITIES;
}

/** Map events after which the features under a resting pointer may differ. */
const FORGETTING_EVENTS = ['move', 'data', 'resize'] as const;

/** Top of the drawing order first: a pickable style layer's rank, lower is drawn higher. */
const DRAWING_RANK = new Map(PICKABLE_LAYER_IDS.map((id, rank) => [id, rank]));
const drawingRank = (styleLayer: string) => DRAWING_RANK.get(styleLayer) ?? DRAWING_RANK.size;

/**
 * The features under a point, each once, in the order they are drawn from the top: points over lines over
 * zones. A click on a crossing inside a risk zone means the crossing; the zone stays one click away.
 */
export function orderHits(hits: readonly Hit[]): Hit[] {
  const seen = new Set<string>();
  // A stable sort keeps MapLibre's own order (topmost first) within one style layer.
  return [...hits]
    .sort((a, b) => drawingRank(a.styleLayer) - drawingRank(b.styleLayer))
    .filter((hit) => (seen.has(hit.id) ? false : (seen.add(hit.id), true)));
}

/**
 * `filtering`: the reader has narrowed the dates or the severity. A collapsed point's count is made at build
 * time over all of its features, so the label then says what it counted.
 */
export function featuresAt(map: MaplibreMap, point: { x: number; y: number }, filtering = false): Hit[] {
  const box: [PointLike, PointLike] = [
    [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
    [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
  ];
  // A hidden layer's features stay in its tiles (see layerVisibility.ts): only the drawn ones answer.
  const zoom = map.getZoom();
  const layers = PICKABLE_LAYER_IDS.filter((id) => map.getLayer(id)?.isHidden(zoom) === false);
  const hits: Hit[] = [];
  const stacked: StackedPoint[] = [];
  for (const feature of map.queryRenderedFeatures(box, { layers })) {
    const id = String(feature.properties['id'] ?? '');
    if (!id) continue;
    if (COLLAPSED_STYLE_LAYERS.has(feature.layer.id)) {
      const collapsed = collapsedOf(feature.properties);
      const layer = feature.properties['layer'] as LayerId;
      if (collapsed) stacked.push({ id, layer, styleLayer: feature.layer.id, collapsed });
      continue;
    }
    hits.push({
      id,
      // Each overlay layer is the source layer of that name in the one overlay tile source.
      layer: feature.sourceLayer as LayerId,
      styleLayer: feature.layer.id,
      name: {
        en: String(feature.properties['name_en'] ?? id),
        ru: String(feature.properties['name_ru'] ?? id),
      },
    });
  }
  const merged = mergeStacked(stacked, filtering);
  return orderHits(merged ? [...hits, merged] : hits);
}

/**
 * Each layer collapses on its own, so in a crowded place the layers' points lie on top of each other and
 * the topmost hides the others' counts. One hit stands for the whole stack: its label names every layer's
 * count, topmost first, and a click zooms to where all of their features separate.
 */
function mergeStacked(stacked: readonly StackedPoint[], filtering: boolean): Hit | null {
  const inOrder = [...stacked].sort((a, b) => drawingRank(a.styleLayer) - drawingRank(b.styleLayer));
  const [top] = inOrder;
  const bounds = unionBounds(inOrder.map(({ collapsed }) => collapsed.bounds));
  if (!top || !bounds) return null;
  const parts = inOrder.map(({ layer, collapsed }) => ({ layer, count: collapsed.count }));
  return {
    id: top.id,
    layer: top.layer,
    styleLayer: top.styleLayer,
    name: { en: collapsedLabel('en', parts, filtering), ru: collapsedLabel('ru', parts, filtering) },
    collapsed: {
      count: parts.reduce((sum, part) => sum + part.count, 0),
      bounds,
    },
  };
}

/** What the pointer label says over collapsed points: each layer's count, never a feature's name. */
export function collapsedLabel(
  language: Language,
  parts: readonly CollapsedPart[],
  filtering = false,
): string {
  const list = parts
    .map(({ layer, count }) =>
      translate(language, 'collapsedCount', {
        layer: layerLabel(language, layer),
        count: count.toLocaleString(language),
      }),
    )
    .join(', ');
  return translate(language, filtering ? 'collapsedHereUnfiltered' : 'collapsedHere', { list });
}

/**
 * A click selects the topmost feature at once; the others under the pointer are offered as "Also here". A
 * collapsed point on top zooms the map to the features it counts, where they are drawn one by one.
 */
export function resolveClick(store: Store, hits: readonly Hit[], lngLat: [number, number]): void {
  const state = store.getState();
  const [top] = hits;
  if (!top) state.showWhatsHere(lngLat);
  else if (top.collapsed) state.fitBounds(top.collapsed.bounds);
  else
    state.selectFeature(
      top.id,
      hits.filter((hit) => !hit.collapsed).map((hit) => hit.id),
    );
}

/**
 * What a hit query's answer depends on in the store: the layers shown, the filters, the data, and the
 * language (a collapsed point's label is written in a language only once its dictionary has loaded).
 */
type QueryInputs = Pick<AtlasState, 'visibleLayers' | 'minSeverity' | 'dateRange' | 'data' | 'language'>;
type KeptQuery = { x: number; y: number; inputs: QueryInputs; hits: Hit[] };

const sameInputs = (a: QueryInputs, b: QueryInputs) =>
  a.visibleLayers === b.visibleLayers &&
  a.minSeverity === b.minSeverity &&
  a.dateRange === b.dateRange &&
  a.data === b.data &&
  a.language === b.language;

/** The element that tells what the keys do on the focused map (rendered by MapView). */
export const MAP_KEYS_HINT_ID = 'map-keys-hint';
const KEYS_USED_CLASS = 'map-keys-used';

export function bindInteraction(map: MaplibreMap, store: Store): () => void {
  const tooltip = new HoverLabel(map.getContainer());

  // The hover's answer, kept for a click where the pointer rests: asking the map again costs milliseconds
  // with many features, inside the click. Anything that can change the answer forgets it: the camera, a
  // tile or the style ('data'), the map's size, the pointer leaving, the store's layers, filters or data.
  let kept: KeptQuery | null = null;
  const forget = () => {
    kept = null;
  };
  const hitsAt = (point: { x: number; y: number }): Hit[] => {
    const state = store.getState();
    if (kept && kept.x === point.x && kept.y === point.y && sameInputs(kept.inputs, state)) return kept.hits;
    const { visibleLayers, minSeverity, dateRange, data, language } = state;
    const hits = featuresAt(map, point, isFiltering(store));
    kept = {
      x: point.x,
      y: point.y,
      inputs: { visibleLayers, minSeverity, dateRange, data, language },
      hits,
    };
    return hits;
  };

  const onClick = (event: MapMouseEvent) => {
    if (isMapPointerClaimed()) return;
    resolveClick(store, hitsAt(event.point), [event.lngLat.lng, event.lngLat.lat]);
  };

  // Where the label stands, so that a language chosen while the pointer rests is read there at once.
  let labelledAt: { x: number; y: number } | null = null;

  const dropLabel = () => {
    labelledAt = null;
    if (tooltip.shown) tooltip.hide();
    if (store.getState().hoveredId !== null) store.getState().setHovered(null);
  };

  const clearHover = () => {
    dropLabel();
    map.getCanvas().style.cursor = '';
  };

  const onMove = (event: MapMouseEvent) => {
    // While a shape is drawn the pointer points where to draw, and the cursor is the drawing's to set.
    if (isMapPointerClaimed()) {
      dropLabel();
      return;
    }
    // While the map is dragged or zoomed the pointer points at nothing in particular: a hit query per
    // pointer move would only take time from the frames.
    if (event.originalEvent.buttons !== 0 || map.isMoving()) {
      clearHover();
      return;
    }
    const [top] = hitsAt(event.point);
    const state = store.getState();
    if (!top) {
      clearHover();
      return;
    }
    map.getCanvas().style.cursor = 'pointer';
    tooltip.show(event.point, top.name[state.language]);
    labelledAt = { x: event.point.x, y: event.point.y };
    const hovered = top.collapsed ? null : top.id;
    if (state.hoveredId !== hovered) state.setHovered(hovered);
  };

  const onLeave = () => {
    forget();
    clearHover();
  };

  /** Enter on the focused map acts as a click at its centre: the keyboard path to picking and 'What's here'. */
  const onKey = (event: KeyboardEvent) => {
    // The hint to the keys (map.css) has done its work once one is used.
    container.classList.add(KEYS_USED_CLASS);
    if ((event.key !== 'Enter' && event.key !== ' ') || isMapPointerClaimed()) return;
    event.preventDefault();
    const canvas = map.getCanvas();
    const centre = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
    const lngLat = map.getCenter();
    resolveClick(store, featuresAt(map, centre, isFiltering(store)), [lngLat.lng, lngLat.lat]);
  };

  const relabel = (state: AtlasState, previous: AtlasState) => {
    if (state.language === previous.language || !labelledAt) return;
    const point = labelledAt;
    const [top] = hitsAt(point);
    if (top) tooltip.show(point, top.name[state.language]);
    else clearHover();
  };

  const container = map.getCanvasContainer();
  map.getCanvas().setAttribute('aria-describedby', MAP_KEYS_HINT_ID);
  const unsubscribe = store.subscribe(relabel);
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  // A moving map carries the feature away from the resting pointer: the label and highlight go with it.
  map.on('movestart', onLeave);
  for (const type of FORGETTING_EVENTS) map.on(type, forget);
  container.addEventListener('keydown', onKey);
  return () => {
    unsubscribe();
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('movestart', onLeave);
    for (const type of FORGETTING_EVENTS) map.off(type, forget);
    container.removeEventListener('keydown', onKey);
    tooltip.hide();
  };
}
