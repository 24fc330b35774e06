// Map events -> store: what a click, a hover or a key press on the map means to the app.
import type { Map as MaplibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { LayerId } from '../data/schema';
import type { useAtlasStore } from '../state/store';
import { HoverLabel } from './hoverLabel';
import { INTERACTIVE_LAYER_IDS } from './overlayStyle';

type Store = typeof useAtlasStore;

/** Pointer tolerance in CSS pixels: a thin line is hard to hit exactly, especially by touch. */
const HIT_TOLERANCE = 6;

type Hit = { id: string; layer: LayerId; name: { en: string; ru: string } };

export function featuresAt(map: MaplibreMap, point: { x: number; y: number }): Hit[] {
  const box: [PointLike, PointLike] = [
    [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
    [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
  ];
  const layers = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id));
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const feature of map.queryRenderedFeatures(box, { layers })) {
    const id = String(feature.properties['id'] ?? '');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    hits.push({
      id,
      layer: feature.source as LayerId,
      name: {
        en: String(feature.properties['name_en'] ?? id),
        ru: String(feature.properties['name_ru'] ?? id),
      },
    });
  }
  return hits;
}

/** Points and lines first: a click on a crossing inside a risk zone most likely means the crossing. */
const PRIORITY: Record<LayerId, number> = { sites: 0, infrastructure: 1, evacuation: 2, aid: 3, risk: 4 };

export function resolveClick(store: Store, hits: Hit[], lngLat: [number, number]): void {
  const state = store.getState();
  if (hits.length === 0) state.showWhatsHere(lngLat);
  else if (hits.length === 1 && hits[0]) state.selectFeature(hits[0].id);
  else {
    const ordered = [...hits].sort((a, b) => PRIORITY[a.layer] - PRIORITY[b.layer]);
    state.offerPick({ ids: ordered.map((hit) => hit.id), lngLat });
  }
}

export function bindInteraction(map: MaplibreMap, store: Store): () => void {
  const tooltip = new HoverLabel(map.getContainer());

  const onClick = (event: MapMouseEvent) => {
    resolveClick(store, featuresAt(map, event.point), [event.lngLat.lng, event.lngLat.lat]);
  };

  const clearHover = () => {
    map.getCanvas().style.cursor = '';
    if (tooltip.shown) tooltip.hide();
    if (store.getState().hoveredId !== null) store.getState().setHovered(null);
  };

  const onMove = (event: MapMouseEvent) => {
    // While the map is dragged or zoomed the pointer points at nothing in particular: a hit query per
    // pointer move would only take time from the frames.
    if (event.originalEvent.buttons !== 0 || map.isMoving()) {
      clearHover();
      return;
    }
    const [top] = featuresAt(map, event.point);
    const state = store.getState();
    if (!top) {
      clearHover();
      return;
    }
    map.getCanvas().style.cursor = 'pointer';
    tooltip.show(event.point, top.name[state.language]);
    if (state.hoveredId !== top.id) state.setHovered(top.id);
  };

  const onLeave = clearHover;

  /** Enter on the focused map acts as a click at its centre: the keyboard path to picking and 'What's here'. */
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    const canvas = map.getCanvas();
    const centre = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
    const lngLat = map.getCenter();
    resolveClick(store, featuresAt(map, centre), [lngLat.lng, lngLat.lat]);
  };

  const container = map.getCanvasContainer();
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  // A moving map carries the feature away from the resting pointer: the label and highlight go with it.
  map.on('movestart', clearHover);
  container.addEventListener('keydown', onKey);
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('movestart', clearHover);
    container.removeEventListener('keydown', onKey);
    tooltip.hide();
  };
}
