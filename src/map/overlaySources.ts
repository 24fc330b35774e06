// Pure: turns the compiled atlas into one GeoJSON source per layer, with the flat properties the style reads.
import type { FeatureCollection, Geometry as GeoJsonGeometry } from 'geojson';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import type { Atlas, FeatureKind, OverlayFeature } from '../data/schema';

export type MapFeatureProperties = {
  id: string;
  layer: LayerId;
  kind: FeatureKind;
  name_en: string;
  name_ru: string;
  basis: 'stated' | 'inferred';
  precision_km: number;
  severity?: number;
  mode?: string;
  status?: string;
  icon?: string;
};

export type OverlaySources = Record<LayerId, FeatureCollection<GeoJsonGeometry, MapFeatureProperties>>;

const ICON_BY_KIND: Partial<Record<FeatureKind, string>> = {
  border_crossing: 'border-crossing',
  airport: 'airport',
  port: 'port',
  military_base: 'military-base',
  oil_field: 'oil-field',
  gas_field: 'gas-field',
  terminal: 'oil-terminal',
};

export const ICON_IDS: readonly string[] = [...new Set(Object.values(ICON_BY_KIND))];

function flatten(feature: OverlayFeature): MapFeatureProperties {
  const { properties: p } = feature;
  const icon = ICON_BY_KIND[p.kind];
  return {
    id: p.id,
    layer: p.layer,
    kind: p.kind,
    name_en: p.name.en,
    name_ru: p.name.ru,
    basis: p.basis,
    precision_km: p.precision_km,
    ...(p.severity === undefined ? {} : { severity: p.severity }),
    ...(p.mode === undefined ? {} : { mode: p.mode }),
    ...(p.status === undefined ? {} : { status: p.status }),
    ...(icon === undefined ? {} : { icon }),
  };
}

export function buildOverlaySources(atlas: Atlas): OverlaySources {
  const sources = Object.fromEntries(
    LAYER_IDS.map((id) => [id, { type: 'FeatureCollection', features: [] }]),
  ) as unknown as OverlaySources;
  for (const feature of atlas.features) {
    sources[feature.properties.layer].features.push({
      type: 'Feature',
      geometry: feature.geometry as GeoJsonGeometry,
      properties: flatten(feature),
    });
  }
  return sources;
}
