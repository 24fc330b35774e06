// Showing and hiding style layers without reloading their tiles.
//
// MapLibre 6.17 reloads a layer's whole source when its visibility is set through the map (`_updateLayer`):
// its workers build nothing for a hidden layer, so showing it again needs every tile laid out anew, and at
// 100,000 features a toggle took 0.3-0.7 s. Hiding a layer only on the main thread keeps its buckets in the
// tiles: drawing skips it (`isHidden`), and a minimum zoom above the map's deepest keeps symbol placement
// from placing it, so hidden icons neither push visible labels away nor answer a pointer. Showing it again
// is then one frame. Two cases still take the reloading way: a layer hidden since the style was made (its
// tiles were laid out without it), and a layer restyled while hidden (the change sent the workers the
// hidden copy). Tested in tests/unit/layerVisibility.test.ts and, against MapLibre itself, in
// tests/e2e/overlays.spec.ts.
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Beyond the map's deepest zoom (MAX_ZOOM), and within the style spec's 0-24. */
export const HIDDEN_MIN_ZOOM = 24;

export class LayerVisibility {
  /** Style layers hidden on the main thread only, with the minimum zoom each had before. */
  private readonly quietlyHidden = new Map<string, number | undefined>();
  /** Of those, the ones restyled since: their workers now hold the hidden copy. */
  private readonly restyledWhileHidden = new Set<string>();

  constructor(private readonly map: MaplibreMap) {}

  /** Shows or hides style layers; returns whether any changed, so the caller can ask for a frame. */
  setShown(styleLayerIds: readonly string[], shown: boolean): boolean {
    let changed = false;
    for (const id of styleLayerIds) changed = (shown ? this.show(id) : this.hide(id)) || changed;
    if (changed) this.map.triggerRepaint();
    return changed;
  }

  /** Call before restyling a layer through the map (a filter, a layout property). */
  willRestyle(styleLayerId: string): void {
    if (this.quietlyHidden.has(styleLayerId)) this.restyledWhileHidden.add(styleLayerId);
  }

  private hide(id: string): boolean {
    const layer = this.map.getLayer(id);
    if (!layer || layer.visibility === 'none') return false;
    this.quietlyHidden.set(id, layer.minzoom);
    // The layer's own setter, not the map's: the map's would mark the source for reload.
    layer.setLayoutProperty('visibility', 'none');
    layer.minzoom = HIDDEN_MIN_ZOOM;
    return true;
  }

  private show(id: string): boolean {
    const layer = this.map.getLayer(id);
    if (!layer || layer.visibility !== 'none') return false;
    if (!this.quietlyHidden.has(id)) {
      this.map.setLayoutProperty(id, 'visibility', 'visible');
      return true;
    }
    const ownMinZoom = this.quietlyHidden.get(id);
    this.quietlyHidden.delete(id);
    if (this.restyledWhileHidden.delete(id)) {
      // Through the map, so the workers get the shown copy and lay its tiles out again.
      this.map.setLayerZoomRange(id, ownMinZoom ?? 0, layer.maxzoom);
      this.map.setLayoutProperty(id, 'visibility', 'visible');
      return true;
    }
    // No minimum zoom and 0 mean the same to MapLibre.
    layer.minzoom = ownMinZoom ?? 0;
    layer.setLayoutProperty('visibility', 'visible');
    return true;
  }
}
