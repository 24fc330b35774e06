// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FeaturePropertiesSchema, findQuote, LAYER_IDS } from '../../../src/data/schema';

describe('findQuote', () => {
  const text = 'Главный редактор журнала "Национальная оборона", военный аналитик – Игорь Коротченко';

  it('finds an exact span, for marking it', () => {
    const span = findQuote(text, '"Национальная оборона"');
    expect(span).toEqual({ start: 25, end: 47 });
    expect(text.slice(span?.start, span?.end)).toBe('"Национальная оборона"');
  });

  it('tells a dash from a hyphen', () => {
    expect(findQuote(text, 'аналитик – Игорь')).not.toBeNull();
    expect(findQuote(text, 'аналитик - Игорь')).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(findQuote(text, '')).toBeNull();
  });
});

describe('FeaturePropertiesSchema', () => {
  const props = {
    id: 'risk-example',
    layer: 'risk',
    kind: 'zone',
    name: { en: 'Example', ru: 'Пример' },
    summary: { en: 'Example.', ru: 'Пример.' },
    severity: 3,
    rationale: { en: 'Because.', ru: 'Потому что.' },
    basis: 'inferred',
    basis_note: 'Example.',
    precision_km: 1,
    geometry_source: 'Example.',
    sources: [{ article: 'a', passage: 'p1', quote: 'q' }],
  };

  it('accepts a complete risk zone', () => {
    expect(FeaturePropertiesSchema.safeParse(props).success).toBe(true);
  });

  it('rejects a severity outside 1..5', () => {
    expect(FeaturePropertiesSchema.safeParse({ ...props, severity: 6 }).success).toBe(false);
  });

  it('rejects a severity outside the risk layer', () => {
    expect(FeaturePropertiesSchema.safeParse({ ...props, layer: 'sites', kind: 'port' }).success).toBe(false);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(FeaturePropertiesSchema.safeParse({ ...props, id: 'Risk_Example' }).success).toBe(false);
  });

  it('keeps the layer ids and their order', () => {
    expect(LAYER_IDS).toEqual(['evacuation', 'aid', 'risk', 'infrastructure', 'sites']);
  });
});
