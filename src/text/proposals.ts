// Place mentions of an article and their gazetteer candidates: the contract behind DIR/proposals/ID.json,
// read by the browser editor and outside tools. `quote` is exactly passage.text.slice(start, end) (UTF-16).
import type { Article } from '../data/schema';
import type { RejectedMention } from './rejections';
import type { GazetteerEntry } from './gazetteer';
import { findPlaces, type PlaceIndex } from './placeIndex';

export interface Candidate {
  id: string;
  name: { en: string; ru: string | null };
  kind: string;
  lon: number;
  lat: number;
  precision_km: number;
  source: string;
}

export interface Mention {
  passage: string;
  start: number;
  end: number;
  quote: string;
  candidates: Candidate[];
  /** Present when the name is ambiguous or only a derived adjective. */
  note?: string;
}

export interface Proposals {
  article: string;
  mentions: Mention[];
  /** Mentions rejected in review (the browser editor's Reject); absent when there are none. */
  rejected?: RejectedMention[];
}

const candidateOf = (e: GazetteerEntry): Candidate => ({
  id: e.id,
  name: { en: e.en, ru: e.ru },
  kind: e.kind,
  lon: e.lon,
  lat: e.lat,
  precision_km: e.km,
  source: e.src,
});

/**
 * A name is ambiguous when it fits more than one place, except that a first-order region named like one of the
 * other candidates' cities (Tehran province, Baku) does not make the city doubtful.
 */
export function isAmbiguous(candidates: readonly Candidate[]): boolean {
  const others = candidates.filter((c) => c.kind !== 'region');
  return others.length > 1 || (others.length === 0 && candidates.length > 1);
}

function noteFor(candidates: readonly Candidate[], form: 'name' | 'adjective'): string | undefined {
  const notes: string[] = [];
  if (isAmbiguous(candidates)) {
    notes.push(
      `ambiguous: ${candidates.length} places have this name (${candidates.map((c) => c.id).join(', ')})`,
    );
  } else if (candidates.length > 1) {
    notes.push(
      `also the name of ${candidates
        .filter((c) => c.kind === 'region')
        .map((c) => c.id)
        .join(', ')}`,
    );
  }
  if (form === 'adjective') notes.push('a derived adjective, not the name itself');
  return notes.length > 0 ? notes.join('; ') : undefined;
}

export function proposeMentions(index: PlaceIndex, article: Pick<Article, 'id' | 'passages'>): Proposals {
  const mentions: Mention[] = [];
  for (const passage of article.passages) {
    for (const found of findPlaces(index, passage.text)) {
      const candidates = found.ids.flatMap((id) => {
        const entry = index.entries.get(id);
        return entry === undefined ? [] : [candidateOf(entry)];
      });
      const note = noteFor(candidates, found.form);
      mentions.push({
        passage: passage.id,
        start: found.start,
        end: found.end,
        quote: passage.text.slice(found.start, found.end),
        candidates,
        ...(note === undefined ? {} : { note }),
      });
    }
  }
  return { article: article.id, mentions };
}
