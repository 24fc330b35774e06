// What a notice says about the parts of a link that were ignored, in the interface's language. Loaded only
// when a link has something to report, so its words (both languages) stay out of the first load.
import { fillTemplate, type Language, type MessageParams } from '../i18n/dictionaries';
import type { IdKind, IgnoredPart, LinkProblem, ViewPart } from './urlHash';

type LinkWords = {
  ignored: string;
  more: string;
  dataMissing: string;
  viewParts: Record<ViewPart, string>;
  /** As "no {what} with this id" needs it (genitive in Russian, as "некорректный id {what}" does too). */
  idKinds: Record<IdKind, string>;
  problems: Record<LinkProblem['code'], string>;
};

const WORDS: Record<Language, LinkWords> = {
  en: {
    ignored: 'Parts of the link were ignored: {parts}.',
    more: ' and {count} more',
    dataMissing: 'The feature or passage in the link could not be shown because the data did not load.',
    viewParts: {
      zoom: 'zoom',
      latitude: 'latitude',
      longitude: 'longitude',
      bearing: 'bearing',
      pitch: 'pitch',
    },
    idKinds: { feature: 'feature', passage: 'passage', region: 'region', article: 'article' },
    problems: {
      viewParts:
        'expected zoom/latitude/longitude or zoom/latitude/longitude/bearing/pitch, got {count} part{plural}',
      notNumber: '{part} is not a plain decimal number',
      outOfRange: '{part} must be between {min} and {max}',
      notLayer: 'not a layer of this map',
      badId: "not a valid {what} id (lowercase letters, digits, '-' and '_', at most 80 characters)",
      unknownId: 'no {what} with this id',
      unknownPassageInArticle: 'no passage with this id in article {article}',
      unknownSetting: 'unknown setting',
      repeated: 'repeated setting; the first one is used',
      noValue: "has no value (expected 'key=value')",
      tooLong: 'value is longer than {max} characters',
      badEncoding: 'broken percent-encoding',
      notDate: 'not a date (expected YYYY-MM-DD)',
      badLanguage: "language must be 'en' or 'ru'",
      mustBeOne: "{key} must be '1'",
      toBeforeFrom: 'is before from={from}',
      unreadable: 'the link could not be read completely',
      more: '{count} more ignored part{plural}',
    },
  },
  ru: {
    ignored: 'Часть ссылки не учтена: {parts}.',
    more: ' и ещё {count}',
    dataMissing: 'Объект или фрагмент из ссылки не показан: данные атласа не загрузились.',
    viewParts: {
      zoom: 'масштаб',
      latitude: 'широта',
      longitude: 'долгота',
      bearing: 'азимут',
      pitch: 'наклон',
    },
    idKinds: { feature: 'объекта', passage: 'фрагмента', region: 'региона', article: 'статьи' },
    problems: {
      viewParts:
        'ожидалось масштаб/широта/долгота или масштаб/широта/долгота/азимут/наклон, а частей: {count}',
      notNumber: '{part}: не десятичное число',
      outOfRange: '{part}: ожидается число от {min} до {max}',
      notLayer: 'на этой карте нет такого слоя',
      badId: "некорректный id {what} (строчные латинские буквы, цифры, '-' и '_', не больше 80 символов)",
      unknownId: 'нет {what} с таким id',
      unknownPassageInArticle: 'в статье {article} нет фрагмента с таким id',
      unknownSetting: 'неизвестный параметр',
      repeated: 'параметр повторяется; учтён первый',
      noValue: "нет значения (ожидалось 'ключ=значение')",
      tooLong: 'значение длиннее {max} символов',
      badEncoding: 'испорченное процентное кодирование',
      notDate: 'не дата (ожидалось ГГГГ-ММ-ДД)',
      badLanguage: "язык должен быть 'en' или 'ru'",
      mustBeOne: "{key} должно быть '1'",
      toBeforeFrom: 'раньше, чем from={from}',
      unreadable: 'ссылку не удалось прочитать полностью',
      more: 'ещё не учтено частей: {count}',
    },
  },
};

/** At most this many parts are named; the rest are counted. */
const PARTS_NAMED = 4;

/** Why one part was ignored, in words. */
export function explainLinkProblem(language: Language, problem: LinkProblem): string {
  const words = WORDS[language];
  const params: MessageParams =
    problem.code === 'notNumber' || problem.code === 'outOfRange'
      ? { ...problem, part: words.viewParts[problem.part] }
      : problem.code === 'badId' || problem.code === 'unknownId'
        ? { what: words.idKinds[problem.what] }
        : problem.code === 'viewParts' || problem.code === 'more'
          ? { count: problem.count, plural: problem.count === 1 ? '' : 's' }
          : problem;
  return fillTemplate(words.problems[problem.code], params);
}

export function describeIgnoredParts(language: Language, ignored: readonly IgnoredPart[]): string {
  const parts = ignored
    .slice(0, PARTS_NAMED)
    .map(
      (part) =>
        `${part.key}${part.value ? `=${part.value}` : ''} (${explainLinkProblem(language, part.reason)})`,
    );
  const more =
    ignored.length > PARTS_NAMED
      ? fillTemplate(WORDS[language].more, { count: ignored.length - PARTS_NAMED })
      : '';
  return fillTemplate(WORDS[language].ignored, { parts: `${parts.join('; ')}${more}` });
}

export const linkDataMissing = (language: Language) => WORDS[language].dataMissing;
