import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MAX_ZOOM } from '../../src/map/initialView';
import { HIDDEN_MIN_ZOOM, LayerVisibility } from '../../src/map/layerVisibility';

type FakeLayer = { visibility: string; minzoom: number | undefined; maxzoom: number | undefined };

/**
 * Style layers as MapLibre keeps them on the main thread, and a record of what went through the map: every
 * map setter here is one that, in MapLibre, sends the layer to the workers and lays its tiles out again.
 */
function fakeMap(initial: Record<string, Partial<FakeLayer>>) {
  const throughMap: string[] = [];
  let repaints = 0;
  const layers = new Map<string, FakeLayer & { setLayoutProperty: (name: string, value: string) => void }>();
  for (const [id, layer] of Object.entries(initial)) {
    const styleLayer = {
      visibility: 'visible',
      minzoom: undefined,
      maxzoom: undefined,
      ...layer,
      setLayoutProperty(name: string, value: string) {
        if (name === 'visibility') this.visibility = value;
      },
    };
    layers.set(id, styleLayer);
  }
  const map = {
    getLayer: (id: string) => layers.get(id),
    setLayoutProperty: (id: string, name: string, value: string) => {
      throughMap.push(`${id}.${name}=${value}`);
      const layer = layers.get(id);
      if (layer && name === 'visibility') layer.visibility = value;
    },
    setLayerZoomRange: (id: string, minzoom: number, maxzoom: number | undefined) => {
      throughMap.push(`${id}.zoom=${minzoom}-${String(maxzoom)}`);
      const layer = layers.get(id);
      if (layer) Object.assign(layer, { minzoom, maxzoom });
    },
    triggerRepaint: () => {
      repaints += 1;
    },
  } as unknown as MaplibreMap;
  return { map, layers, throughMap, repaints: () => repaints };
}

describe('showing and hiding style layers', () => {
  it('hides beyond the deepest zoom, so placement skips the layer as drawing does', () => {
    expect(HIDDEN_MIN_ZOOM).toBeGreaterThan(MAX_ZOOM);
    expect(HIDDEN_MIN_ZOOM).toBeLessThanOrEqual(24);
  });

  it('hides and shows a layer on the main thread only, and asks for a frame', () => {
    const { map, layers, throughMap, repaints } = fakeMap({
      'sites-icons': {},
      'sites-ring': { minzoom: 5 },
    });
    const visibility = new LayerVisibility(map);

    expect(visibility.setShown(['sites-icons', 'sites-ring'], false)).toBe(true);
    expect(layers.get('sites-icons')).toMatchObject({ visibility: 'none', minzoom: HIDDEN_MIN_ZOOM });
    expect(layers.get('sites-ring')).toMatchObject({ visibility: 'none', minzoom: HIDDEN_MIN_ZOOM });
    expect(repaints()).toBe(1);

    expect(visibility.setShown(['sites-icons', 'sites-ring'], true)).toBe(true);
    expect(layers.get('sites-icons')).toMatchObject({ visibility: 'visible', minzoom: 0 });
    expect(layers.get('sites-ring')).toMatchObject({ visibility: 'visible', minzoom: 5 });
    expect(throughMap).toEqual([]);
    expect(repaints()).toBe(2);
  });

  it('does nothing, and asks for no frame, when the layers already are as asked', () => {
    const { map, throughMap, repaints } = fakeMap({ 'aid-line': {} });
    const visibility = new LayerVisibility(map);
    expect(visibility.setShown(['aid-line', 'no-such-layer'], true)).toBe(false);
    visibility.setShown(['aid-line'], false);
    expect(visibility.setShown(['aid-line'], false)).toBe(false);
    expect(throughMap).toEqual([]);
    expect(repaints()).toBe(1);
  });

  it('shows a layer hidden since the style was made through the map: its tiles hold nothing for it', () => {
    const { map, layers, throughMap } = fakeMap({ 'evacuation-line': { visibility: 'none' } });
    new LayerVisibility(map).setShown(['evacuation-line'], true);
    expect(throughMap).toEqual(['evacuation-line.visibility=visible']);
    expect(layers.get('evacuation-line')?.visibility).toBe('visible');
  });

  it('shows a layer restyled while hidden through the map, with its own zoom range back', () => {
    const { map, layers, throughMap } = fakeMap({ 'risk-fill': { maxzoom: 12 }, 'risk-line': {} });
    const visibility = new LayerVisibility(map);
    visibility.setShown(['risk-fill', 'risk-line'], false);
    visibility.willRestyle('risk-fill');

    visibility.setShown(['risk-fill', 'risk-line'], true);
    expect(throughMap).toEqual(['risk-fill.zoom=0-12', 'risk-fill.visibility=visible']);
    expect(layers.get('risk-fill')).toMatchObject({ visibility: 'visible', minzoom: 0, maxzoom: 12 });

    // Shown again the quiet way next time: the workers now have the shown copy.
    throughMap.length = 0;
    visibility.setShown(['risk-fill'], false);
    visibility.setShown(['risk-fill'], true);
    expect(throughMap).toEqual([]);
  });

  it('takes no note of a restyle while shown', () => {
    const { map, throughMap } = fakeMap({ 'risk-fill': {} });
    const visibility = new LayerVisibility(map);
    visibility.willRestyle('risk-fill');
    visibility.setShown(['risk-fill'], false);
    visibility.setShown(['risk-fill'], true);
    expect(throughMap).toEqual([]);
  });
});
