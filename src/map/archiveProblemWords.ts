// The words for a tile archive's problems, in both languages: loaded only when an archive fails.
import { fillTemplate } from '../i18n/dictionaries';
import type { Language } from '../i18n/language';
import type { ArchiveProblem } from './archiveProblem';

const WORDS: Record<Language, Record<ArchiveProblem['code'], string>> = {
  en: {
    status: 'the server answered {status}',
    truncated: 'the file is truncated: it ends before a tile it lists',
    changed: 'the file changed on the server while it was being read',
    notArchive: 'the file is not a PMTiles tile archive',
    specVersion: 'the file is a PMTiles archive of version {version}, which this app does not read',
    damaged: 'a tile in the file is damaged and cannot be read',
    compression: 'its tiles are compressed in a way this app does not read (method {method})',
  },
  ru: {
    status: 'сервер ответил {status}',
    truncated: 'файл обрезан: он кончается раньше тайла, который в нём указан',
    changed: 'файл на сервере изменился, пока его читали',
    notArchive: 'файл — не архив тайлов PMTiles',
    specVersion: 'файл — архив PMTiles версии {version}, которую приложение не читает',
    damaged: 'тайл в файле повреждён и не читается',
    compression: 'тайлы в нём сжаты способом, который приложение не читает (метод {method})',
  },
};

export function describeArchiveProblem(language: Language, problem: ArchiveProblem): string {
  const { code, ...values } = problem;
  return fillTemplate(WORDS[language][code], values);
}
