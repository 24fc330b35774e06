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
  // Two codes are worded by what the file held or lacked.
  const key =
    problem.code === 'holdsOther'
      ? (`loadProblem_holdsOther_${problem.what}` as const)
      : problem.code === 'missingEntry'
        ? (`loadProblem_missingEntry_${problem.what}` as const)
        : (`loadProblem_${problem.code}` as const);
  return translate(language, key, problem);
}
