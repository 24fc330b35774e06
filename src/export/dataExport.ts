// "Download data": the features the reader sees now, as GeoJSON or CSV. Loaded on first use; the geometries
// and the cited articles' texts load with it (the index the panels read has neither).
import { loadArticleTexts, loadGeometries } from '../data/onDemand';
import type { OverlayFeature } from '../data/schema';
import type { AtlasState } from '../state/store';
import { featuresAsCsv } from './csv';
import { featuresAsGeoJson } from './geojson';
import { saveFile } from './saveFile';
import { exportFileName } from './viewDescription';
import { visibleFeatures } from './visibleFeatures';

export type DataFormat = 'geojson' | 'csv';

const TYPES: Record<DataFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
};

/** Saves the file and returns its name; throws with a message a reader can act on when there is no data. */
export async function downloadViewData(
  state: AtlasState,
  format: DataFormat,
  now = new Date(),
): Promise<string> {
  if (state.data.kind !== 'ready') throw new Error('the atlas data has not loaded');
  const { atlas } = state.data;
  const shown = visibleFeatures(atlas, state);
  const [geometries, texts] = await Promise.all([
    loadGeometries(shown),
    loadArticleTexts(shown.flatMap((feature) => feature.properties.sources.map((source) => source.article))),
  ]);
  if (!geometries.ok) throw new Error(geometries.message);
  if (!texts.ok) throw new Error(texts.message);
  const features = shown.flatMap(({ properties }): OverlayFeature[] => {
    const geometry = geometries.value.get(properties.id);
    return geometry ? [{ type: 'Feature', geometry, properties }] : [];
  });
  const text =
    format === 'csv'
      ? featuresAsCsv(atlas, texts.value, features)
      : featuresAsGeoJson(atlas, texts.value, features);
  const fileName = exportFileName(state, now, format);
  saveFile(new Blob([text], { type: TYPES[format] }), fileName);
  return fileName;
}
