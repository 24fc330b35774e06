// The editor's words in the interface language. (The language is read from the store directly: importing
// the reader's i18n hooks here would make the bundler split the reader's entry into shared chunks.)
import { useCallback } from 'react';
import type { Language } from '../i18n/language';
import { useAtlasStore } from '../state/store';
import { editorText, type EditorMessage } from './strings';

export type EditorT = (key: EditorMessage, params?: Record<string, string | number>) => string;

export function useLanguage(): Language {
  return useAtlasStore((state) => state.language);
}

export function useEditorText(): EditorT {
  const language = useLanguage();
  return useCallback((key, params) => editorText(language, key, params), [language]);
}
