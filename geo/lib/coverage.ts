// Which passages the overlays cite, and which passages name places or movements without a feature.
import * as v from 'valibot';
import type { Article, LayerId, Passage } from '../../src/data/schema';
import { GazetteerSchema } from '../../src/text/gazetteer';
import { buildPlaceIndex, findPlaces, type PlaceIndex } from '../../src/text/placeIndex';
import gazetteerFile from '../gazetteer.json' with { type: 'json' };

/** Words that mark a movement of people or goods, or a line of infrastructure. */
export const MOVEMENT_TERMS: readonly { label: string; stem: string }[] = [
  { label: 'evacuation', stem: 'эвакуа' },
  { label: 'evacuation', stem: 'эвакуир' },
  { label: 'delivery', stem: 'доставк' },
  { label: 'refugees', stem: 'беженц' },
  { label: 'pipeline', stem: 'трубопровод' },
  { label: 'terminal', stem: 'терминал' },
  { label: 'evacuation', stem: 'evacuat' },
  { label: 'refugees', stem: 'refugee' },
  { label: 'pipeline', stem: 'pipeline' },
];

const matchers = MOVEMENT_TERMS.map((t) => ({
  label: t.label,
  re: new RegExp(`(?<!\\p{L})${t.stem}`, 'iu'),
}));

let places: PlaceIndex | undefined;

/**
 * The places a passage names, found with the gazetteer article:import uses (case endings, derived
 * adjectives, multi-word names; not the names of people or organisations), by their English names.
 */
function namedPlaces(text: string): string[] {
  places ??= buildPlaceIndex(v.parse(GazetteerSchema, gazetteerFile).entries);
  const index = places;
  return findPlaces(index, text).flatMap((found) => {
    const [id] = found.ids;
    const entry = id === undefined ? undefined : index.entries.get(id);
    return entry ? [entry.en] : [];
  });
}

const termsByText = new Map<string, string[]>();

/** The places and then the movements a passage names (labels, unique, in order); once per text. */
export function namedTerms(text: string): string[] {
  let terms = termsByText.get(text);
  if (!terms) {
    terms = [
      ...new Set([...namedPlaces(text), ...matchers.filter((m) => m.re.test(text)).map((m) => m.label)]),
    ];
    termsByText.set(text, terms);
  }
  return [...terms];
}

export interface Citation {
  /** Feature or not-mapped risk id. */
  id: string;
  layer: LayerId | 'not-mapped';
  article: string;
  passage: string;
}

export interface CoverageRow {
  article: string;
  passage: string;
  kind: Passage['kind'];
  /** Ids of the features (and not-mapped risks) citing the passage, sorted. */
  citedBy: string[];
  /** What the passage names (places, movements). */
  names: string[];
  /** Reason from the allow-list, when the passage is deliberately left without a feature. */
  allowed?: string;
}

export const passageKey = (article: string, passage: string): string => `${article}#${passage}`;

export function coverageRows(
  articles: readonly Article[],
  citations: readonly Citation[],
  allowList: Readonly<Record<string, string>>,
): CoverageRow[] {
  return articles.flatMap((article) =>
    article.passages.map((p): CoverageRow => {
      const citedBy = [
        ...new Set(citations.filter((c) => c.article === article.id && c.passage === p.id).map((c) => c.id)),
      ].sort();
      const allowed = allowList[passageKey(article.id, p.id)];
      const row: CoverageRow = {
        article: article.id,
        passage: p.id,
        kind: p.kind,
        citedBy,
        names: namedTerms(p.text),
      };
      if (allowed !== undefined) row.allowed = allowed;
      return row;
    }),
  );
}

/** A readable table of the coverage, one line per passage. */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const lines = rows.map((r) => {
    const status =
      r.citedBy.length > 0
        ? r.citedBy.join(', ')
        : r.allowed !== undefined
          ? `(no feature: ${r.allowed})`
          : r.names.length > 0
            ? '!! NO FEATURE, NOT ALLOW-LISTED'
            : '(names no place)';
    const names = r.names.length > 0 ? ` [${r.names.join(', ')}]` : '';
    return `  ${r.article}#${r.passage} (${r.kind})${names}: ${status}`;
  });
  const cited = rows.filter((r) => r.citedBy.length > 0).length;
  const allowed = rows.filter((r) => r.citedBy.length === 0 && r.allowed !== undefined).length;
  return [
    `Coverage: ${rows.length} passages, ${cited} cited by features, ${allowed} allow-listed, ${rows.length - cited - allowed} other`,
    ...lines,
  ].join('\n');
}
