import { describe, expect, it } from 'vitest';
import { markQuotes } from '../../../src/panels/markQuotes';

const TEXT = 'Москва благодарна Баку за помощь в эвакуации.';

describe('marking quotes in a passage', () => {
  it('splits the passage around one quote', () => {
    expect(markQuotes(TEXT, ['Баку за помощь']).segments).toEqual([
      { text: 'Москва благодарна ', marked: false },
      { text: 'Баку за помощь', marked: true },
      { text: ' в эвакуации.', marked: false },
    ]);
  });

  it('marks a quote at the very start and one at the very end', () => {
    expect(markQuotes(TEXT, ['в эвакуации.', 'Москва']).segments).toEqual([
      { text: 'Москва', marked: true },
      { text: ' благодарна Баку за помощь ', marked: false },
      { text: 'в эвакуации.', marked: true },
    ]);
  });

  it('merges overlapping and touching quotes into one mark', () => {
    expect(markQuotes(TEXT, ['благодарна Баку', 'Баку за', ' помощь']).segments).toEqual([
      { text: 'Москва ', marked: false },
      { text: 'благодарна Баку за помощь', marked: true },
      { text: ' в эвакуации.', marked: false },
    ]);
  });

  it('marks the whole passage when the quote is the whole passage', () => {
    expect(markQuotes(TEXT, [TEXT]).segments).toEqual([{ text: TEXT, marked: true }]);
  });

  it('leaves the text whole and reports quotes that are not in it', () => {
    expect(markQuotes(TEXT, ['Тегеран', 'Тегеран', ''])).toEqual({
      segments: [{ text: TEXT, marked: false }],
      unfound: ['Тегеран', ''],
    });
  });

  it('keeps markup-looking text as plain text', () => {
    const text = 'a <img src=x onerror=alert(1)> b';
    const { segments } = markQuotes(text, ['<img src=x onerror=alert(1)>']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments[1]).toEqual({ text: '<img src=x onerror=alert(1)>', marked: true });
  });

  it('always gives back exactly the passage text, in order', () => {
    const quotes = ['за', 'помощь в', 'Москва благодарна', 'нет такого'];
    expect(
      markQuotes(TEXT, quotes)
        .segments.map((segment) => segment.text)
        .join(''),
    ).toBe(TEXT);
  });
});
