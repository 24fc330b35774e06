// Pure lookups over the loaded atlas, built once: what can be selected by id, passages by id, features
// citing a passage.
import type {
  ArticleSummary,
  Atlas,
  IndexedFeature,
  NotMappedRisk,
  PassageOutline,
  Position,
} from './schema';
import { reportedSpan, type ReportedSpan } from './reported';

export type Bounds = [west: number, south: number, east: number, north: number];

/** What a reader can select: a feature on the map, or a risk the text names without a place. */
export type Selectable =
  { kind: 'feature'; feature: IndexedFeature } | { kind: 'not-mapped'; risk: NotMappedRisk };

/** A passage is always named with its article: passage ids repeat across articles (`lead`, `p1`...). */
export type PassageRef = { article: string; passage: string };
export const passageKey = (ref: PassageRef): string => `${ref.article}/${ref.passage}`;

export type AtlasIndex = {
  featuresById: ReadonlyMap<string, IndexedFeature>;
  /** Features and not-mapped risks: the one lookup behind details, links, the announcer and the article. */
  selectablesById: ReadonlyMap<string, Selectable>;
  /** By `passageKey`. */
  passagesByKey: ReadonlyMap<string, { passage: PassageOutline; article: ArticleSummary }>;
  articlesById: ReadonlyMap<string, ArticleSummary>;
  /** Newest first (then by id): the order of the article chooser. */
  articlesNewestFirst: readonly ArticleSummary[];
  /** The earliest article: what a link's `p=` names when it has no `a=` (links from before `a=`). */
  firstArticle: ArticleSummary | null;
  /** Feature ids (and not-mapped risk ids) citing each passage, by `passageKey`, in atlas order. */
  citingFeatureIds: ReadonlyMap<string, readonly string[]>;
  boundsById: ReadonlyMap<string, Bounds>;
  /** When each feature was reported (first and last day of the articles citing it). */
  reportedById: ReadonlyMap<string, ReportedSpan | null>;
};

export function boundsOfPositions(positions: readonly Position[]): Bounds | null {
  if (positions.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

export function unionBounds(all: readonly Bounds[]): Bounds | null {
  if (all.length === 0) return null;
  return all.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ]);
}

export function indexAtlas(atlas: Atlas): AtlasIndex {
  const featuresById = new Map<string, IndexedFeature>();
  const articleDates = new Map(atlas.articles.map((article) => [article.id, article]));
  const reportedById = new Map<string, ReportedSpan | null>();
  const selectablesById = new Map<string, Selectable>();
  const boundsById = new Map<string, Bounds>();
  // A Set per passage keeps atlas order and drops repeats in constant time: a list scan made this
  // quadratic, minutes of blocked main thread at 100k features citing the same few passages.
  const citing = new Map<string, Set<string>>();
  const cite = (source: PassageRef, featureId: string) => {
    const key = passageKey(source);
    let ids = citing.get(key);
    if (!ids) citing.set(key, (ids = new Set()));
    ids.add(featureId);
  };
  for (const feature of atlas.features) {
    featuresById.set(feature.properties.id, feature);
    selectablesById.set(feature.properties.id, { kind: 'feature', feature });
    reportedById.set(feature.properties.id, reportedSpan(feature.properties, articleDates));
    boundsById.set(feature.properties.id, feature.bbox);
    for (const source of feature.properties.sources) cite(source, feature.properties.id);
  }
  for (const risk of atlas.notMapped) {
    selectablesById.set(risk.id, { kind: 'not-mapped', risk });
    for (const source of risk.sources) cite(source, risk.id);
  }
  const passagesByKey = new Map<string, { passage: PassageOutline; article: ArticleSummary }>();
  const articlesById = new Map<string, ArticleSummary>();
  for (const article of atlas.articles) {
    articlesById.set(article.id, article);
    for (const passage of article.passages)
      passagesByKey.set(passageKey({ article: article.id, passage: passage.id }), { passage, article });
  }
  const articlesNewestFirst = [...atlas.articles].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1,
  );
  const citingFeatureIds = new Map<string, readonly string[]>();
  for (const [key, ids] of citing) citingFeatureIds.set(key, [...ids]);
  return {
    featuresById,
    selectablesById,
    passagesByKey,
    articlesById,
    articlesNewestFirst,
    firstArticle: articlesNewestFirst.at(-1) ?? null,
    citingFeatureIds,
    boundsById,
    reportedById,
  };
}

const cache = new WeakMap<Atlas, AtlasIndex>();

/** The index of an atlas, built on first use and shared by every caller. */
export function getAtlasIndex(atlas: Atlas): AtlasIndex {
  let index = cache.get(atlas);
  if (!index) {
    index = indexAtlas(atlas);
    cache.set(atlas, index);
  }
  return index;
}

/** The name of whatever `id` selects, in both languages. */
export function selectableName(selectable: Selectable): { en: string; ru: string } {
  return selectable.kind === 'feature' ? selectable.feature.properties.name : selectable.risk.name;
}
