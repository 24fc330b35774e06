// Why a tile archive could not be read, as a code the notice words in the reader's language. The map's
// failures reach the page as MapLibre error events whose errors carry only a message (tiles are asked for
// by its workers), so a problem is found again from its message: the app's own are remembered when raised,
// and pmtiles' and the tile decoder's are known by their wording.

export type ArchiveProblem =
  | { code: 'status'; status: number }
  | { code: 'truncated' }
  | { code: 'changed' }
  | { code: 'notArchive' }
  | { code: 'specVersion'; version: string }
  | { code: 'damaged' }
  | { code: 'compression'; method: number };

/** The app's own problems by their English message (the console's words), bounded like any cache. */
const raised = new Map<string, ArchiveProblem>();
const MAX_REMEMBERED = 50;

/** An error for `problem`, with `english` as its message, that archiveProblemOf recognises later. */
export function archiveError(problem: ArchiveProblem, english: string): Error {
  if (raised.size >= MAX_REMEMBERED && !raised.has(english)) raised.clear();
  raised.set(english, problem);
  return new Error(english);
}

/** Others' wording: pmtiles' for a file that is not an archive or of a newer spec, pbf's for a damaged tile. */
const KNOWN_WORDING: ReadonlyArray<[RegExp, (match: RegExpExecArray) => ArchiveProblem]> = [
  [/Wrong magic number for PMTiles archive/, () => ({ code: 'notArchive' })],
  // The app's own, raised as pmtiles' EtagMismatch so that the reader starts over with the new file.
  [/^the archive changed \(ETag/, () => ({ code: 'changed' })],
  [/Archive is spec version (\d+)/, (match) => ({ code: 'specVersion', version: match[1] ?? '?' })],
  [
    /Unimplemented type: \d+|Expected varint not more than 10 bytes|Empty directory is invalid|Maximum directory depth exceeded/,
    () => ({ code: 'damaged' }),
  ],
];

/** The problem a map failure's message names, or null when it is someone else's (say, the browser's). */
export function archiveProblemOf(message: string): ArchiveProblem | null {
  const own = raised.get(message);
  if (own) return own;
  for (const [pattern, problem] of KNOWN_WORDING) {
    const match = pattern.exec(message);
    if (match) return problem(match);
  }
  return null;
}
