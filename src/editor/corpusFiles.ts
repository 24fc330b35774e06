// Saving is a projection of the drafts: the corpus files they change (overlays/<layer>.geojson with the
// published features kept as they are, articles/<id>.json for new articles, proposals/<id>.json for
// rejections, coverage-allow.json for "Nothing to map" reasons), laid out as the repository writes them;
// and the way back, files read into drafts. Pure: the caller reads and writes the bytes.
import * as v from 'valibot';
import { ArticleSchema, type Article, type Geometry, type LayerId, type Position } from '../data/schema';
import type { Proposals } from '../text/proposals';
import { standingRejections } from '../text/rejections';
import { corpusJson } from './corpusJson';
import {
  allowListForDownload,
  authoredCiting,
  citedPassageKeys,
  reasonsFromAllowList,
  withReasons,
  type AllowList,
} from './coverage';
import { proposalsWithRejections } from './review';
import {
  FIELD_KEYS,
  draftCandidate,
  isLayerId,
  publishable,
  shapeOf,
  type ArticleDates,
  type DraftChange,
  type DraftFeature,
  type DraftForm,
  type DraftSource,
  type EditorDoc,
} from './draft';

type RawFeature = {
  type: 'Feature';
  geometry: unknown;
  derive?: unknown;
  properties: Record<string, unknown>;
};
export type OverlayFile = { type: 'FeatureCollection'; features: RawFeature[] };
/** The corpus the app was built from, as written in geo/ (features with their build recipes). */
export type AuthoredCorpus = {
  overlays: Partial<Record<LayerId, OverlayFile>>;
  articles: ReadonlyMap<string, Article>;
  /** coverage-allow.json. */
  allowList: AllowList;
  /** overlays/risk-not-mapped.json: risks with no place, whose citations count for coverage too. */
  notMapped: ReadonlyArray<Record<string, unknown>>;
};
/** A path inside geo/: `overlays/risk.geojson`, `articles/<id>.json`. */
export type CorpusFile = { path: string; text: string };

export const overlayPath = (layer: LayerId) => `overlays/${layer}.geojson`;
export const articlePath = (id: string) => `articles/${id}.json`;
export const proposalsPath = (id: string) => `proposals/${id}.json`;
export const ALLOW_LIST_PATH = 'coverage-allow.json';

/**
 * Decimals of a coordinate for a stated precision: a tenth of it, at least (111 km a degree), so the file
 * says no more than the drawing knows. 1 km → 4 decimals (11 m), 10 km → 3, 0.1 km → 5.
 */
export function decimalsFor(precisionKm: number): number {
  const d = Math.ceil(Math.log10(111.32 / precisionKm)) + 1;
  return Math.min(6, Math.max(1, Number.isFinite(d) ? d : 6));
}

function roundPosition([lon, lat]: Position, decimals: number): Position {
  const round = (x: number) => {
    const r = Number(x.toFixed(decimals));
    return r === 0 ? 0 : r;
  };
  return [round(lon), round(lat)];
}

export function roundGeometry(geometry: Geometry, decimals: number): Geometry {
  const r = (p: Position) => roundPosition(p, decimals);
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: r(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(r) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(r)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(r))),
      };
  }
}

function omit(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The feature as its overlay file holds it: the layer is the file's, coordinates rounded, keys in order. */
export function fileFeature(draft: DraftFeature, dateOf?: ArticleDates): RawFeature | null {
  const feature = publishable(draft, dateOf);
  if (!feature || !draft.geometry) return null;
  const candidate = draftCandidate(draft) as { properties: Record<string, unknown> };
  const properties = omit(candidate.properties, 'layer');
  const keepRecipe = draft.derive !== undefined;
  const country = !keepRecipe && draft.geometry.type === 'Point' ? draft.form.country : '';
  return {
    type: 'Feature',
    geometry: keepRecipe ? null : roundGeometry(draft.geometry, decimalsFor(feature.properties.precision_km)),
    ...(keepRecipe ? { derive: draft.derive } : {}),
    ...(country !== '' ? { country } : {}),
    properties: keepRecipe ? withoutGeneratedSource(properties) : properties,
  };
}

/** A recipe's geometry_source is written by the build: a feature kept as a recipe leaves it out. */
function withoutGeneratedSource(properties: Record<string, unknown>): Record<string, unknown> {
  return omit(properties, 'geometry_source');
}

export type Download = {
  files: CorpusFile[];
  /** Drafts left out because they do not pass the schema yet. */ unfinished: string[];
};

/**
 * The files the drafts change. `proposalsOf` gives an article's proposed mentions (the importer's), for the
 * proposals files that keep rejections; without it none are written.
 */
export function filesForDownload(
  authored: AuthoredCorpus,
  doc: EditorDoc,
  proposalsOf?: (article: Article) => Proposals,
): Download {
  const unfinished: string[] = [];
  const dateOf = downloadDates(authored, doc);
  const byLayer = new Map<LayerId, RawFeature[]>();
  const changed = new Set<LayerId>();
  const featuresOf = (layer: LayerId) => {
    let list = byLayer.get(layer);
    if (!list) {
      list = [...(authored.overlays[layer]?.features ?? [])];
      byLayer.set(layer, list);
    }
    return list;
  };
  for (const draft of doc.features) {
    const feature = fileFeature(draft, dateOf);
    const layer = draft.form.layer;
    if (!feature || !isLayerId(layer)) {
      unfinished.push(draft.form.id || draft.key);
      continue;
    }
    const id = draft.form.id;
    // A feature moved to another layer leaves its old file.
    for (const [other, file] of Object.entries(authored.overlays) as Array<[LayerId, OverlayFile]>) {
      if (other !== layer && file.features.some((f) => f.properties['id'] === id)) {
        byLayer.set(
          other,
          featuresOf(other).filter((f) => f.properties['id'] !== id),
        );
        changed.add(other);
      }
    }
    const list = featuresOf(layer);
    const at = list.findIndex((f) => f.properties['id'] === id);
    if (at >= 0) list[at] = feature;
    else list.push(feature);
    changed.add(layer);
  }
  const files: CorpusFile[] = [...changed].sort().map((layer) => ({
    path: overlayPath(layer),
    text: corpusJson({ type: 'FeatureCollection', features: byLayer.get(layer) ?? [] }),
  }));
  const sortedArticles = [...doc.articles].sort((a, b) => a.id.localeCompare(b.id));
  for (const article of sortedArticles) {
    const published = authored.articles.get(article.id);
    // An article opened from the corpus and left as it was is not a change.
    if (published && corpusJson(published) === corpusJson(article)) continue;
    files.push({ path: articlePath(article.id), text: corpusJson(article) });
  }
  const rejectedIn = new Set(doc.rejected.map((r) => r.article));
  for (const id of [...rejectedIn].sort()) {
    const article = doc.articles.find((a) => a.id === id) ?? authored.articles.get(id);
    if (!article || !proposalsOf) continue;
    const proposals = proposalsWithRejections(proposalsOf(article), article, doc);
    files.push({ path: proposalsPath(id), text: corpusJson(proposals) });
  }
  const allowList = allowListForDownload(authored.allowList, doc, citedByDownload(authored, doc));
  if (allowList) files.push({ path: ALLOW_LIST_PATH, text: corpusJson(allowList) });
  return { files, unfinished };
}

/** geo:check judges a stated date by the articles the download leaves in the corpus: the new ones first. */
export function downloadDates(authored: AuthoredCorpus, doc: EditorDoc): ArticleDates {
  return (id) => (doc.articles.find((a) => a.id === id) ?? authored.articles.get(id))?.date;
}

/** The passages cited by the features (and not-mapped risks) the download leaves in the corpus. */
export function citedByDownload(authored: AuthoredCorpus, doc: EditorDoc): Set<string> {
  const features = Object.values(authored.overlays).flatMap((file) => file.features);
  return citedPassageKeys(authoredCiting(features, authored.notMapped), doc, downloadDates(authored, doc));
}

// ------------------------------------------------------------------------------------------- files in

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');

function formOf(properties: Record<string, unknown>, layer: LayerId): DraftForm {
  const form = Object.fromEntries(
    FIELD_KEYS.map((key) => {
      const [name, language] = key.split('.') as [string, string | undefined];
      const value = properties[name];
      return [key, language === undefined ? str(value) : isRecord(value) ? str(value[language]) : ''];
    }),
  ) as DraftForm;
  return { ...form, layer };
}

const sourceOf = (s: Record<string, unknown>): DraftSource => ({
  article: str(s['article']),
  passage: str(s['passage']),
  quote: str(s['quote']),
  ...(typeof s['prefix'] === 'string' ? { prefix: s['prefix'] } : {}),
  ...(typeof s['suffix'] === 'string' ? { suffix: s['suffix'] } : {}),
  ...(s['basis'] === 'stated' || s['basis'] === 'inferred' ? { basis: s['basis'] } : {}),
  ...(isRecord(s['basis_note'])
    ? { basis_note: { en: str(s['basis_note']['en']), ru: str(s['basis_note']['ru']) } }
    : {}),
});

function sourcesOf(value: unknown): DraftSource[] {
  return Array.isArray(value) ? value.filter(isRecord).map(sourceOf) : [];
}

function changesOf(value: unknown): DraftChange[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((c) => ({
    source: sourceOf(isRecord(c['source']) ? c['source'] : {}),
    severity: str(c['severity']),
    status: str(c['status']),
    note: isRecord(c['note']) ? { en: str(c['note']['en']), ru: str(c['note']['ru']) } : { en: '', ru: '' },
  }));
}

/** A published or file feature as a draft to edit. */
export function draftFromFeature(
  key: string,
  raw: { geometry: unknown; derive?: unknown; country?: unknown; properties: Record<string, unknown> },
  layer: LayerId,
  geometry: Geometry | null,
): DraftFeature {
  const form = { ...formOf(raw.properties, layer), country: str(raw.country) };
  // A recipe's geometry_source is written by the build; the form names the recipe until then.
  if (raw.derive !== undefined && form.geometry_source === '')
    form.geometry_source = `recipe: ${JSON.stringify(raw.derive)}`;
  const changes = changesOf(raw.properties['changes']);
  return {
    key,
    shape: shapeOf(geometry),
    form,
    geometry,
    sources: sourcesOf(raw.properties['sources']),
    ...(changes.length > 0 ? { changes } : {}),
    ...(raw.derive !== undefined ? { derive: raw.derive } : {}),
  };
}

export type OpenedFiles = {
  doc: EditorDoc;
  read: string[];
  problems: string[];
  /** Published reasons an allow-list file left out, now taken back. */
  reasonsTakenBack: number;
};

/** The name of a file as the corpus lays it out, wherever it was unpacked: `overlays/x.geojson`. */
function corpusName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts.slice(-2).join('/');
}

/**
 * Reads corpus files into the document: every feature that differs from the published one (or is new)
 * becomes a draft, replacing a draft with the same id; a new article becomes a draft article.
 */
export function openFiles(
  authored: AuthoredCorpus,
  doc: EditorDoc,
  files: ReadonlyArray<{ name: string; text: string }>,
  geometryOf: (raw: RawFeature) => Geometry | null,
): OpenedFiles {
  let next = doc;
  const read: string[] = [];
  const problems: string[] = [];
  let reasonsTakenBack = 0;
  // The allow-list names passages of articles that may come in the same files: it is read after them.
  const isAllowList = (name: string) => corpusName(name).split('/').pop() === ALLOW_LIST_PATH;
  const ordered = [...files.filter((f) => !isAllowList(f.name)), ...files.filter((f) => isAllowList(f.name))];
  for (const { name, text } of ordered) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push(`${name}: not JSON`);
      continue;
    }
    const base = corpusName(name).split('/').pop() ?? name;
    if (base === ALLOW_LIST_PATH) {
      const articleOf = (id: string) => next.articles.find((a) => a.id === id) ?? authored.articles.get(id);
      const hasPassage = (article: string, passage: string) =>
        articleOf(article)?.passages.some((p) => p.id === passage) === true;
      const found = reasonsFromAllowList(
        authored.allowList,
        data,
        hasPassage,
        citedByDownload(authored, next),
      );
      next = withReasons(next, found);
      reasonsTakenBack += found.withdrawn.length;
      problems.push(...found.problems.map((problem) => `${name}: ${problem}`));
      read.push(name);
      continue;
    }
    const layer = base.replace(/\.geojson$/, '');
    if (base.endsWith('.geojson') && isLayerId(layer)) {
      if (!isRecord(data) || !Array.isArray(data['features'])) {
        problems.push(`${name}: not a FeatureCollection`);
        continue;
      }
      const published = new Map(
        (authored.overlays[layer]?.features ?? []).map((f) => [str(f.properties['id']), corpusJson(f)]),
      );
      for (const raw of data['features']) {
        if (!isRecord(raw) || !isRecord(raw['properties'])) continue;
        const feature = raw as RawFeature;
        const id = str(feature.properties['id']);
        if (published.get(id) === corpusJson(feature)) continue;
        const key = `d${next.nextKey}`;
        const draft = draftFromFeature(key, feature, layer, geometryOf(feature));
        next = {
          ...next,
          nextKey: next.nextKey + 1,
          features: [...next.features.filter((d) => d.form.id !== id), draft],
        };
      }
      read.push(name);
      continue;
    }
    if (isRecord(data) && typeof data['article'] === 'string' && Array.isArray(data['mentions'])) {
      // A proposals file: its rejections (those still true of the article's text) join the drafts.
      const id = data['article'];
      const article = next.articles.find((a) => a.id === id) ?? authored.articles.get(id);
      if (!article) {
        problems.push(`${name}: proposals of an unknown article '${id}'`);
        continue;
      }
      const kept = next.rejected.filter((r) => r.article !== id);
      const rejected = standingRejections(data, article).map((r) => ({ article: id, ...r }));
      next = { ...next, rejected: [...kept, ...rejected] };
      read.push(name);
      continue;
    }
    const article = v.safeParse(ArticleSchema, data);
    if (article.success) {
      const published = authored.articles.get(article.output.id);
      if (!published || corpusJson(published) !== corpusJson(article.output)) {
        next = {
          ...next,
          articles: [...next.articles.filter((a) => a.id !== article.output.id), article.output],
        };
      }
      read.push(name);
      continue;
    }
    problems.push(`${name}: neither an overlay (<layer>.geojson) nor an article`);
  }
  return { doc: next, read, problems, reasonsTakenBack };
}
