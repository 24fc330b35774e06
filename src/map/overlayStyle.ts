// Pure builders of the overlay layers: zones under lines under points, all beneath the basemap labels.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../data/layerIds';
import type { LayerId } from '../data/schema';
import { BOLD_FONT, LOCALISED_NAME, REGULAR_FONT, SITE_NAMES_FROM_ZOOM } from './basemapStyle';
import { APPROXIMATE_KM, OVERLAY_COLOURS as C } from './theme';
import { perFeature, perFeatureAndZoom, sharedLinePaint } from './sharedPrograms';
import { collapsedLayerName } from './tileSources';
import { asOfRangeEnd } from './timeStyle';

/** Marks a style layer as part of an overlay, so visibility toggles and tests can find it. */
export const OVERLAY_METADATA_KEY = 'risk-atlas:layer';
/** Marks a style layer a pointer picks features from (not casings, arrows, halos or rings). */
export const PICKABLE_METADATA_KEY = 'risk-atlas:pickable';
export const ARROW_IMAGE_ID = 'route-arrow';

/** Selected, or cited by the passage the reader is on. */
const isSelected: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'highlighted'], false],
];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isApproximate: ExpressionSpecification = [
  '>=',
  ['coalesce', ['get', 'precision_km'], 0],
  APPROXIMATE_KM,
];

const severityColour: ExpressionSpecification = [
  'match',
  asOfRangeEnd('severity'),
  1,
  C.severity[0],
  2,
  C.severity[1],
  3,
  C.severity[2],
  4,
  C.severity[3],
  C.severity[4],
];

/** Pixel radius that covers `precision_km` on the ground at the region's latitude (~40°N). */
const precisionRadius: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  ['*', ['coalesce', ['get', 'precision_km'], 0], 0.00834],
  22,
  ['*', ['coalesce', ['get', 'precision_km'], 0], 0.00834 * 2 ** 22],
];

const lineWidth = (base: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  ['case', isSelected, base + 2.5, isHovered, base + 1.2, base],
  8,
  ['case', isSelected, base * 2 + 3, isHovered, base * 2 + 1.5, base * 2],
];

type OverlayMetadata = {
  [OVERLAY_METADATA_KEY]: LayerId;
  [PICKABLE_METADATA_KEY]?: true;
  [COLLAPSED_METADATA_KEY]?: true;
};
type OverlayLayer = LayerSpecification & { metadata: OverlayMetadata };

function overlay<T extends LayerSpecification>(layerId: LayerId, spec: T): OverlayLayer {
  return { ...spec, metadata: { [OVERLAY_METADATA_KEY]: layerId } } as OverlayLayer;
}

/** An overlay layer whose features a click or a hover can pick. */
function pickable<T extends LayerSpecification>(layerId: LayerId, spec: T): OverlayLayer {
  return {
    ...spec,
    metadata: { [OVERLAY_METADATA_KEY]: layerId, [PICKABLE_METADATA_KEY]: true },
  } as OverlayLayer;
}

const lines = (mode: string): ExpressionSpecification => ['==', ['get', 'mode'], mode];

function riskLayers(): OverlayLayer[] {
  return [
    pickable('risk', {
      id: 'risk-fill',
      type: 'fill',
      source: 'risk',
      paint: {
        'fill-color': severityColour,
        'fill-opacity': ['case', isSelected, 0.42, isHovered, 0.32, 0.2],
        // The dashed outline draws the edge; the fill's own (a program of its own) would be hidden under it.
        'fill-antialias': false,
      },
    }),
    overlay('risk', {
      id: 'risk-outline',
      type: 'line',
      source: 'risk',
      paint: {
        'line-color': ['case', isSelected, C.selected, severityColour],
        'line-width': perFeatureAndZoom(['case', isSelected, 3, 1.3]),
        'line-dasharray': [4, 2],
        'line-blur': perFeature(0),
      },
    }),
  ];
}

function routeLayers(layerId: 'evacuation' | 'aid', colour: string): OverlayLayer[] {
  // A route not built, or reported closed as of the range's end, is drawn dashed and grey.
  const notBuilt: ExpressionSpecification = [
    'match',
    asOfRangeEnd('status'),
    ['not_built', 'closed'],
    true,
    false,
  ];
  return [
    overlay(layerId, {
      id: `${layerId}-casing`,
      type: 'line',
      source: layerId,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', isSelected, C.selected, '#ffffff'],
        'line-width': lineWidth(4),
        'line-opacity': ['case', isSelected, 0.9, 0.75],
        'line-blur': ['case', isApproximate, 3, 0],
      },
    }),
    pickable(layerId, {
      id: `${layerId}-line`,
      type: 'line',
      source: layerId,
      filter: ['!', ['any', lines('air'), notBuilt]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { ...sharedLinePaint(colour), 'line-width': lineWidth(2.2) },
    }),
    pickable(layerId, {
      id: `${layerId}-dashed`,
      type: 'line',
      source: layerId,
      filter: ['any', lines('air'), notBuilt],
      paint: {
        'line-color': ['case', notBuilt, C.aidNotBuilt, colour],
        'line-width': lineWidth(2),
        'line-dasharray': ['literal', [2, 1.5]],
        'line-blur': perFeature(0),
      },
    }),
    overlay(layerId, {
      id: `${layerId}-arrows`,
      type: 'symbol',
      source: layerId,
      filter: ['!', notBuilt],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'icon-image': ARROW_IMAGE_ID,
        'icon-size': 0.9,
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': perFeature(0.95) },
    }),
  ];
}

function infrastructureLayers(): OverlayLayer[] {
  const pipelineColour: ExpressionSpecification = [
    'case',
    ['==', ['get', 'kind'], 'gas_pipeline'],
    C.gasPipeline,
    C.oilPipeline,
  ];
  return [
    pickable('infrastructure', {
      id: 'infrastructure-line',
      type: 'line',
      source: 'infrastructure',
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', isSelected, C.selected, pipelineColour],
        'line-width': lineWidth(1.4),
        'line-dasharray': ['literal', [5, 1.5]],
        'line-blur': ['case', isApproximate, 1.2, 0],
      },
    }),
  ];
}

function pointLayers(layerId: 'infrastructure' | 'sites'): OverlayLayer[] {
  const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
  return [
    overlay(layerId, {
      id: `${layerId}-precision`,
      type: 'circle',
      source: layerId,
      filter: ['all', isPoint, isApproximate],
      paint: {
        'circle-radius': precisionRadius,
        'circle-color': C.sites,
        'circle-opacity': 0.08,
        'circle-stroke-color': C.sites,
        'circle-stroke-width': perFeature(1),
        'circle-stroke-opacity': 0.35,
      },
    }),
    pickable(layerId, {
      id: `${layerId}-icons`,
      type: 'symbol',
      source: layerId,
      filter: isPoint,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 0.85],
        'icon-allow-overlap': true,
        'text-field': ['step', ['zoom'], '', SITE_NAMES_FROM_ZOOM, LOCALISED_NAME],
        'text-font': [REGULAR_FONT],
        'text-size': 11,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: {
        'icon-opacity': ['case', isApproximate, 0.8, 1],
        'text-color': '#222222',
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.2,
      },
    }),
    overlay(layerId, {
      id: `${layerId}-selected-ring`,
      type: 'circle',
      source: layerId,
      filter: isPoint,
      paint: {
        'circle-radius': perFeatureAndZoom(15),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': C.selected,
        'circle-stroke-width': ['case', isSelected, 3, isHovered, 1.5, 0],
      },
    }),
  ];
}

/** Marks the style layers that draw collapsed points (counts of features, not features). */
export const COLLAPSED_METADATA_KEY = 'risk-atlas:collapsed';

const COLLAPSED_COLOURS: Record<LayerId, string> = {
  evacuation: C.evacuation,
  aid: C.aid,
  risk: C.severity[4],
  infrastructure: C.infrastructure,
  sites: C.sites,
};

const collapsedCount: ExpressionSpecification = ['get', 'count'];

/** 1,234 reads "1.2k": the circle stays small and the hover label gives the exact number. */
const collapsedCountText: ExpressionSpecification = [
  'case',
  ['>=', collapsedCount, 1000],
  ['concat', ['to-string', ['/', ['round', ['/', collapsedCount, 100]], 10]], 'k'],
  ['to-string', collapsedCount],
];

/**
 * A collapsed point: a white disc ringed in the layer's colour with the number of features it stands for,
 * unlike any feature's icon, line or zone. Only points with a count are drawn (a draft never has one).
 */
function collapsedLayers(layerId: LayerId): OverlayLayer[] {
  const sourceLayer = collapsedLayerName(layerId);
  const metadata = {
    [OVERLAY_METADATA_KEY]: layerId,
    [COLLAPSED_METADATA_KEY]: true,
  };
  const filter: FilterSpecification = ['has', 'count'];
  return [
    {
      id: `${layerId}-collapsed`,
      type: 'circle',
      source: layerId,
      'source-layer': sourceLayer,
      filter,
      paint: {
        'circle-radius': perFeatureAndZoom(['step', collapsedCount, 10, 10, 12, 100, 14, 1000, 16]),
        'circle-color': '#ffffff',
        'circle-opacity': 0.92,
        'circle-stroke-color': COLLAPSED_COLOURS[layerId],
        'circle-stroke-width': ['case', isHovered, 4, 3],
      },
      metadata: { ...metadata, [PICKABLE_METADATA_KEY]: true },
    },
    {
      id: `${layerId}-collapsed-count`,
      type: 'symbol',
      source: layerId,
      'source-layer': sourceLayer,
      filter,
      layout: {
        'text-field': collapsedCountText,
        'text-font': [BOLD_FONT],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#222222' },
      metadata,
    },
  ] as OverlayLayer[];
}

/** The overlay layers in drawing order: zones, then lines, then points, then the collapsed points. */
export function buildOverlayLayers(): OverlayLayer[] {
  return [
    ...riskLayers(),
    ...infrastructureLayers(),
    ...routeLayers('aid', C.aid),
    ...routeLayers('evacuation', C.evacuation),
    ...pointLayers('infrastructure'),
    ...pointLayers('sites'),
    ...LAYER_IDS.flatMap(collapsedLayers),
  ];
}

/**
 * Layers a pointer can pick features from, topmost first: a click takes what is drawn on top (points over
 * lines over zones), as the reader sees it.
 */
export const PICKABLE_LAYER_IDS: readonly string[] = buildOverlayLayers()
  .filter((layer) => layer.metadata[PICKABLE_METADATA_KEY])
  .map((layer) => layer.id)
  .reverse();

/** The editor's copy of a published style layer, drawing the drafts of that layer (src/map/drawing.ts). */
export const draftStyleLayerId = (styleLayerId: string) => `draft:${styleLayerId}`;

/** The style layers of each overlay layer, built once: asked at every toggle and severity change. */
const STYLE_LAYER_IDS: ReadonlyMap<LayerId, readonly string[]> = (() => {
  const layers = buildOverlayLayers();
  return new Map(
    LAYER_IDS.map((layerId) => [
      layerId,
      layers.filter((layer) => layer.metadata[OVERLAY_METADATA_KEY] === layerId).map((layer) => layer.id),
    ]),
  );
})();

export function overlayLayerIds(layerId: LayerId): readonly string[] {
  return STYLE_LAYER_IDS.get(layerId) ?? [];
}

export { BOLD_FONT };
