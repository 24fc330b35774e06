import { useCallback } from 'react';
import { useAtlasStore } from '../state/store';
import { translate, type Language, type MessageKey, type MessageParams } from './dictionaries';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The interface language. */
export function useLanguage(): Language {
  return useAtlasStore((state) => state.language);
}

/** The interface string lookup for the current language. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback(
    (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    [language],
  );
}
