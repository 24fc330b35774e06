// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../memorySource';
import { generateSyntheticAtlas } from '../../../bench/synthetic/generate';
import { COLLAPSE_RULE, planCollapse } from '../../../geo/tiles/collapse';
import { cutTiles, packTileset, type Tileset, type TilesetOptions } from '../../../geo/tiles/tileset';
import { missingOverlayFeatures, overlayTileset } from '../../../geo/tiles/tilesets';
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import { LAYER_IDS } from '../../../src/data/schema';
import { collapsedLayerName } from '../../../src/map/tileSources';

const realAtlas = readAtlasFolder('public/data');
const article = realAtlas.articles[0];
if (!article) throw new Error('the committed atlas has no article');

/** 6,000 features over the synthetic region: thousands to a tile at low zooms, tiny zones and lines. */
const dense = overlayTileset(generateSyntheticAtlas({ featureCount: 6_000, article }));
const cut = cutTiles(dense);

type ZoomTally = { drawn: Set<string>; counted: Map<string, number> };

/** What a map reading the tiles sees, per layer and zoom: feature ids drawn, and each collapsed point's count. */
function tally(tiles: Tileset['tiles']): Map<string, Map<number, ZoomTally>> {
  const result = new Map<string, Map<number, ZoomTally>>();
  const at = (layer: string, z: number) => {
    const zooms = result.get(layer) ?? new Map<number, ZoomTally>();
    result.set(layer, zooms);
    const entry = zooms.get(z) ?? { drawn: new Set(), counted: new Map() };
    zooms.set(z, entry);
    return entry;
  };
  for (const tile of tiles) {
    const decoded = new VectorTile(new PbfReader(new Uint8Array(gunzipSync(tile.data))));
    for (const layer of LAYER_IDS) {
      const own = decoded.layers[layer];
      for (let i = 0; own && i < own.length; i++)
        at(layer, tile.z).drawn.add(String(own.feature(i).properties['id']));
      const points = decoded.layers[collapsedLayerName(layer)];
      for (let i = 0; points && i < points.length; i++) {
        const { id, count } = points.feature(i).properties;
        at(layer, tile.z).counted.set(String(id), Number(count));
      }
    }
  }
  return result;
}

describe('collapsing crowded and tiny overlay features at low zooms', () => {
  const seen = tally(cut.tiles);
  const totals = new Map(dense.layers.map((layer) => [layer.name, layer.features.features.length]));

  it('draws or counts every feature exactly once at every zoom, as read back from the tiles', () => {
    expect(missingOverlayFeatures(dense, cut)).toEqual([]);
    let collapsedSomewhere = 0;
    for (const layer of LAYER_IDS) {
      const total = totals.get(layer)!;
      expect(total).toBeGreaterThan(0);
      for (let z = dense.minZoom; z <= dense.maxZoom; z++) {
        const { drawn, counted } = seen.get(layer)?.get(z) ?? { drawn: new Set(), counted: new Map() };
        const countedTotal = [...counted.values()].reduce((sum, n) => sum + n, 0);
        expect(drawn.size + countedTotal, `${layer} at zoom ${z}`).toBe(total);
        const members = cut.collapsed.get(layer)?.get(z)?.memberOf ?? new Map<string, string>();
        for (const id of drawn) expect(members.has(id), `${id} drawn and counted at ${z}`).toBe(false);
        collapsedSomewhere += countedTotal;
      }
    }
    expect(collapsedSomewhere).toBeGreaterThan(0);
  }, 30_000);

  it('collapses the low zooms of a dense corpus and nothing at the deepest zoom', () => {
    const sitesAt = (z: number) => seen.get('sites')?.get(z);
    expect(sitesAt(dense.minZoom)?.counted.size).toBeGreaterThan(0);
    expect(sitesAt(dense.minZoom)!.counted.size).toBeLessThan(totals.get('sites')! / 10);
    for (const layer of LAYER_IDS) {
      expect(seen.get(layer)?.get(dense.maxZoom)?.counted.size ?? 0).toBe(0);
      expect(seen.get(layer)?.get(dense.maxZoom)?.drawn.size).toBe(totals.get(layer));
    }
  });

  it('loses features at low zooms without it: the check would catch them', () => {
    const uncollapsed: TilesetOptions = { ...dense };
    delete uncollapsed.collapse;
    const lost = missingOverlayFeatures(uncollapsed, cutTiles(uncollapsed));
    expect(lost.length).toBeGreaterThan(0);
    expect(lost[0]?.message).toMatch(/is in no tile at zoom \d/);
  }, 30_000);

  it('names a feature neither drawn nor counted, and one both drawn and counted', () => {
    const zoom = dense.minZoom;
    const sites = cut.collapsed.get('sites')!.get(zoom)!;
    const [countedId, point] = [...sites.memberOf][0]!;
    const drawnToo = new Map(cut.presence);
    drawnToo.set('sites', new Map([[zoom, new Set([countedId])]]));
    const hidden = { memberOf: sites.memberOf, shown: new Set([...sites.shown].filter((p) => p !== point)) };
    const messages = (tileset: Pick<Tileset, 'presence' | 'collapsed'>) =>
      missingOverlayFeatures(dense, tileset).map((p) => p.message);
    expect(messages({ presence: drawnToo, collapsed: cut.collapsed })).toContain(
      `sites feature ${countedId} is both drawn and counted in ${point} at zoom ${zoom}`,
    );
    const collapsed = new Map(cut.collapsed);
    collapsed.set('sites', new Map([[zoom, hidden]]));
    expect(messages({ presence: cut.presence, collapsed })).toContain(
      `sites feature ${countedId} is counted in ${point}, which is in no tile at zoom ${zoom}`,
    );
  });

  it('gives each collapsed point the span, dates and highest severity of what it counts', () => {
    const risk = dense.layers.find((layer) => layer.name === 'risk')!.features;
    const plan = planCollapse('risk', risk, dense.minZoom);
    const point = plan.points[0]!;
    const members = risk.features.filter(
      (f) => plan.memberOf.get(String(f.properties?.['id'])) === point.properties.id,
    );
    expect(members.length).toBe(point.properties.count);
    expect(point.properties.severity).toBe(
      Math.max(...members.map((f) => Number(f.properties?.['severity']))),
    );
    const [lon, lat] = point.geometry.coordinates as [number, number];
    const { west, south, east, north } = point.properties;
    expect(lon).toBeGreaterThanOrEqual(west);
    expect(lon).toBeLessThanOrEqual(east);
    expect(lat).toBeGreaterThanOrEqual(south);
    expect(lat).toBeLessThanOrEqual(north);
  });

  it('leaves a sparse layer alone: a few features far apart are all drawn', () => {
    const sparse = {
      type: 'FeatureCollection' as const,
      features: Array.from({ length: COLLAPSE_RULE.maxPerCell }, (_, i) => ({
        type: 'Feature' as const,
        properties: { id: `s${i}` },
        geometry: { type: 'Point' as const, coordinates: [44 + i * 0.01, 40] },
      })),
    };
    expect(planCollapse('sites', sparse, 2).memberOf.size).toBe(0);
    const crowded = {
      ...sparse,
      features: [...sparse.features, { ...sparse.features[0]!, properties: { id: 'one-more' } }],
    };
    expect(planCollapse('sites', crowded, 2).memberOf.size).toBe(COLLAPSE_RULE.maxPerCell + 1);
  });

  it('draws a crowded square of 256 px at zoom 4 as one point per 64 px cell, not a wall of discs', () => {
    const worldPx = 512 * 2 ** 4;
    const degreesPerPx = 360 / worldPx;
    const stepPx = 8;
    const features = [];
    for (let x = 0; x < 256; x += stepPx)
      for (let y = 0; y < 256; y += stepPx)
        features.push({
          type: 'Feature' as const,
          properties: { id: `g${x}-${y}` },
          // Near 40°N a pixel spans cos(40°) as many degrees of latitude as of longitude.
          geometry: {
            type: 'Point' as const,
            coordinates: [44 + (x + 0.5) * degreesPerPx, 38 + (y + 0.5) * degreesPerPx * 0.766],
          },
        });
    const plan = planCollapse('sites', { type: 'FeatureCollection', features }, 4);
    expect(plan.memberOf.size).toBe(features.length);
    // 4 × 4 cells when the square sits on the grid, up to 5 × 5 when it straddles cell edges.
    expect(plan.points.length).toBeGreaterThanOrEqual(16);
    expect(plan.points.length).toBeLessThanOrEqual(25);
  });

  it('lists the collapsed points as source layers of the archive, and the same input gives the same bytes', async () => {
    const bytes = packTileset(dense, cut.tiles, cut.collapsed);
    const metadata = (await new PMTiles(new MemorySource(bytes)).getMetadata()) as {
      vector_layers: { id: string; fields: Record<string, string> }[];
    };
    const sites = metadata.vector_layers.find((l) => l.id === collapsedLayerName('sites'));
    expect(sites?.fields).toMatchObject({ count: 'Number', west: 'Number', id: 'String' });
    const again = cutTiles(dense);
    expect(Buffer.compare(packTileset(dense, again.tiles, again.collapsed), bytes)).toBe(0);
  }, 30_000);
});
