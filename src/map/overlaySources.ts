// Pure: turns features with their geometries (the compiled atlas at build time, the editor's drafts) into
// one GeoJSON source per layer, with the flat properties the style reads.
import type { FeatureCollection, Geometry as GeoJsonGeometry } from 'geojson';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { datedChanges, reportedSpan, type DatedChange } from '../data/reported';
import type { Article, FeatureKind, OverlayFeature } from '../data/schema';
import { changeKey } from './timeStyle';

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
  /** First and last day an article citing the feature was published (YYYY-MM-DD). */
  first_reported?: string;
  last_reported?: string;
  /** The dated changes, oldest first, as c1_date, c1_severity, c1_status … (see src/map/timeStyle.ts). */
  [change: `c${number}_${'date' | 'severity' | 'status'}`]: string | number;
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

function changeProperties(changes: readonly DatedChange[]): Record<string, string | number> {
  const flat: Record<string, string | number> = {};
  changes.forEach((change, index) => {
    const n = index + 1;
    flat[changeKey(n, 'date')] = change.date;
    if (change.severity !== undefined) flat[changeKey(n, 'severity')] = change.severity;
    if (change.status !== undefined) flat[changeKey(n, 'status')] = change.status;
  });
  return flat;
}

function flatten(
  feature: OverlayFeature,
  articles: ReadonlyMap<string, Pick<Article, 'date'>>,
): MapFeatureProperties {
  const { properties: p } = feature;
  const icon = ICON_BY_KIND[p.kind];
  const span = reportedSpan(p, articles);
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
    ...(span === null ? {} : { first_reported: span.first, last_reported: span.last }),
    ...changeProperties(datedChanges(p, articles)),
  };
}

/** Features with geometries, and the articles' dates (for when each was reported). */
export type OverlayInput = {
  articles: ReadonlyArray<Pick<Article, 'id' | 'date'>>;
  features: readonly OverlayFeature[];
};

export function buildOverlaySources(atlas: OverlayInput): OverlaySources {
  const sources = Object.fromEntries(
    LAYER_IDS.map((id) => [id, { type: 'FeatureCollection', features: [] }]),
  ) as unknown as OverlaySources;
  const articles = new Map(atlas.articles.map((article) => [article.id, article]));
  for (const feature of atlas.features) {
    sources[feature.properties.layer].features.push({
      type: 'Feature',
      geometry: feature.geometry as GeoJsonGeometry,
      properties: flatten(feature, articles),
    });
  }
  return sources;
}
