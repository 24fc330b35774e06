// The words for a tile archive's problems, in both languages: loaded only when an archive fails.
import { fillTemplate } from '../i18n/dictionaries';
import type { Language } from '../i18n/language';
import { raisedArchiveProblem, type ArchiveProblem } from './archiveProblem';

const WORDS: Record<Language, Record<ArchiveProblem['code'], string>> = {
  en: {
    status: 'the server answered {status}',
    truncated: 'the file is truncated: it ends before a tile it lists',
    changed: 'the file changed on the server while it was being read',
    notArchive: 'the file is not a PMTiles tile archive',
    specVersion: 'the file is a PMTiles archive of version {version}, which this app does not read',
    damaged: 'a tile in the file is damaged and cannot be read',
    compression: 'its tiles are compressed in a way this app does not read (method {method})',
    otherBuild:
      'the file was made by another version of Risk Atlas: tile format {found}, where this one reads {expected}; run npm run geo:build for its data again',
  },
  ru: {
    status: 'сервер ответил {status}',
    truncated: 'файл обрезан: он кончается раньше тайла, который в нём указан',
    changed: 'файл на сервере изменился, пока его читали',
    notArchive: 'файл — не архив тайлов PMTiles',
    specVersion: 'файл — архив PMTiles версии {version}, которую приложение не читает',
    damaged: 'тайл в файле повреждён и не читается',
    compression: 'тайлы в нём сжаты способом, который приложение не читает (метод {method})',
    otherBuild:
      'файл сделан другой версией «Атласа рисков»: формат тайлов {found}, а эта версия читает {expected}; данные нужно собрать заново (npm run geo:build)',
  },
};

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
  const own = raisedArchiveProblem(message);
  if (own) return own;
  for (const [pattern, problem] of KNOWN_WORDING) {
    const match = pattern.exec(message);
    if (match) return problem(match);
  }
  return null;
}

/** A map failure's detail in the reader's language where it names an archive's problem; else as it came. */
export function describeFailureDetail(language: Language, detail: string): string {
  const problem = archiveProblemOf(detail);
  return problem ? describeArchiveProblem(language, problem) : detail;
}

export function describeArchiveProblem(language: Language, problem: ArchiveProblem): string {
  const { code, ...values } = problem;
  return fillTemplate(WORDS[language][code], values);
}
