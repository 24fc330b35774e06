// "Download data": the features the reader sees now, as GeoJSON or CSV. Loaded on first use.
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
export function downloadViewData(state: AtlasState, format: DataFormat, now = new Date()): string {
  if (state.data.kind !== 'ready') throw new Error('the atlas data has not loaded');
  const { atlas } = state.data;
  const features = visibleFeatures(atlas, state);
  const text = format === 'csv' ? featuresAsCsv(atlas, features) : featuresAsGeoJson(atlas, features);
  const fileName = exportFileName(state, now, format);
  saveFile(new Blob([text], { type: TYPES[format] }), fileName);
  return fileName;
}
