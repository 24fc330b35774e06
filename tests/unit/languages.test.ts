import { afterEach, describe, expect, it } from 'vitest';
import { isLanguageLoaded, kindLabel, translate } from '../../src/i18n/dictionaries';
import { preferredLanguage } from '../../src/i18n/language';
import { chooseLanguage } from '../../src/state/actions';
import { useAtlasStore } from '../../src/state/store';

describe('interface languages', () => {
  afterEach(() => useAtlasStore.getState().setLanguage('en'));

  it('ships English and loads Russian the first time it is chosen', async () => {
    expect(isLanguageLoaded('en')).toBe(true);
    expect(isLanguageLoaded('ru')).toBe(false);
    // Until then a Russian lookup falls back to English instead of showing nothing.
    expect(translate('ru', 'retry')).toBe('Retry');

    const choosing = chooseLanguage('ru');
    expect(useAtlasStore.getState().language).toBe('en');
    await choosing;
    expect(useAtlasStore.getState().language).toBe('ru');
    expect(isLanguageLoaded('ru')).toBe(true);
    expect(translate('ru', 'retry')).toBe('Повторить');
    expect(kindLabel('ru', 'oil_field')).toBe('Нефтяное месторождение');
  });

  it('lets the latest choice win when choices overlap', async () => {
    const first = chooseLanguage('ru');
    const second = chooseLanguage('en');
    await Promise.all([first, second]);
    expect(useAtlasStore.getState().language).toBe('en');
  });

  it('has no empty Russian message', async () => {
    const { russian } = await import('../../src/i18n/ru');
    const messages = Object.entries(russian.messages);
    expect(messages.length).toBeGreaterThan(10);
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('the language a page opens in without lang= in its link', () => {
  it('is Russian for a browser that prefers Russian, in any regional form', () => {
    expect(preferredLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(preferredLanguage(['RU'])).toBe('ru');
    expect(preferredLanguage(['de-DE', 'ru'])).toBe('ru');
  });

  it('is English otherwise, and for a browser that ranks English first', () => {
    expect(preferredLanguage(['en-GB', 'ru-RU'])).toBe('en');
    expect(preferredLanguage(['de-DE', 'fr'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
    expect(preferredLanguage(undefined)).toBe('en');
  });
});
