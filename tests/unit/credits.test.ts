import { describe, expect, it } from 'vitest';
import { outletCredits } from '../../src/data/credits';
import { overlayCredit } from '../../src/map/attribution';
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
});
