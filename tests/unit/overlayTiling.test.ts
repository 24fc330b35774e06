import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { overlayTileset } from '../../geo/tiles/tilesets';
import { readAtlasFolder } from '../../geo/lib/atlasFolder';
import { collapsedLayerName, OVERLAY_SOURCE } from '../../src/map/tileSources';
import { LAYER_IDS, type LayerId } from '../../src/data/layerIds';
import { buildAtlasStyle, OVERLAY_TILING } from '../../src/map/atlasStyle';
import { MAX_ZOOM } from '../../src/map/initialView';
import { buildOverlayLayers } from '../../src/map/overlayStyle';
import { ALL_DATES } from '../../src/data/dateRange';

const allVisible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;

/** A paint value at `zoom` for the widest case: selected and hovered, approximate, every kind. */
function widestValue(value: unknown, property: 'line-width' | 'line-blur', zoom: number): number {
  if (value === undefined) return property === 'line-width' ? 1 : 0;
  const spec = latest.paint_line[property] as StylePropertySpecification;
  const parsed = expression.createPropertyExpression(value, property, spec);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  const feature = (properties: Record<string, unknown>) => ({
    type: 'LineString' as const,
    properties,
  });
  const cases = [
    { precision_km: 50, status: 'not_built', mode: 'air' },
    { precision_km: 0, status: 'built', mode: 'road' },
  ];
  const states = [{}, { selected: true }, { hover: true }, { highlighted: true }];
  let widest = 0;
  for (const properties of cases) {
    for (const state of states) {
      const result = parsed.value.evaluate({ zoom }, feature(properties) as never, state) as number;
      widest = Math.max(widest, result);
    }
  }
  return widest;
}

describe('how the overlays are cut into tiles', () => {
  it('every overlay layer is drawn from its own source layer of the one overlay archive', () => {
    const style = buildAtlasStyle({
      baseUrl: 'http://localhost/',
      language: 'en',
      visibleLayers: allVisible,
      minSeverity: 1,
      dateRange: ALL_DATES,
      dataFolder: 'fixtures/scale',
    });
    expect(style.sources[OVERLAY_SOURCE]).toEqual({
      type: 'vector',
      url: 'pmtiles://http://localhost/fixtures/scale/overlays.pmtiles',
      promoteId: 'id',
    });
    const overlays = style.layers.filter((layer) => buildOverlayLayers().some((o) => o.id === layer.id));
    expect(overlays.length).toBeGreaterThan(LAYER_IDS.length);
    let collapsedLayers = 0;
    for (const layer of overlays) {
      const metadata = layer.metadata as Record<string, string | boolean>;
      const layerId = String(metadata['risk-atlas:layer']);
      // A layer's collapsed points (counts of its features at crowded low zooms) have a source layer beside it.
      const collapsed = metadata['risk-atlas:collapsed'] === true;
      if (collapsed) collapsedLayers += 1;
      expect(layer).toMatchObject({
        source: OVERLAY_SOURCE,
        'source-layer': collapsed ? collapsedLayerName(layerId) : layerId,
      });
    }
    expect(collapsedLayers).toBe(LAYER_IDS.length * 2);
  });

  it('geo:build cuts the overlays with the tiling options, in tile units', () => {
    const atlas = readAtlasFolder('public/data');
    const options = overlayTileset(atlas);
    expect(options.buffer).toBe(OVERLAY_TILING.buffer * 8);
    expect(options.tolerance).toBe(OVERLAY_TILING.tolerance * 8);
  });

  it('the tile buffer covers half of the widest overlay line plus its blur, at every zoom', () => {
    const lineLayers = buildOverlayLayers().filter((layer) => layer.type === 'line');
    expect(lineLayers.length).toBeGreaterThan(3);
    for (const layer of lineLayers) {
      const paint = (layer.paint ?? {}) as Record<string, unknown>;
      for (let zoom = 0; zoom <= MAX_ZOOM; zoom += 0.5) {
        const reach =
          widestValue(paint['line-width'], 'line-width', zoom) / 2 +
          widestValue(paint['line-blur'], 'line-blur', zoom);
        expect(reach, `${layer.id} at zoom ${zoom}`).toBeLessThanOrEqual(OVERLAY_TILING.buffer);
      }
    }
  });
});
