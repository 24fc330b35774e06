import { describe, expect, it } from 'vitest';
import {
  articleCountriesText,
  articleCountryCodes,
  type CitedFeature,
  type CountryLabelPoints,
  type CountryOutlines,
} from '../../../geo/lib/articleCountries';
import type { Position } from '../../../src/data/schema';

/** A square country from (x, y) to (x + 10, y + 10), its label in the middle. */
function squareCountry(code: string, x: number, y: number) {
  const ring: Position[] = [
    [x, y],
    [x + 10, y],
    [x + 10, y + 10],
    [x, y + 10],
    [x, y],
  ];
  return {
    outline: {
      type: 'Feature' as const,
      properties: { adm0_a3: code },
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
    },
    label: {
      type: 'Feature' as const,
      properties: { adm0_a3: code },
      geometry: { type: 'Point' as const, coordinates: [x + 5, y + 5] },
    },
  };
}

// Four countries in a row: AAA 0..10, BBB 10..20, CCC 20..30, DDD 30..40 (all y 0..10); sea beyond.
const countries = [
  squareCountry('AAA', 0, 0),
  squareCountry('BBB', 10, 0),
  squareCountry('CCC', 20, 0),
  squareCountry('DDD', 30, 0),
];
const outlines: CountryOutlines = {
  type: 'FeatureCollection',
  features: countries.map((country) => country.outline),
};
const labels: CountryLabelPoints = {
  type: 'FeatureCollection',
  features: countries.map((country) => country.label),
};

const point = (id: string, at: Position): CitedFeature => ({
  properties: { id },
  geometry: { type: 'Point', coordinates: at },
});
const line = (id: string, through: Position[]): CitedFeature => ({
  properties: { id },
  geometry: { type: 'LineString', coordinates: through },
});
const zone = (id: string, west: number, east: number): CitedFeature => ({
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 1],
        [east, 1],
        [east, 9],
        [west, 9],
        [west, 1],
      ],
    ],
  },
});

describe('the countries the articles are about', () => {
  it('are those holding a cited point or a waypoint of a cited line, most cited first', () => {
    const codes = articleCountryCodes(
      [
        point('port', [12, 5]),
        line('road', [
          [2, 5],
          [14, 5],
        ]),
        point('offshore', [50, 50]),
      ],
      outlines,
      labels,
    );
    expect(codes).toEqual(['BBB', 'AAA']);
  });

  it('count a zone for the countries whose label it covers, not for those its edge spills into', () => {
    // The zone covers CCC's label (25, 5) and reaches into DDD (to 33) without covering DDD's label (35, 5).
    expect(articleCountryCodes([zone('risk', 21, 33)], outlines, labels)).toEqual(['CCC']);
  });

  it('count a feature once per country however many of its waypoints lie there', () => {
    const codes = articleCountryCodes(
      [
        line('long road in DDD', [
          [31, 2],
          [32, 3],
          [33, 4],
          [34, 5],
        ]),
        point('crossing', [8, 5]),
        point('airport', [9, 5]),
      ],
      outlines,
      labels,
    );
    expect(codes).toEqual(['AAA', 'DDD']);
  });

  it('are none when nothing is cited on land', () => {
    expect(articleCountryCodes([point('at sea', [50, 50])], outlines, labels)).toEqual([]);
  });

  it('are written as the same text for the same list', () => {
    const text = articleCountriesText(['AZE', 'IRN']);
    expect(text).toBe(articleCountriesText(['AZE', 'IRN']));
    expect(JSON.parse(text)).toMatchObject({ countries: ['AZE', 'IRN'] });
    expect(text.endsWith('}\n')).toBe(true);
  });
});
