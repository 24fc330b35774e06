// Numbers and dates in the interface language: each Intl formatter is made once and kept, since making one
// costs a millisecond or more (the details panel formats several per click).
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/i18n/dictionaries';

describe('formatNumber and formatDate', () => {
  it('write numbers and dates as each language does', () => {
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatNumber('ru', 1234.56)).toBe('1\u00a0234,6');
    expect(formatNumber('en', 1234.56, 0)).toBe('1,235');
    expect(formatDate('en', '2026-03-06')).toBe('March 6, 2026');
    expect(formatDate('ru', '2026-03-06')).toMatch(/^6 марта 2026\sг\.$/);
  });

  it('make each formatter once per language and setting', () => {
    const made: string[] = [];
    const { NumberFormat, DateTimeFormat } = Intl;
    const counting = {
      NumberFormat: class extends NumberFormat {
        constructor(...args: ConstructorParameters<typeof NumberFormat>) {
          super(...args);
          made.push('number');
        }
      },
      DateTimeFormat: class extends DateTimeFormat {
        constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
          super(...args);
          made.push('date');
        }
      },
    };
    // Made before the count starts, by the case above or here.
    formatNumber('en', 1);
    formatNumber('en', 1, 0);
    formatDate('en', '2026-03-06');
    Object.assign(Intl, counting);
    try {
      for (let i = 0; i < 50; i += 1) {
        formatNumber('en', i / 3);
        formatNumber('en', i / 3, 0);
        formatDate('en', '2026-03-06');
      }
      expect(made).toEqual([]);
      expect(formatNumber('en', 1.234, 2)).toBe('1.23');
      expect(made).toEqual(['number']);
    } finally {
      Object.assign(Intl, { NumberFormat, DateTimeFormat });
    }
  });
});
