// Pure: the whole map style, basemap plus overlays, as a function of the app's state.
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { DEFAULT_DATA_FOLDER } from '../data/dataLocation';
import type { LayerId } from '../data/layerIds';
import type { Language } from '../i18n/language';
import { buildBasemapStyle, FIRST_LABEL_LAYER_ID } from './basemapStyle';
import { buildOverlayLayers, OVERLAY_METADATA_KEY } from './overlayStyle';
import { archiveSourceUrl, OVERLAY_SOURCE, overlayArchivePath } from './tileSources';
import { asOfRangeEnd, rangeGlobalState, withinRange } from './timeStyle';
import type { DateRange } from '../data/dateRange';

export { OVERLAY_TILING } from './tileSources';

export type AtlasStyleOptions = {
  baseUrl: string;
  language: Language;
  visibleLayers: Record<LayerId, boolean>;
  minSeverity: number;
  dateRange: DateRange;
  /** Folder of the compiled data, relative to baseUrl. */
  dataFolder?: string;
};

/**
 * `passesSeverity` (src/data/severity.ts) as the risk layers' filter, on the severity as of the range's
 * end (a later article may raise or lower it): every risk zone has a severity.
 */
export function severityFilter(minSeverity: number): FilterSpecification {
  return ['>=', asOfRangeEnd('severity'), minSeverity] as FilterSpecification;
}

const OVERLAY_LAYERS = new Map(buildOverlayLayers().map((layer) => [layer.id, layer]));

/**
 * The whole filter of an overlay style layer: its own (by mode, status, geometry), the reader's date
 * range, and for risk zones the severity filter. The one place both the style and later changes build it.
 */
export function overlayLayerFilter(
  styleLayerId: string,
  minSeverity: number,
): FilterSpecification | undefined {
  const layer = OVERLAY_LAYERS.get(styleLayerId);
  if (!layer || layer.type === 'background') return undefined;
  const own = 'filter' in layer ? layer.filter : undefined;
  const isRisk = layer.metadata[OVERLAY_METADATA_KEY] === 'risk';
  const parts = [own, isRisk ? severityFilter(minSeverity) : undefined].filter(
    (part): part is FilterSpecification => part !== undefined,
  );
  return withinRange(
    parts.length === 0
      ? undefined
      : parts.length === 1
        ? parts[0]
        : (['all', ...parts] as FilterSpecification),
  );
}

export function buildAtlasStyle(options: AtlasStyleOptions): StyleSpecification {
  const basemap = buildBasemapStyle(options);
  const overlaySources = {
    [OVERLAY_SOURCE]: {
      type: 'vector' as const,
      url: archiveSourceUrl(overlayArchivePath(options.dataFolder ?? DEFAULT_DATA_FOLDER), options.baseUrl),
      promoteId: 'id',
    },
  };
  const overlays = buildOverlayLayers().map((layer) => {
    const layerId = layer.metadata[OVERLAY_METADATA_KEY] as LayerId;
    const visibility = options.visibleLayers[layerId] ? 'visible' : 'none';
    const filter = overlayLayerFilter(layer.id, options.minSeverity);
    // Written against a source per layer; drawn from that layer's source layer in the one overlay archive.
    return {
      ...layer,
      source: OVERLAY_SOURCE,
      'source-layer': 'source-layer' in layer ? layer['source-layer'] : layerId,
      layout: { ...layer.layout, visibility },
      ...(filter ? { filter } : {}),
    } as LayerSpecification;
  });
  const labelsAt = basemap.layers.findIndex((layer) => layer.id === FIRST_LABEL_LAYER_ID);
  const range = rangeGlobalState(options.dateRange);
  return {
    ...basemap,
    state: {
      ...basemap.state,
      ...Object.fromEntries(Object.entries(range).map(([key, value]) => [key, { default: value }])),
    },
    sources: { ...basemap.sources, ...overlaySources },
    layers: [...basemap.layers.slice(0, labelsAt), ...overlays, ...basemap.layers.slice(labelsAt)],
  };
}
