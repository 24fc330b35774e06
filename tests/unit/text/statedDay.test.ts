// The publication day a pasted article carries by its title, offered to the editor to confirm.
import { describe, expect, it } from 'vitest';
import { statedDay } from '../../../src/text/statedDay';

describe('statedDay', () => {
  it.each([
    ['Заголовок\n\n6 марта 2026 г., 14:05\n\nТекст.', '2026-03-06'],
    ['Заголовок\n06.03.2026 14:05\nТекст.', '2026-03-06'],
    ['Title\nMarch 6, 2026\nText.', '2026-03-06'],
    ['Title\nPublished 6 March 2026\nText.', '2026-03-06'],
    ['Title\nSept 30, 2026\nText.', '2026-09-30'],
    ['---\ntitle: X\n---\n2026-04-01\nText.', '2026-04-01'],
  ])('reads %j as %s', (text, day) => {
    expect(statedDay(text)).toBe(day);
  });

  it('takes no day that is not one, and none deep in the body', () => {
    expect(statedDay('Заголовок\n30 февраля 2026\nТекст.')).toBeNull();
    expect(statedDay('Заголовок\n12 грузовиков 2026 года выпуска\nТекст.')).toBeNull();
    expect(statedDay('Заголовок\n\nОдин.\n\nДва.\n\nТри.\n\nЧетыре.\n\nПять.\n\n6 марта 2026')).toBeNull();
    expect(statedDay('')).toBeNull();
  });
});
