// Why a tile archive could not be read, as a code the notice words in the reader's language. The map's
// failures reach the page as MapLibre error events whose errors carry only a message (tiles are asked for
// by its workers), so a problem is found again from its message: the app's own are remembered when raised
// (here, in the first load), and pmtiles' and the tile decoder's are known by their wording (in
// archiveProblemWords.ts, loaded when something fails).

export type ArchiveProblem =
  | { code: 'status'; status: number }
  | { code: 'truncated' }
  | { code: 'changed' }
  | { code: 'notArchive' }
  | { code: 'specVersion'; version: string }
  | { code: 'damaged' }
  | { code: 'compression'; method: number }
  /** Cut by another build of the app (geo:build), in a tile format this one does not read. */
  | { code: 'otherBuild'; found: string; expected: number };

/** The app's own problems by their English message (the console's words), bounded like any cache. */
const raised = new Map<string, ArchiveProblem>();
const MAX_REMEMBERED = 50;

/** An error for `problem`, with `english` as its message, that archiveProblemOf recognises later. */
export function archiveError(problem: ArchiveProblem, english: string): Error {
  if (raised.size >= MAX_REMEMBERED && !raised.has(english)) raised.clear();
  raised.set(english, problem);
  return new Error(english);
}

/** The app's own problem a map failure's message names, if it is one (archiveProblemWords knows others'). */
export function raisedArchiveProblem(message: string): ArchiveProblem | undefined {
  return raised.get(message);
}
