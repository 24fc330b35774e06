// The static page's loading line (index.html) says "Loading the map…" in the language the app will open in,
// before the app's code has come: its inline script must choose as src/startPage.ts does (the link's
// `lang=`, else the browser's languages), and the page's policy must allow that script and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/dictionaries';
import { preferredLanguage } from '../../src/i18n/language';
import { russian } from '../../src/i18n/ru';
import { parseHash } from '../../src/state/urlHash';
import { contentSecurityPolicy, inlineScriptsOf } from '../../build/contentSecurityPolicy';

const page = readFileSync('index.html', 'utf8');
const [shellScript] = inlineScriptsOf(page);

/** What the shell's line reads after its script ran, for a link and a browser's languages. */
function shellLine(hash: string, languages: readonly string[] | undefined, language?: string): string {
  const status = { textContent: /id="shell-map-status">([^<]*)</.exec(page)?.[1] ?? '' };
  const run = new Function('location', 'navigator', 'document', shellScript ?? '') as (
    location: { hash: string },
    navigator: { languages: readonly string[] | undefined; language: string | undefined },
    document: { getElementById: (id: string) => typeof status | null },
  ) => void;
  run(
    { hash },
    { languages, language },
    { getElementById: (id) => (id === 'shell-map-status' ? status : null) },
  );
  return status.textContent;
}

/** What the app opens in for the same link and browser (src/startPage.ts). */
function appLanguage(hash: string, languages: readonly string[]) {
  const known = { features: new Set<string>(), passages: new Set<string>(), regions: new Set<string>() };
  return parseHash(hash, known).state.lang ?? preferredLanguage(languages);
}

describe('the static page’s loading line', () => {
  it('is one inline script, allowed by its hash alone', () => {
    expect(inlineScriptsOf(page)).toHaveLength(1);
    const policy = contentSecurityPolicy(inlineScriptsOf(page));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    // Another script (or this one changed) gets another hash.
    expect(contentSecurityPolicy([`${shellScript ?? ''} `])).not.toBe(policy);
  });

  it('reads in the language the app opens in, for links and browsers of every kind', () => {
    const links = [
      '',
      '#',
      '#lang=ru',
      '#lang=en',
      '#map=5/41/48&lang=ru',
      '#?lang=ru',
      '#lang=r%75',
      '#lang=%E0%A4%A',
      '#lang=de',
      '#lang',
      '#lang=',
      '#lang=xx&lang=ru',
      '#lang=ru&lang=en',
      '#sel=x&lang=ru&layers=risk',
      '#layers=risk,aid',
    ];
    const browsers = [[], ['en-GB'], ['ru-RU', 'en'], ['de-DE', 'ru'], ['fr', 'de'], ['RU']];
    const lines = { en: translate('en', 'loadingMap'), ru: russian.messages.loadingMap };
    const seen = new Set<string>();
    for (const hash of links)
      for (const languages of browsers) {
        const line = shellLine(hash, languages);
        expect(line, `${hash} ${languages.join(',')}`).toBe(lines[appLanguage(hash, languages)]);
        seen.add(line);
      }
    expect([...seen].sort()).toEqual([lines.en, lines.ru].sort());
    // A browser that lists no languages, only its own.
    expect(shellLine('', undefined, 'ru-RU')).toBe(lines.ru);
  });
});
