// Strings that load with the part of the page that shows them (a dialog, a panel, the timeline), in both
// languages, so the reader's first load carries only the page's own dictionary.
import { useCallback } from 'react';
import { fillTemplate, translate, type Language, type MessageKey, type MessageParams } from './dictionaries';
import { useLanguage } from './useT';

type Lookup<K extends string> = (key: K | MessageKey, params?: MessageParams) => string;

export type PartStrings<K extends string> = {
  /** A string of the part or of the page, in `language`. */
  translate: (language: Language, key: K | MessageKey, params?: MessageParams) => string;
  /** The same lookup in the interface language, for the part's components. */
  useT: () => Lookup<K>;
  /** The part's own messages, by language. */
  messages: Readonly<Record<Language, Readonly<Record<K, string>>>>;
};

export function partStrings<K extends string>(messages: Record<Language, Record<K, string>>): PartStrings<K> {
  const isPartKey = (key: K | MessageKey): key is K => Object.hasOwn(messages.en, key);
  const translateAny = (language: Language, key: K | MessageKey, params?: MessageParams) =>
    isPartKey(key) ? fillTemplate(messages[language][key], params) : translate(language, key, params);
  function usePartT(): Lookup<K> {
    const language = useLanguage();
    return useCallback((key, params) => translateAny(language, key, params), [language]);
  }
  return { translate: translateAny, useT: usePartT, messages };
}
