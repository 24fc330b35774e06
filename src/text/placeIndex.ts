// Finds place names in text. Each gazetteer name becomes a list of word patterns; a text word matches a
// pattern when Snowball gives it the same stem, or when it starts with the name's stem and only adds a case
// ending to the name's own ending (Snowball stems proper nouns unevenly: Иран -> ира, Иране -> иран).
// Derived adjectives (азербайджанской, Iranian) are looked up by their stem. The longest name wins.
import type { GazetteerEntry } from './gazetteer';
import { IRREGULAR_ADJECTIVES, NOT_PLACES, TITLES } from './notPlaces';
import { fold, isAllCaps, startsUpper, stem, words, type Word } from './words';

interface WordPattern {
  folded: string;
  stem: string;
  /** The name's letters after its stem, without a final vowel: what every case form keeps. */
  keep: string;
  /** A capitalised name word must be capitalised in the text. */
  capital: boolean;
  /** Abbreviations (США, UAE) match only as written. */
  exact: string | null;
}

interface NameForm {
  words: WordPattern[];
  /** Gazetteer ids; empty for a not-a-place phrase. */
  ids: string[];
}

export interface PlaceIndex {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Name forms by the stem of their first word. */
  readonly byFirstStem: ReadonlyMap<string, NameForm[]>;
  /** Gazetteer ids by the stem of a derived adjective. */
  readonly byAdjectiveStem: ReadonlyMap<string, string[]>;
}

export interface FoundPlace {
  start: number;
  end: number;
  /** Gazetteer ids, best first. */
  ids: string[];
  /** 'adjective' when the text names the place by a derived adjective. */
  form: 'name' | 'adjective';
}

const FINAL_VOWEL = /[аеёиоуыэюяйьaeiouy]$/;
const MAX_ENDING = 3;
const JOINER = /^[ \u00a0\-\u2010\u2011]{1,2}$/;
const CYRILLIC = /[\u0400-\u04ff]/;

function pattern(word: string): WordPattern {
  const folded = fold(word);
  const s = stem(folded);
  const rest = folded.startsWith(s) ? folded.slice(s.length) : '';
  return {
    folded,
    stem: s,
    keep: rest.replace(FINAL_VOWEL, ''),
    capital: startsUpper(word),
    exact: isAllCaps(word) ? word : null,
  };
}

// Adjectives decline their whole ending (Персидский, Персидского): for them the stem alone decides.
const ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)$/;

/** A text word with what the matcher compares, worked out once. */
interface AnalysedWord extends Word {
  folded: string;
  stem: string;
  upper: boolean;
  caps: boolean;
  cyrillic: boolean;
}

function analyse(word: Word): AnalysedWord {
  const folded = fold(word.text);
  return {
    ...word,
    folded,
    stem: stem(folded),
    upper: startsUpper(word.text),
    caps: isAllCaps(word.text),
    cyrillic: CYRILLIC.test(folded),
  };
}

function matchesWord(p: WordPattern, word: AnalysedWord): boolean {
  if (p.exact !== null) return word.text === p.exact;
  // An abbreviation in the text (МИД, ВСУ) is not a town that happens to share its letters (Мид).
  if (word.caps) return false;
  if (p.capital && !word.upper) return false;
  if (word.folded === p.folded) return true;
  if ((!word.cyrillic || ADJECTIVE_ENDING.test(p.folded)) && word.stem === p.stem) return true;
  // A noun keeps the letters of its own ending before the case ending: Грузия/Грузии, but not Грузы.
  if (!word.cyrillic || p.stem.length < 3 || !word.folded.startsWith(p.stem)) return false;
  const ending = word.folded.slice(p.stem.length);
  return ending.startsWith(p.keep) && ending.length - p.keep.length <= MAX_ENDING;
}

/** Keys under which a text word may find a name: its stem and its own shorter beginnings. */
function lookupKeys(word: AnalysedWord): string[] {
  const { folded } = word;
  const keys = new Set([word.stem, folded]);
  for (let n = folded.length - 1; n >= Math.max(3, folded.length - MAX_ENDING - 2); n -= 1) {
    keys.add(folded.slice(0, n));
  }
  return [...keys];
}

function adjectiveForms(name: string): string[] {
  const n = fold(name);
  if (/[\u0400-\u04ff]/.test(n)) {
    const trimmed = n.replace(FINAL_VOWEL, '');
    const forms = [`${n}ский`, `${trimmed}ский`];
    if (n.endsWith('ия')) forms.push(`${n.slice(0, -1)}йский`);
    return forms;
  }
  const trimmed = n.replace(/[aeiouy]$/, '');
  return [`${n}n`, `${n}i`, `${n}ian`, `${trimmed}ian`, `${trimmed}i`];
}

function namesOf(entry: GazetteerEntry): string[] {
  return [entry.en, ...(entry.ru === null ? [] : [entry.ru]), ...(entry.alt ?? [])];
}

function splitName(name: string): string[] {
  return words(name).map((w) => w.text);
}

export function buildPlaceIndex(entries: readonly GazetteerEntry[]): PlaceIndex {
  const byFirstStem = new Map<string, NameForm[]>();
  const byAdjectiveStem = new Map<string, string[]>();
  const forms = new Map<string, NameForm>();
  const add = (name: string, id: string | null): void => {
    const parts = splitName(name);
    if (parts.length === 0) return;
    // Not-a-place phrases are forms of their own, so that "Mary" the person stays apart from Mary the town.
    const key = `${id === null ? '!' : ''}${parts.join(' ')}`;
    let form = forms.get(key);
    if (form === undefined) {
      form = { words: parts.map(pattern), ids: [] };
      forms.set(key, form);
      const first = form.words[0];
      if (first === undefined) return;
      const list = byFirstStem.get(first.stem) ?? [];
      list.push(form);
      byFirstStem.set(first.stem, list);
      if (first.folded !== first.stem) {
        const byFolded = byFirstStem.get(first.folded) ?? [];
        byFolded.push(form);
        byFirstStem.set(first.folded, byFolded);
      }
    }
    if (id !== null && !form.ids.includes(id)) form.ids.push(id);
  };
  const addAdjective = (adjective: string, id: string): void => {
    const key = stem(fold(adjective));
    const list = byAdjectiveStem.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    byAdjectiveStem.set(key, list);
  };
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      add(name, entry.id);
      if (entry.adj === true && splitName(name).length === 1 && !isAllCaps(name)) {
        for (const adjective of adjectiveForms(name)) addAdjective(adjective, entry.id);
      }
    }
  }
  const known = new Set(entries.map((e) => e.id));
  for (const [adjective, id] of Object.entries(IRREGULAR_ADJECTIVES)) {
    if (known.has(id)) addAdjective(adjective, id);
  }
  for (const phrase of NOT_PLACES) add(phrase, null);
  return { entries: new Map(entries.map((e) => [e.id, e])), byFirstStem, byAdjectiveStem };
}

/** The longest name forms that start at word i (all of them, when several names of that length fit). */
function longestName(
  index: PlaceIndex,
  all: readonly AnalysedWord[],
  i: number,
): { ids: string[]; blocked: boolean; length: number } | null {
  const first = all[i];
  if (first === undefined) return null;
  let fitting: NameForm[] = [];
  let length = 0;
  const seen = new Set<NameForm>();
  for (const key of lookupKeys(first)) {
    for (const form of index.byFirstStem.get(key) ?? []) {
      if (seen.has(form) || form.words.length < length) continue;
      seen.add(form);
      const fits = form.words.every((p, k) => {
        const word = all[i + k];
        return word !== undefined && (k === 0 || JOINER.test(word.gap)) && matchesWord(p, word);
      });
      if (!fits) continue;
      if (form.words.length > length) {
        fitting = [];
        length = form.words.length;
      }
      fitting.push(form);
    }
  }
  if (fitting.length === 0) return null;
  // At equal length a not-a-place phrase wins over a place.
  const blocked = fitting.some((f) => f.ids.length === 0);
  return { ids: [...new Set(fitting.flatMap((f) => f.ids))], blocked, length };
}

function rank(index: PlaceIndex, ids: readonly string[]): string[] {
  const order = (id: string): number => {
    const e = index.entries.get(id);
    if (e === undefined) return 9;
    if (e.src === 'places.json') return 0;
    if (e.kind === 'country') return 1;
    if (e.src.startsWith('hand:')) return 2;
    if (e.kind === 'region') return 4;
    return 3;
  };
  const population = (id: string): number => index.entries.get(id)?.pop ?? 0;
  return [...ids].sort((a, b) => order(a) - order(b) || population(b) - population(a) || a.localeCompare(b));
}

/** Towns and regions share names with people ("президент Алиев"); countries and seas do not. */
function couldBeSurname(index: PlaceIndex, ids: readonly string[]): boolean {
  return ids.every((id) => {
    const kind = index.entries.get(id)?.kind;
    return kind === 'city' || kind === 'region';
  });
}

/** Place names and derived adjectives in one passage's text, in text order, with UTF-16 offsets. */
export function findPlaces(index: PlaceIndex, text: string): FoundPlace[] {
  const all = words(text).map(analyse);
  const found: FoundPlace[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const word = all[i];
    if (word === undefined) continue;
    const previous = all[i - 1];
    const afterTitle = previous !== undefined && TITLES.has(fold(previous.text));
    const named = longestName(index, all, i);
    if (named !== null) {
      const last = all[i + named.length - 1] ?? word;
      if (!named.blocked && !(afterTitle && couldBeSurname(index, named.ids))) {
        found.push({ start: word.start, end: last.end, ids: rank(index, named.ids), form: 'name' });
      }
      i += named.length - 1;
      continue;
    }
    const adjective = index.byAdjectiveStem.get(word.stem);
    const latinNeedsCapital = !word.cyrillic && !word.upper;
    if (adjective !== undefined && word.text.length >= 4 && !latinNeedsCapital) {
      found.push({ start: word.start, end: word.end, ids: rank(index, adjective), form: 'adjective' });
    }
  }
  return found;
}
