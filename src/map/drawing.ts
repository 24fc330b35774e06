// Drawing for the editor, loaded with it: terra-draw on the one map, handed out as a narrow interface
// (start a mode, edit a geometry, stop; finished and edited geometries out), and the drafts drawn in the
// published styles with a marking that says "draft". The editor never holds the map.
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { LAYER_IDS } from '../data/layerIds';
import type { Geometry, OverlayFeature } from '../data/schema';
import { claimMapPointer, currentMapInstance, type MapInstance } from './mapInstance';
import { HIDDEN_MIN_ZOOM } from './layerVisibility';
import { draftStyleLayerId, OVERLAY_METADATA_KEY } from './overlayStyle';

export type DrawingKind = 'point' | 'line' | 'area';

export type DrawingHandlers = {
  /** A new geometry is complete (a point placed, a line or area closed). */
  finished: (geometry: Geometry) => void;
  /** The positions placed so far of a line or area still being drawn (null when none). */
  progress: (geometry: Geometry | null) => void;
  /** A vertex moved, inserted or deleted, or the whole shape moved. */
  edited: (geometry: Geometry) => void;
};

export interface Drawing {
  start(kind: DrawingKind): void;
  /** Shows a geometry with handles on its vertices to move, insert (midpoints) and delete. */
  edit(geometry: Geometry | null): void;
  /** Leaves drawing (Escape): what was not finished is dropped from the map. */
  stop(): void;
  /** Drafts that pass the schema, drawn in the published styles and marked as drafts. */
  showDrafts(features: readonly OverlayFeature[]): void;
  destroy(): void;
}

const MODE_OF: Record<DrawingKind, string> = { point: 'point', line: 'linestring', area: 'polygon' };
const DRAWING_MODES: ReadonlySet<string> = new Set(Object.values(MODE_OF));
const DRAFT_MARK = '#c2185b';
const EDITABLE = {
  feature: {
    draggable: true,
    coordinates: { midpoints: true, draggable: true, deletable: true },
  },
};

const draftSourceId = (layer: string) => `draft-${layer}`;

/** The published overlay layers as the map draws them now, drawing the drafts' sources instead. */
function draftLayers(map: MaplibreMap): LayerSpecification[] {
  const published = (map.getStyle()?.layers ?? []).flatMap((layer): LayerSpecification[] => {
    const metadata = (layer as { metadata?: Record<string, unknown> }).metadata;
    const overlay = metadata?.[OVERLAY_METADATA_KEY];
    if (typeof overlay !== 'string' || !('source' in layer)) return [];
    // The published overlays are a vector source (a source layer each); a draft source is GeoJSON.
    // A hidden layer's stand-in minimum zoom (layerVisibility.ts) would keep its drafts hidden for good.
    const spec = Object.fromEntries(
      Object.entries(layer).filter(
        ([key, value]) => key !== 'source-layer' && !(key === 'minzoom' && value === HIDDEN_MIN_ZOOM),
      ),
    );
    return [
      { ...spec, id: draftStyleLayerId(layer.id), source: draftSourceId(overlay) } as LayerSpecification,
    ];
  });
  const marks: LayerSpecification[] = [
    {
      id: 'draft:mark-line',
      type: 'line',
      source: 'draft-all',
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': DRAFT_MARK, 'line-width': 1.5, 'line-dasharray': [1, 1.5] },
    },
    {
      id: 'draft:mark-point',
      type: 'circle',
      source: 'draft-all',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': DRAFT_MARK,
        'circle-stroke-width': 2,
      },
    },
  ];
  return [...published, ...marks];
}

function geometryOf(feature: GeoJSONStoreFeatures | undefined): Geometry | null {
  if (!feature) return null;
  const g = feature.geometry;
  if (g.type === 'Point')
    return { type: 'Point', coordinates: [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0] };
  if (g.type === 'LineString')
    return { type: 'LineString', coordinates: g.coordinates.map(([x = 0, y = 0]) => [x, y]) };
  return {
    type: 'Polygon',
    coordinates: g.coordinates.map((ring) => ring.map(([x = 0, y = 0]) => [x, y])),
  };
}

/** The positions a person has placed: the last one of a line in progress follows the pointer. */
function placedSoFar(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  if (geometry.type === 'LineString') {
    const placed = geometry.coordinates.slice(0, -1);
    return placed.length >= 1 ? { type: 'LineString', coordinates: placed } : null;
  }
  if (geometry.type === 'Polygon') {
    // While drawing, the ring is closed and its second-to-last position follows the pointer.
    const ring = geometry.coordinates[0] ?? [];
    const placed = ring.slice(0, -2);
    return placed.length >= 1 ? { type: 'LineString', coordinates: placed } : null;
  }
  return null;
}

function whenStyleReady(map: MaplibreMap): Promise<void> {
  return map.isStyleLoaded()
    ? Promise.resolve()
    : new Promise((resolve) => map.once('idle', () => resolve()));
}

class MapDrawing implements Drawing {
  private readonly draw: TerraDraw;
  private drawingId: string | number | null = null;
  private lastProgress = '';
  private layers: LayerSpecification[] = [];
  private readonly releasePointer: () => void;

  private readonly map: MaplibreMap;

  constructor(
    private readonly instance: MapInstance,
    private readonly handlers: DrawingHandlers,
  ) {
    const { map } = instance;
    this.map = map;
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPointMode({ editable: true }),
        new TerraDrawLineStringMode({ editable: true }),
        new TerraDrawPolygonMode({ editable: true }),
        new TerraDrawSelectMode({ flags: { point: EDITABLE, linestring: EDITABLE, polygon: EDITABLE } }),
      ],
    });
    this.draw.start();
    this.releasePointer = claimMapPointer(() => this.ownsPointer());
    this.draw.on('change', (ids) => this.onChange(ids));
    this.draw.on('finish', (id, context) => {
      const geometry = geometryOf(this.draw.getSnapshotFeature(id));
      if (!geometry) return;
      if (context.action === 'draw') {
        this.drawingId = null;
        this.handlers.finished(geometry);
        this.draw.setMode('select');
        this.draw.selectFeature(id);
      } else {
        this.handlers.edited(geometry);
      }
    });
    this.addDraftLayers();
  }

  /** Drawing a shape, or editing one (its handles shown): the map's clicks are for placing and moving. */
  private ownsPointer(): boolean {
    const mode = this.draw.getMode();
    if (DRAWING_MODES.has(mode)) return true;
    return (
      mode === 'select' && this.draw.getSnapshot().some((feature) => feature.properties['selected'] === true)
    );
  }

  private onChange(ids: ReadonlyArray<string | number>): void {
    const mode = this.draw.getMode();
    if (mode !== 'linestring' && mode !== 'polygon') return;
    const [id] = ids;
    if (id === undefined) return;
    const feature = this.draw.getSnapshotFeature(id);
    if (!feature) {
      this.drawingId = null;
      this.report(null);
      return;
    }
    this.drawingId = id;
    this.report(placedSoFar(geometryOf(feature)));
  }

  /** Only when a position is placed, not on every pointer move. */
  private report(geometry: Geometry | null): void {
    const key = JSON.stringify(geometry);
    if (key === this.lastProgress) return;
    this.lastProgress = key;
    this.handlers.progress(geometry);
  }

  private addDraftLayers(): void {
    for (const layer of [...LAYER_IDS.map(draftSourceId), 'draft-all']) {
      if (!this.map.getSource(layer))
        this.map.addSource(layer, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    }
    this.layers = draftLayers(this.map);
    for (const layer of this.layers) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
  }

  start(kind: DrawingKind): void {
    this.draw.clear();
    this.drawingId = null;
    this.lastProgress = '';
    this.draw.setMode(MODE_OF[kind]);
  }

  edit(geometry: Geometry | null): void {
    this.draw.clear();
    this.drawingId = null;
    this.draw.setMode('select');
    if (
      !geometry ||
      (geometry.type !== 'Point' && geometry.type !== 'LineString' && geometry.type !== 'Polygon')
    )
      return;
    const mode =
      geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'linestring' : 'polygon';
    const [result] = this.draw.addFeatures([
      { type: 'Feature', geometry, properties: { mode } } as GeoJSONStoreFeatures,
    ]);
    if (result?.valid && result.id !== undefined) this.draw.selectFeature(result.id);
  }

  stop(): void {
    if (this.drawingId !== null) this.report(null);
    this.draw.clear();
    this.drawingId = null;
    this.draw.setMode('select');
  }

  showDrafts(features: readonly OverlayFeature[]): void {
    const sources = this.instance.buildOverlaySources({ articles: [], features });
    for (const layer of LAYER_IDS) {
      (this.map.getSource(draftSourceId(layer)) as GeoJSONSource | undefined)?.setData(sources[layer]);
    }
    (this.map.getSource('draft-all') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: LAYER_IDS.flatMap((layer) => sources[layer].features),
    });
  }

  destroy(): void {
    this.releasePointer();
    this.draw.stop();
    for (const layer of this.layers) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    for (const layer of [...LAYER_IDS.map(draftSourceId), 'draft-all'])
      if (this.map.getSource(layer)) this.map.removeSource(layer);
  }
}

/** Drawing on the one map, once its style is ready; null when the map could not start. */
export async function openDrawing(handlers: DrawingHandlers): Promise<Drawing | null> {
  const instance = currentMapInstance();
  if (!instance) return null;
  await whenStyleReady(instance.map);
  return new MapDrawing(instance, handlers);
}
