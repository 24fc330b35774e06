// The visible features as an RFC 7946 FeatureCollection, each with its sources (article, passage, exact
// quote), its basis and its precision. Names and summaries in both languages, flat, for GIS tools.
import type { Atlas, OverlayFeature } from '../data/schema';
import { exportedSources, type ArticleTexts } from './featureSources';

export function featuresAsGeoJson(
  atlas: Atlas,
  texts: ArticleTexts,
  features: readonly OverlayFeature[],
): string {
  const collection = {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const p = feature.properties;
      return {
        type: 'Feature',
        id: p.id,
        geometry: feature.geometry,
        properties: {
          id: p.id,
          layer: p.layer,
          kind: p.kind,
          name_en: p.name.en,
          name_ru: p.name.ru,
          summary_en: p.summary.en,
          summary_ru: p.summary.ru,
          severity: p.layer === 'risk' ? p.severity : null,
          basis: p.basis,
          basis_note_en: p.basis_note.en,
          basis_note_ru: p.basis_note.ru,
          precision_km: p.precision_km,
          geometry_source: p.geometry_source,
          sources: exportedSources(atlas, texts, feature),
        },
      };
    }),
  };
  return JSON.stringify(collection, null, 1);
}
