// Which passages the overlays cite, and which passages name places or movements without a feature. What a
// passage names is src/text/namedTerms.ts's, which the browser editor shares to ask for the same reasons.
import * as v from 'valibot';
import type { Article, LayerId, Passage } from '../../src/data/schema';
import { GazetteerSchema } from '../../src/text/gazetteer';
import { allowListKey } from '../../src/text/allowListKey';
import { namedTerms as namedTermsWith } from '../../src/text/namedTerms';
import { buildPlaceIndex, type PlaceIndex } from '../../src/text/placeIndex';
import gazetteerFile from '../gazetteer.json' with { type: 'json' };

let places: PlaceIndex | undefined;

const termsByText = new Map<string, string[]>();

/** The places and then the movements a passage names (labels, unique, in order); once per text. */
export function namedTerms(text: string): string[] {
  let terms = termsByText.get(text);
  if (!terms) {
    places ??= buildPlaceIndex(v.parse(GazetteerSchema, gazetteerFile).entries);
    terms = namedTermsWith(places, text);
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

/** A passage's key in the allow-list. */
export const passageKey = allowListKey;

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
