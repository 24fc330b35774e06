// @vitest-environment node
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  FeaturePropertiesSchema,
  findQuote,
  GeometrySchema,
  LAYER_IDS,
  type FeatureProperties,
} from '../../../src/data/schema';
import { checkAgainst } from '../../../src/data/validation';

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
    basis_note: { en: 'Example.', ru: 'Пример.' },
    precision_km: 1,
    geometry_source: 'Example.',
    sources: [{ article: 'a', passage: 'p1', quote: 'q' }],
  };

  it('accepts a complete risk zone', () => {
    expect(checkAgainst(FeaturePropertiesSchema, props).success).toBe(true);
  });

  it('rejects a severity outside 1..5', () => {
    expect(checkAgainst(FeaturePropertiesSchema, { ...props, severity: 6 }).success).toBe(false);
  });

  it('rejects a severity outside the risk layer', () => {
    expect(checkAgainst(FeaturePropertiesSchema, { ...props, layer: 'sites', kind: 'port' }).success).toBe(
      false,
    );
  });

  it('names the property that breaks a cross-field rule', () => {
    expect(checkAgainst(FeaturePropertiesSchema, { ...props, severity: undefined })).toEqual({
      success: false,
      issues: [{ path: ['severity'], message: 'a risk zone needs a severity (1-5)' }],
    });
    expect(checkAgainst(FeaturePropertiesSchema, { ...props, layer: 'sites', kind: 'port' })).toEqual({
      success: false,
      issues: [
        { path: ['severity'], message: 'only risk zones have a severity' },
        { path: ['rationale'], message: 'only risk zones have a rationale' },
      ],
    });
    const change = {
      source: { article: 'a', passage: 'p1', quote: 'q' },
      note: { en: 'Raised.', ru: 'Повышен.' },
    };
    const site = { ...props, layer: 'sites', kind: 'port', severity: undefined, rationale: undefined };
    expect(
      checkAgainst(FeaturePropertiesSchema, {
        ...site,
        changes: [
          { ...change, status: 'closed' },
          { ...change, severity: 4 },
        ],
      }),
    ).toEqual({
      success: false,
      issues: [{ path: ['changes', 1, 'severity'], message: 'only risk zones have a severity' }],
    });
  });

  it('rejects unknown properties and whitespace-only text', () => {
    const extra = checkAgainst(FeaturePropertiesSchema, { ...props, colour: 'red' });
    expect(extra.success ? [] : extra.issues.map((issue) => issue.path)).toEqual([['colour']]);
    const blank = checkAgainst(FeaturePropertiesSchema, { ...props, name: { en: '  ', ru: 'Пример' } });
    expect(blank.success ? [] : blank.issues).toEqual([
      { path: ['name', 'en'], message: 'must not be empty' },
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(checkAgainst(FeaturePropertiesSchema, { ...props, id: 'Risk_Example' }).success).toBe(false);
  });

  it('keeps the layer ids and their order', () => {
    expect(LAYER_IDS).toEqual(['evacuation', 'aid', 'risk', 'infrastructure', 'sites']);
  });
});

describe('GeometrySchema', () => {
  it('accepts a point and names what is wrong with a broken one', () => {
    expect(checkAgainst(GeometrySchema, { type: 'Point', coordinates: [49.8, 40.4] }).success).toBe(true);
    // JSON.parse reads 1e999 as Infinity: a coordinate must still be a finite number.
    const infinite = checkAgainst(GeometrySchema, JSON.parse('{"type":"Point","coordinates":[1e999,40]}'));
    expect(infinite.success ? [] : infinite.issues.map((issue) => issue.path)).toEqual([['coordinates', 0]]);
    // An altitude is valid GeoJSON but not in this atlas: positions are exactly [lon, lat].
    const altitude = checkAgainst(GeometrySchema, { type: 'Point', coordinates: [49.8, 40.4, 10] });
    expect(altitude.success).toBe(false);
    const unknownType = checkAgainst(GeometrySchema, { type: 'Circle', coordinates: [49.8, 40.4] });
    expect(unknownType.success ? [] : unknownType.issues.map((issue) => issue.path)).toEqual([['type']]);
  });
});

describe('the type of checked feature properties', () => {
  it('gives every risk zone a severity and a rationale, and no other feature either', () => {
    type Risk = Extract<FeatureProperties, { layer: 'risk' }>;
    type Other = Exclude<FeatureProperties, { layer: 'risk' }>;
    expectTypeOf<Risk['severity']>().toEqualTypeOf<number>();
    expectTypeOf<Risk['rationale']>().not.toBeUndefined();
    expectTypeOf<Other['severity']>().toEqualTypeOf<undefined>();
  });
});
