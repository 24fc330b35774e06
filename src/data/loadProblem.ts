// Why a file of the atlas could not be used, as a code and the values its wording needs, so that the
// message is said in the interface's language when it is shown (and again if the language changes).
import { translate, type Language } from '../i18n/dictionaries';

export type LoadProblem =
  /** The browser could not fetch or read the file; `detail` is the browser's own words. */
  | { code: 'unreachable'; file: string; detail: string }
  | { code: 'status'; file: string; status: number }
  | { code: 'notJson'; file: string }
  /** `detail` names the fields, as the validator reports them. */
  | { code: 'shape'; file: string; detail: string }
  | { code: 'holdsOther'; file: string; what: 'article' | 'chunk'; held: string; expected: string }
  | { code: 'missingEntry'; file: string; what: 'details' | 'geometry'; id: string }
  /** Anything else that went wrong, in the words it came with. */
  | { code: 'failed'; detail: string };

export function describeLoadProblem(language: Language, problem: LoadProblem): string {
  switch (problem.code) {
    case 'holdsOther':
      return translate(
        language,
        problem.what === 'article' ? 'loadHoldsOtherArticle' : 'loadHoldsOtherChunk',
        problem,
      );
    case 'missingEntry':
      return translate(
        language,
        problem.what === 'details' ? 'loadMissingDetails' : 'loadMissingGeometry',
        problem,
      );
    case 'unreachable':
      return translate(language, 'loadUnreachable', problem);
    case 'status':
      return translate(language, 'loadStatus', problem);
    case 'notJson':
      return translate(language, 'loadNotJson', problem);
    case 'shape':
      return translate(language, 'loadShape', problem);
    case 'failed':
      return translate(language, 'loadFailed', problem);
  }
}
