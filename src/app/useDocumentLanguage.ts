// <html lang> and the page title follow the interface language.
import { useEffect } from 'react';
import { useLanguage, useT } from '../i18n/useT';

export function useDocumentLanguage(): void {
  const language = useLanguage();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('documentTitle');
  }, [language, t]);
}
