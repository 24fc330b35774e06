import { describe, expect, it } from 'vitest';
import { aboutStrings } from '../../src/app/aboutStrings';
import { loadLanguage } from '../../src/i18n/dictionaries';
import { partStrings } from '../../src/i18n/partStrings';
import { shareStrings } from '../../src/i18n/shareStrings';
import { whatsHereStrings } from '../../src/panels/whatsHereStrings';
import { timelineStrings } from '../../src/time/timelineStrings';

describe('the strings that load with a part of the page', () => {
  const part = partStrings({
    en: { greeting: 'Hello, {name}' },
    ru: { greeting: 'Здравствуйте, {name}' },
  });

  it("give the part's own strings in the language asked for, filled in", () => {
    expect(part.translate('en', 'greeting', { name: 'Baku' })).toBe('Hello, Baku');
    expect(part.translate('ru', 'greeting', { name: 'Баку' })).toBe('Здравствуйте, Баку');
  });

  it("give the page's strings too, so a part needs one lookup", async () => {
    expect(part.translate('en', 'retry')).toBe('Retry');
    await loadLanguage('ru');
    expect(part.translate('ru', 'retry')).toBe('Повторить');
  });

  it.each([
    ['share', shareStrings],
    ["What's here", whatsHereStrings],
    ['About', aboutStrings],
    ['timeline', timelineStrings],
  ])('%s: every message is written in Russian, none left empty', (_name, strings) => {
    const english = Object.entries(strings.messages.en);
    expect(english.length).toBeGreaterThan(0);
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      const russian = (strings.messages.ru as Record<string, string>)[key] ?? '';
      expect(russian.trim(), key).not.toBe('');
    }
    // Written, not copied: most of a part's messages read differently in Russian.
    const same = english.filter(
      ([key, text]) => (strings.messages.ru as Record<string, string>)[key] === text,
    );
    expect(same.length).toBeLessThan(english.length / 3);
  });
});
