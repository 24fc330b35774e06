// What the current view shows, in words: its title (the selected feature, else the region, else the atlas's
// area), the articles behind it, and a short name for files.
import { getAtlasIndex, selectableName } from '../data/atlasIndex';
import { findRegion } from '../data/regions';
import type { ArticleSummary, Atlas, IndexedFeature } from '../data/schema';
import { isAllDates, type DateRange } from '../data/dateRange';
import { formatDate, severityFloorLabel, translate, type Language } from '../i18n/dictionaries';
import { corpusSpan } from '../time/histogram';
import { translateShare } from '../i18n/shareStrings';

export type ViewState = { selectedId: string | null; regionId: string | null; language: Language };

export function viewTitle(atlas: Atlas | null, view: ViewState): string {
  const selected =
    atlas && view.selectedId ? getAtlasIndex(atlas).selectablesById.get(view.selectedId) : null;
  if (selected) return selectableName(selected)[view.language];
  const region = view.regionId ? findRegion(view.regionId) : undefined;
  return region ? region.name[view.language] : translateShare(view.language, 'viewTitleDefault');
}

/**
 * The articles the view rests on: those the selected feature cites, else those the shown features cite,
 * in atlas order.
 */
export function viewArticles(
  atlas: Atlas,
  selectedId: string | null,
  shown: readonly Pick<IndexedFeature, 'properties'>[],
): ArticleSummary[] {
  const selected = selectedId ? getAtlasIndex(atlas).selectablesById.get(selectedId) : undefined;
  const sources = selected
    ? selected.kind === 'feature'
      ? selected.feature.properties.sources
      : selected.risk.sources
    : shown.flatMap((feature) => feature.properties.sources);
  const cited = new Set(sources.map((source) => source.article));
  return atlas.articles.filter((article) => cited.has(article.id));
}

/**
 * What the reader's filters leave out, in words for a picture of the view: the dates shown (an open end is
 * the corpus's first or last day) and the severity floor. Empty when nothing is filtered.
 */
export function filterNotes(
  language: Language,
  filters: { dateRange: DateRange; minSeverity: number; riskShown: boolean },
  articleDates: readonly string[],
): string[] {
  const notes: string[] = [];
  const { minSeverity, dateRange } = filters;
  if (filters.riskShown && minSeverity > 1) notes.push(severityFloorLabel(language, minSeverity));
  const corpus = corpusSpan(articleDates);
  const from = dateRange.from ?? corpus.from;
  const to = dateRange.to ?? corpus.to;
  if (!isAllDates(dateRange) && from !== null && to !== null)
    notes.push(
      translate(language, 'reportedBetween', {
        from: formatDate(language, from),
        to: formatDate(language, to),
      }),
    );
  return notes;
}

/** The view's articles (title, outlet, date), each in the phrase the citation or the image uses, joined. */
export function articleSources(
  language: Language,
  articles: readonly ArticleSummary[],
  phrase: 'citationSource' | 'imageSource',
): string {
  return articles
    .map((article) =>
      translateShare(language, phrase, {
        title: article.title[language],
        outlet: article.outlet[language],
        date: formatDate(language, article.date),
      }),
    )
    .join('; ');
}

/** The calendar date of `date` where the reader is, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `risk-atlas-caspian-2026-12-02.png`: the region (or selected feature) and the day it was saved. */
export function exportFileName(view: ViewState, day: Date, extension: string): string {
  const subject = view.regionId ?? view.selectedId ?? 'view';
  return `risk-atlas-${subject}-${isoDay(day)}.${extension}`;
}
