import { describe, expect, it } from 'vitest';
import { withCitationBasis } from '../../src/data/citationBasis';

const note = (en: string) => ({ en, ru: en });
const feature = (sources: Parameters<typeof withCitationBasis>[0]['sources']) =>
  withCitationBasis({ basis: 'inferred' as const, basis_note: note('route inferred'), sources });

describe('basis per citation', () => {
  it('gives a citation without its own basis the feature’s', () => {
    const { sources, basis } = feature([{ article: 'a', passage: 'p1', quote: 'q' }]);
    expect(sources[0]).toEqual({ article: 'a', passage: 'p1', quote: 'q', basis: 'inferred' });
    expect(basis).toBe('inferred');
  });

  it('makes the feature stated when any one article states it, with that citation’s note', () => {
    const result = feature([
      { article: 'a', passage: 'p1', quote: 'q' },
      { article: 'b', passage: 'p2', quote: 'r', basis: 'stated', basis_note: note('b names the road') },
    ]);
    expect(result.basis).toBe('stated');
    expect(result.basis_note).toEqual(note('b names the road'));
    expect(result.sources.map((source) => source.basis)).toEqual(['inferred', 'stated']);
  });
});
