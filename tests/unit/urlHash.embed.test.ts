import { describe, expect, it } from 'vitest';
import { explainLinkProblem } from '../../src/state/linkNotice';
import { EMPTY_HASH_STATE, parseHash, serialiseHash, type KnownIds } from '../../src/state/urlHash';

const known: KnownIds = { features: new Set(['f1']), passages: new Set(), regions: new Set() };
/** The parse, with each ignored part's reason worded in English as the notice words it. */
const parse = (hash: string) => {
  const { state, ignored } = parseHash(hash, known);
  return {
    state,
    ignored: ignored.map((part) => ({ ...part, reason: explainLinkProblem('en', part.reason) })),
  };
};

describe('the embed key', () => {
  it('reads embed=1 as the map-only layout', () => {
    expect(parse('#embed=1')).toEqual({ state: { ...EMPTY_HASH_STATE, embed: true }, ignored: [] });
  });

  it('leaves a link without embed in the full layout', () => {
    expect(parse('#sel=f1').state.embed ?? false).toBe(false);
  });

  it('ignores any other value and says so', () => {
    for (const value of ['0', 'true', 'yes']) {
      const { state, ignored } = parse(`#embed=${value}`);
      expect(state.embed ?? false).toBe(false);
      expect(ignored).toEqual([{ key: 'embed', value, reason: "embed must be '1'" }]);
    }
  });

  it('writes embed=1 last and leaves it out when false', () => {
    expect(serialiseHash({ ...EMPTY_HASH_STATE, sel: 'f1', lang: 'ru', embed: true })).toBe(
      '#sel=f1&lang=ru&embed=1',
    );
    expect(serialiseHash({ ...EMPTY_HASH_STATE, sel: 'f1', embed: false })).toBe('#sel=f1');
  });

  it('round-trips', () => {
    const hash = '#map=5/41/48&layers=risk&sel=f1&lang=en&embed=1';
    expect(serialiseHash(parse(hash).state)).toBe(hash);
  });
});
