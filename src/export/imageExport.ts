// "Download image": the map as drawn now, with its title, legend, scale bar, sources and dates, credits and
// link, saved as a PNG. Loaded the first time a reader asks for a picture.
import { LAYER_IDS } from '../data/layerIds';
import { formatDate, layerLabel, translate } from '../i18n/dictionaries';
import { translateShare } from '../i18n/shareStrings';
import { sourceCredits } from '../map/attribution';
import { captureMapImage } from '../map/mapCapture';
import { searchMarked } from '../map/searchMarks';
import { getAtlasIndex } from '../data/atlasIndex';
import { filterVerdicts } from '../data/featureFilters';
import { tidyQuery } from '../state/urlHash';
import type { AtlasState } from '../state/store';
import {
  articleSources,
  exportFileName,
  filterNotes,
  isoDay,
  viewArticles,
  viewTitle,
} from './viewDescription';
import { composeViewImage, type ViewImageInput } from './viewImage';
import { saveFile } from './saveFile';
import { visibleFeatures } from './visibleFeatures';

const HTML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The credits are written for the map's attribution control, as escaped HTML; the picture draws text. */
function fromHtml(credit: string): string {
  return credit.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
}

function sourcesLine(state: AtlasState, now: Date): string {
  const { language } = state;
  const atlas = state.data.kind === 'ready' ? state.data.atlas : null;
  const articles = atlas ? viewArticles(atlas, state.selectedId, visibleFeatures(atlas, state)) : [];
  const made = translateShare(language, 'madeOn', { date: formatDate(language, isoDay(now)) });
  if (articles.length === 0) return made;
  // The outlet and date first: a long title is what gets cut when the line is too narrow.
  const sources = articleSources(language, articles, 'imageSource');
  return `${made} · ${translateShare(language, 'imageSources', { sources })}`;
}

/**
 * The picture's legend: the layers shown, what the filters leave out (severity floor, dates), and what the
 * name search marks.
 */
export function imageLegend(
  state: Pick<
    AtlasState,
    'language' | 'visibleLayers' | 'dateRange' | 'minSeverity' | 'data' | 'featureQuery'
  >,
): ViewImageInput['legend'] {
  const { language } = state;
  const articles = state.data.kind === 'ready' ? state.data.atlas.articles : [];
  // The features the name search marks on the map are marked in the picture too: it says why, counting
  // those it draws (their layer shown, reported in the dates shown), as the list counts them.
  const marked = drawnMarks(state);
  const searchNote =
    marked > 0
      ? [translateShare(language, 'searchMarked', { query: tidyQuery(state.featureQuery), count: marked })]
      : [];
  return {
    heading: translateShare(language, 'legendHeading'),
    entries: LAYER_IDS.filter((id) => state.visibleLayers[id]).map((layer) => ({
      layer,
      label: layerLabel(language, layer),
    })),
    notes: filterNotes(
      language,
      { dateRange: state.dateRange, minSeverity: state.minSeverity, riskShown: state.visibleLayers.risk },
      articles.map((article) => article.date),
    ).concat(searchNote),
  };
}

/** How many of the features the name search marks the picture draws. */
function drawnMarks(
  state: Pick<AtlasState, 'visibleLayers' | 'dateRange' | 'minSeverity' | 'data' | 'featureQuery'>,
): number {
  if (state.data.kind !== 'ready') return 0;
  const { atlas } = state.data;
  const shown = searchMarked(state).filter((properties) => state.visibleLayers[properties.layer]);
  const filters = { minSeverity: state.minSeverity, dateRange: state.dateRange };
  return filterVerdicts(atlas.features, filters, getAtlasIndex(atlas)).withinDates(shown).length;
}

/** Makes the picture and hands it to the browser's downloads; resolves to the file's name. */
export async function downloadViewImage(
  state: AtlasState,
  link: string,
  pixelRatio: number,
  now = new Date(),
): Promise<string> {
  const { language } = state;
  const atlas = state.data.kind === 'ready' ? state.data.atlas : null;
  const [map] = await Promise.all([
    captureMapImage(pixelRatio),
    document.fonts.load(`bold 16px "Noto Sans"`),
    document.fonts.load(`11px "Noto Sans"`),
  ]);
  const canvas = composeViewImage({
    map,
    pixelRatio,
    title: `${translate(language, 'productName')} — ${viewTitle(atlas, state)}`,
    legend: imageLegend(state),
    minSeverity: state.minSeverity,
    sources: sourcesLine(state, now),
    // The disclaimer is a line of its own on the image.
    attribution: sourceCredits(language, atlas?.articles ?? [])
      .map(fromHtml)
      .join(' · '),
    disclaimer: translate(language, 'disclaimer'),
    link,
  });
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (made) => (made ? resolve(made) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
  const fileName = exportFileName(state, now, 'png');
  saveFile(blob, fileName);
  return fileName;
}
