// Reads an article text file for the import command: refuses what cannot be an article (empty, binary, too
// big) and turns a Windows-1251 or KOI8-R text (common for Russian news) into UTF-8, saying so.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A long news article is 50 KB; anything this big is a wrong file or a whole site dump. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type DecodedText = { ok: true; text: string; note?: string } | { ok: false; problem: string };

/** Legacy Cyrillic encodings worth converting; other non-UTF-8 files are refused with the command to convert. */
const CONVERTIBLE = new Set(['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866']);

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return control > sample.length / 100;
}

export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      problem: `is ${megabytes(bytes.length)}; an article may be at most ${megabytes(MAX_ARTICLE_BYTES)} (is this one article?)`,
    };
  }
  if (looksBinary(bytes)) return { ok: false, problem: 'is a binary file, not text' };
  let text: string;
  let note: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const guess = (chardet.detect(bytes) ?? 'unknown').toLowerCase();
    if (!CONVERTIBLE.has(guess)) {
      return {
        ok: false,
        problem: `is not UTF-8 (chardet guesses ${guess}); convert it first: iconv -f ${guess.toUpperCase()} -t UTF-8 FILE > FILE.utf8.txt`,
      };
    }
    text = iconv.decode(Buffer.from(bytes), guess);
    note = `was ${guess} (detected by chardet), converted to UTF-8`;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'is empty' };
  return note === undefined ? { ok: true, text } : { ok: true, text, note };
}
