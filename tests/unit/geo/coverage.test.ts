// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namedTerms } from '../../../geo/lib/coverage';

describe('what a passage names, for the coverage check', () => {
  it('finds places with the gazetteer, in any case form, and movements', () => {
    const names = namedTerms('Эвакуация граждан через территорию Азербайджана в Махачкалу');
    expect(names).toContain('Azerbaijan');
    expect(names).toContain('Makhachkala');
    expect(names).toContain('evacuation');
  });

  it('does not take people or months for places', () => {
    expect(namedTerms('Владимир Путин позвонил Ильхаму Алиеву в марте')).toEqual([]);
  });
});
