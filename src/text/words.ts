// Words of a text with their UTF-16 offsets, and the folded, stemmed forms the place matcher compares.
// Pure: runs in Node and in the browser editor alike.
import snowball from 'snowball-stemmers';

export interface Word {
  /** The word as written (hyphenated compounds are split: `российско-азербайджанской` is two words). */
  text: string;
  start: number;
  end: number;
  /** What separates this word from the previous one (empty for the first word). */
  gap: string;
}

// Letters and digits with inner apostrophes (`O'Neil`); a possessive `'s` stays outside the word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ](?!s\b)\p{L}+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length, gap: text.slice(previousEnd, start) });
    previousEnd = start + m[0].length;
  }
  return out;
}

const isCyrillic = (word: string): boolean => /[\u0400-\u04ff]/.test(word);

/**
 * Lower case, ё as е; in Latin script accents and apostrophe-like marks dropped (`Anzalī` meets `Anzali`) and an
 * English possessive cut (`Iran's`, `Iran’s`, `Emirates'` name the place itself).
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (isCyrillic(lower)) return lower.replace(/ё/g, 'е');
  return lower
    .replace(/['’ʼ]s?$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f‘’ʼʻ`']/g, '');
}

export const startsUpper = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};
export const isAllCaps = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

/** The Snowball stem of a folded word, Russian for Cyrillic words and English for the rest. */
export function stem(folded: string): string {
  return isCyrillic(folded) ? russian.stem(folded) : english.stem(folded);
}
