// Why a quote is not in its passage, in terms an editor can act on: where the two part ways, which characters
// differ (a hyphen for a dash, " for « », a no-break space look alike when reading) and the closest span.

const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '-': 'hyphen-minus',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2212': 'minus sign',
  ' ': 'space',
  '\u00a0': 'no-break space',
  '\u2009': 'thin space',
  '\u202f': 'narrow no-break space',
  '"': 'straight double quote',
  "'": 'straight single quote',
  '\u00ab': 'left guillemet «',
  '\u00bb': 'right guillemet »',
  '\u201c': 'left double quote “',
  '\u201d': 'right double quote ”',
  '\u201e': 'low double quote „',
  '\u2018': 'left single quote ‘',
  '\u2019': 'right single quote ’',
  ё: 'ё',
  е: 'е',
};

/** Characters that look alike when reading, folded to one representative (one UTF-16 unit for one). */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  ё: 'е',
  Ё: 'Е',
};

const lookAlike = (text: string): string =>
  Array.from(text, (c) => (c.length === 1 ? (LOOK_ALIKE[c] ?? c) : c)).join('');

export function describeCharacter(c: string | undefined): string {
  if (c === undefined) return 'the end of the passage';
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[c];
  return name === undefined ? `'${c}' (${code})` : `${name} (${code})`;
}

export interface QuoteMismatch {
  /** The passage span that comes closest to the quote. */
  closest: { start: number; end: number; text: string };
  /** 0-based position in the quote where it parts from the closest span. */
  at: number;
  /** True when the only differences are look-alike characters. */
  lookAlikeOnly: boolean;
  message: string;
}

const commonPrefix = (a: string, b: string, from: number): number => {
  let n = 0;
  while (from + n < b.length && n < a.length && a[n] === b[from + n]) n += 1;
  return n;
};

/** Null when the quote occurs exactly; otherwise where it parts from the passage and the closest span. */
export function explainQuoteMismatch(passage: string, quote: string): QuoteMismatch | null {
  if (quote.length > 0 && passage.includes(quote)) return null;
  const foldedPassage = lookAlike(passage);
  const foldedQuote = lookAlike(quote);
  const alike = quote.length > 0 ? foldedPassage.indexOf(foldedQuote) : -1;
  let start: number;
  let lookAlikeOnly = false;
  if (alike >= 0) {
    start = alike;
    lookAlikeOnly = true;
  } else {
    // The start where the longest beginning of the quote matches (look-alikes folded).
    start = 0;
    let longest = -1;
    for (let s = 0; s < foldedPassage.length; s += 1) {
      const n = commonPrefix(foldedQuote, foldedPassage, s);
      if (n > longest) {
        longest = n;
        start = s;
      }
    }
  }
  const at = commonPrefix(quote, passage, start);
  const end = Math.min(passage.length, start + quote.length);
  const closest = { start, end, text: passage.slice(start, end) };
  const differs = `at character ${at + 1} of the quote it has ${describeCharacter(quote[at])} where the passage has ${describeCharacter(passage[start + at])}`;
  const message = lookAlikeOnly
    ? `look-alike characters: ${differs}; the passage has «${closest.text}» at ${start}-${end}`
    : `${differs}; closest span «${closest.text}» at ${start}-${end}`;
  return { closest, at, lookAlikeOnly, message };
}
