// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { keepForm, NO_DETAILS, readKeptForm } from '../../../src/editor/keptForm';

describe('the New article form kept until Import', () => {
  beforeEach(() => localStorage.clear());

  it('gives back the text and the fields as typed', () => {
    const form = {
      text: 'Заголовок\n\nТекст.',
      details: { ...NO_DETAILS, outlet: 'Вестник', lang: 'ru' as const },
    };
    keepForm(form);
    expect(readKeptForm()).toEqual(form);
  });

  it('leaves nothing behind for an empty form, or once imported', () => {
    keepForm({ text: 'Заголовок', details: NO_DETAILS });
    keepForm({ text: '  ', details: NO_DETAILS });
    expect(readKeptForm()).toBeNull();
    keepForm({ text: 'Заголовок', details: NO_DETAILS });
    keepForm(null);
    expect(readKeptForm()).toBeNull();
  });

  it.each([
    'not json',
    '[]',
    '{"text":1}',
    '{"text":"a","details":{"outlet":"","date":"","url":"","lang":"de"}}',
  ])('reads something it did not write (%s) as nothing kept', (raw) => {
    localStorage.setItem('risk-atlas:new-article-form', raw);
    expect(readKeptForm()).toBeNull();
  });

  it('loses only the kept form when storage refuses (full or switched off)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(() => keepForm({ text: 'x', details: NO_DETAILS }, refusing)).not.toThrow();
    expect(readKeptForm(refusing)).toBeNull();
  });
});
