import { pointOnFeature } from '@turf/turf';
import { expect, test, type Page } from '@playwright/test';
import { LAYER_IDS, type LayerId, type OverlayFeature } from '../../src/data/schema';
import { openAtlas, waitForMapIdle, watchPage } from './support/atlas';
import { atlas } from './support/data';

/** A position on the feature itself (a vertex for lines, an interior point for zones). */
function anchorOf(feature: OverlayFeature): [number, number] {
  const { geometry } = feature;
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') {
    const middle = geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
    if (middle) return middle;
  }
  const point = pointOnFeature(feature as Parameters<typeof pointOnFeature>[0]);
  return point.geometry.coordinates as [number, number];
}

async function renderedIdsAt(page: Page, layer: LayerId, lngLat: [number, number]): Promise<string[]> {
  return page.evaluate(
    ([layerArg, position]) => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      map.jumpTo({ center: position, zoom: 6 });
      return new Promise<string[]>((resolve) => {
        map.once('idle', () => {
          const point = map.project(position);
          const layers = map
            .getStyle()
            .layers.filter((styleLayer) => {
              const metadata = styleLayer.metadata as Record<string, string> | undefined;
              return metadata?.['risk-atlas:layer'] === layerArg;
            })
            .map((styleLayer) => styleLayer.id);
          const box: [[number, number], [number, number]] = [
            [point.x - 4, point.y - 4],
            [point.x + 4, point.y + 4],
          ];
          resolve(
            map.queryRenderedFeatures(box, { layers }).map((feature) => String(feature.properties['id'])),
          );
        });
      });
    },
    [layer, lngLat] as const,
  );
}

test.describe('the overlays', () => {
  test('every layer draws its features where the data puts them', async ({ page }) => {
    const watch = watchPage(page);
    await openAtlas(page);
    for (const layer of LAYER_IDS) {
      const features = atlas().features.filter((feature) => feature.properties.layer === layer);
      expect(features.length, `features in ${layer}`).toBeGreaterThan(0);
      for (const feature of features.slice(0, 3)) {
        const ids = await renderedIdsAt(page, layer, anchorOf(feature));
        expect(ids, `${layer}: ${feature.properties.id}`).toContain(feature.properties.id);
      }
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  test('zones are drawn under lines, lines under points, and points under the labels', async ({ page }) => {
    await openAtlas(page);
    const order = await page.evaluate(
      () => window.riskAtlas?.map.getStyle().layers.map((layer) => layer.id) ?? [],
    );
    const at = (id: string) => order.indexOf(id);
    expect(at('risk-fill')).toBeGreaterThan(at('land'));
    expect(at('risk-fill')).toBeLessThan(at('infrastructure-line'));
    expect(at('infrastructure-line')).toBeLessThan(at('evacuation-line'));
    expect(at('evacuation-line')).toBeLessThan(at('sites-icons'));
    expect(at('sites-icons')).toBeLessThan(at('label-countries'));
  });

  test('toggling a layer changes only its visibility, never the sources', async ({ page }) => {
    await openAtlas(page);
    const sourcesBefore = await page.evaluate(() =>
      Object.keys(window.riskAtlas?.map.getStyle().sources ?? {}),
    );
    await page.goto('/#layers=aid,risk,infrastructure,sites');
    await waitForMapIdle(page);
    const state = await page.evaluate(() => ({
      sources: Object.keys(window.riskAtlas?.map.getStyle().sources ?? {}),
      evacuation: window.riskAtlas?.map.getLayoutProperty('evacuation-line', 'visibility'),
      aid: window.riskAtlas?.map.getLayoutProperty('aid-line', 'visibility'),
    }));
    expect(state.sources).toEqual(sourcesBefore);
    expect(state.evacuation).toBe('none');
    expect(state.aid).toBe('visible');
  });

  test('a toggle lays no tile out again, and a hidden layer is neither drawn nor placed', async ({
    page,
  }) => {
    await openAtlas(page);
    // Every overlay tile MapLibre (re)loads from here on.
    await page.evaluate(() => {
      const map = window.riskAtlas?.map;
      if (!map) throw new Error('no map');
      const counted = window as unknown as { overlayTileLoads: number };
      counted.overlayTileLoads = 0;
      map.on('sourcedata', (event) => {
        if (event.sourceId === 'overlays' && event.tile) counted.overlayTileLoads += 1;
      });
    });
    const tileLoads = () =>
      page.evaluate(() => (window as unknown as { overlayTileLoads: number }).overlayTileLoads);
    // Asked of a style layer by name. A symbol answers only if placement placed it; any other layer answers
    // from what its tiles hold.
    const answering = (styleLayer: string) =>
      page.evaluate(
        (id) => window.riskAtlas?.map.queryRenderedFeatures({ layers: [id] }).length ?? -1,
        styleLayer,
      );
    const layers = page.getByRole('region', { name: 'Layers' });
    const sites = layers.getByRole('checkbox', { name: /Sites/ });
    const risk = layers.getByRole('checkbox', { name: /Risk zones/ });
    expect(await answering('sites-icons')).toBeGreaterThan(0);

    await sites.uncheck();
    await waitForMapIdle(page);
    // Not placed: hidden icons would otherwise keep visible labels away.
    expect(await answering('sites-icons')).toBe(0);
    expect(
      await page.evaluate(() => window.riskAtlas?.map.getLayoutProperty('sites-icons', 'visibility')),
    ).toBe('none');

    await sites.check();
    await waitForMapIdle(page);
    expect(await answering('sites-icons')).toBeGreaterThan(0);
    expect(await tileLoads()).toBe(0);

    // A layer restyled while hidden (the severity floor sets its filter) is laid out again when shown.
    await risk.uncheck();
    await layers
      .getByRole('combobox', { name: 'Risk zones shown' })
      .selectOption({ label: 'Severity 4 and above' });
    await waitForMapIdle(page);
    await risk.check();
    await waitForMapIdle(page);
    await expect.poll(() => answering('risk-fill')).toBeGreaterThan(0);
  });
});
