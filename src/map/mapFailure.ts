// What a failure the map reports means to the reader: the style failing leaves no map to show (the map's
// status says so, over the map); a data file failing leaves the rest working (a notice names it, with Retry).
import type { Language } from '../i18n/language';
import { translate } from '../i18n/dictionaries';

export type MapFailureInput = {
  /** The source the failure came from; none for the style itself. */
  sourceId: string | undefined;
  /** The file a failed source loads, when it loads one. */
  file: string | undefined;
  /** Whether the style had finished loading when the failure came. */
  styleLoaded: boolean;
  detail: string;
};

export type MapFailure =
  | { kind: 'style'; detail: string }
  | { kind: 'source'; file: string; detail: string }
  /** Nothing the reader can act on (say, one tile of a working source): for the console only. */
  | { kind: 'other'; detail: string };

export function classifyMapFailure({ sourceId, file, styleLoaded, detail }: MapFailureInput): MapFailure {
  if (sourceId !== undefined && file !== undefined) return { kind: 'source', file, detail };
  if (sourceId === undefined && !styleLoaded) return { kind: 'style', detail };
  return { kind: 'other', detail };
}

/** The notice for a data file that failed, in the interface language. */
export function sourceFailureMessage(language: Language, file: string, detail: string): string {
  return translate(language, 'mapFileFailed', { file, detail });
}
