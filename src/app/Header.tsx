import { LANGUAGES, type Language } from '../i18n/dictionaries';
import { useT } from '../i18n/useT';
import { chooseLanguage } from '../state/actions';
import { useAtlasStore } from '../state/store';
import { AboutButton } from './AboutButton';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function Header() {
  const t = useT();
  const language = useAtlasStore((state) => state.language);

  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('productName')}</h1>
        <p className="tagline">{t('tagline')}</p>
      </div>
      <div className="header-tools">
        <label className="language-switch">
          <span>{t('languageLabel')}</span>
          <select value={language} onChange={(event) => void chooseLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <AboutButton />
      </div>
    </header>
  );
}
