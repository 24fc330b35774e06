import { describe, expect, it } from 'vitest';
import { explainQuoteMismatch } from '../../../src/text/quoteMismatch';

const PASSAGE = 'Президент сказал: «Баку – надёжный партнёр», и\u00a0добавил подробности.';

describe('explainQuoteMismatch', () => {
  it('is null for an exact quote', () => {
    expect(explainQuoteMismatch(PASSAGE, 'надёжный партнёр')).toBeNull();
  });

  it('names a hyphen typed for a dash and shows the span that is in the passage', () => {
    const m = explainQuoteMismatch(PASSAGE, 'Баку - надёжный');
    expect(m?.lookAlikeOnly).toBe(true);
    expect(m?.message).toContain('hyphen-minus (U+002D) where the passage has en dash (U+2013)');
    expect(m?.closest.text).toBe('Баку – надёжный');
    expect(PASSAGE.slice(m?.closest.start, m?.closest.end)).toBe('Баку – надёжный');
  });

  it('names straight quotes typed for guillemets, and a plain space for a no-break space', () => {
    expect(explainQuoteMismatch(PASSAGE, '"Баку')?.message).toContain(
      'straight double quote (U+0022) where the passage has left guillemet « (U+00AB)',
    );
    expect(explainQuoteMismatch(PASSAGE, 'и добавил')?.message).toContain(
      'space (U+0020) where the passage has no-break space (U+00A0)',
    );
  });

  it('says where an edited quote parts from the passage and suggests the closest span', () => {
    const m = explainQuoteMismatch(PASSAGE, 'надёжный союзник');
    expect(m?.lookAlikeOnly).toBe(false);
    expect(m?.at).toBe(9);
    expect(m?.closest.text).toBe('надёжный партнёр');
    expect(m?.message).toContain('at character 10 of the quote');
  });
});
