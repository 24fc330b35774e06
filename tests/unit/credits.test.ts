import { beforeAll, describe, expect, it } from 'vitest';
import { outletCredits } from '../../src/data/credits';
import { loadLanguage } from '../../src/i18n/dictionaries';
import { mapCredits, overlayCredit, sourceCredits } from '../../src/map/attribution';
import { fixtureAtlas } from './panels/fixtureAtlas';

const [seed] = fixtureAtlas().articles;
if (!seed) throw new Error('fixture has no article');
const article = (id: string, date: string, outlet = seed.outlet) => ({ ...seed, id, date, outlet });

describe('credits from the corpus', () => {
  it('names each outlet once, with its number of articles and their dates', () => {
    const other = { en: 'Other outlet', ru: 'Другое издание' };
    const credits = outletCredits([
      article('a', '2026-03-06'),
      article('b', '2026-04-01'),
      article('c', '2026-03-20', other),
    ]);
    expect(credits.map((credit) => [credit.outlet.en, credit.articles, credit.first, credit.last])).toEqual([
      [seed.outlet.en, 2, '2026-03-06', '2026-04-01'],
      ['Other outlet', 1, '2026-03-20', '2026-03-20'],
    ]);
  });

  it('escapes an outlet’s name before MapLibre writes it as HTML', () => {
    const hostile = { en: '<img src=x onerror=alert(1)>', ru: '"&' };
    const credit = overlayCredit([article('a', '2026-03-06', hostile)]);
    expect(credit).not.toContain('<img');
    expect(credit).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(credit).toContain('&quot;&amp;');
    expect(credit).toContain('6 March 2026');
  });

  it('writes every date as en-GB does ("6 March 2026")', () => {
    const enGb = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 9, 28]) {
        const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const written = enGb.format(new Date(`${date}T00:00:00Z`));
        expect(overlayCredit([article('a', date)])).toContain(`, ${written}`);
      }
    }
  });

  describe("the map's credits", () => {
    beforeAll(() => loadLanguage('ru'));

    it('credit the basemap, GeoNames and the corpus, the disclaimer last, escaped for MapLibre', () => {
      expect(mapCredits('en')).toEqual([
        'Borders, provinces: Natural Earth (public domain)',
        'Rivers, lakes: GSHHG (Wessel &amp; Smith), LGPL-3',
        'Route towns: GeoNames, CC BY 4.0',
        'Boundaries and names do not imply endorsement',
      ]);
      // The downloaded image writes the sources alone: its disclaimer is a line of its own.
      expect(sourceCredits('en')).toEqual(mapCredits('en').slice(0, 3));
      const credits = mapCredits('en', [article('a', '2026-03-06'), article('b', '2026-03-09')]);
      expect(credits).toHaveLength(5);
      expect(credits[3]).toMatch(/^Overlays: Risk Atlas, after /);
      expect(credits[3]).toContain('(2 articles), 6 March 2026 – 9 March 2026');
    });

    it('speak Russian, dates included', () => {
      const credits = mapCredits('ru', [article('a', '2026-03-06')]);
      expect(credits[0]).toBe('Границы, провинции: Natural Earth (общественное достояние)');
      expect(credits[3]).toMatch(/^Слои: Атлас рисков; источники: .+, 6 марта 2026/);
      expect(credits.join(' ')).not.toMatch(/Borders|Overlays|March/);
    });
  });
});
