// "Download data": the features the reader sees now, as GeoJSON or CSV. Loaded on first use; the geometries,
// the features' long texts and the cited articles' texts load with it (the index the panels read has none).
import { getAtlasIndex } from '../data/atlasIndex';
import { describeLoadProblem } from '../data/loadProblem';
import { loadArticleTexts, loadWholeFeatures } from '../data/onDemand';
import { asOfDay } from '../data/reported';
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
  const [whole, texts] = await Promise.all([
    loadWholeFeatures(shown),
    loadArticleTexts(shown.flatMap((feature) => feature.properties.sources.map((source) => source.article))),
  ]);
  if (!whole.ok) throw new Error(describeLoadProblem(state.language, whole.problem));
  if (!texts.ok) throw new Error(describeLoadProblem(state.language, texts.problem));
  // Severity as the map colours it: as of the end of the dates shown.
  const { articlesById } = getAtlasIndex(atlas);
  const features = whole.value.map((feature) => {
    const properties = asOfDay(feature.properties, articlesById, state.dateRange.to);
    return properties === feature.properties ? feature : { ...feature, properties };
  });
  const text =
    format === 'csv'
      ? featuresAsCsv(atlas, texts.value, features)
      : featuresAsGeoJson(atlas, texts.value, features);
  const fileName = exportFileName(state, now, format);
  saveFile(new Blob([text], { type: TYPES[format] }), fileName);
  return fileName;
}
