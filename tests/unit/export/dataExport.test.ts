// The data files a reader downloads: GeoJSON valid per RFC 7946 with every feature's sources, CSV one row
// per feature with a byte-order mark, and only what the reader sees.
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ALL_DATES } from '../../../src/data/dateRange';
import { LAYER_IDS, type LayerId } from '../../../src/data/layerIds';
import { CSV_COLUMNS, QUOTE_SEPARATOR, featuresAsCsv } from '../../../src/export/csv';
import { featuresAsGeoJson } from '../../../src/export/geojson';
import { visibleFeatures } from '../../../src/export/visibleFeatures';
import { geometryToWkt } from '../../../src/export/wkt';
import type { OverlayFeature } from '../../../src/data/schema';
import { fixtureAtlas, fixtureCompiledAtlas } from '../panels/fixtureAtlas';

const compiled = fixtureCompiledAtlas();
const atlas = fixtureAtlas();
/** The articles' texts, as the download loads them before it writes. */
const texts = new Map(compiled.articles.map((article) => [article.id, article]));
const allLayers = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
const withGeometry = new Map(compiled.features.map((feature) => [feature.properties.id, feature]));
const everything = visibleFeatures(atlas, {
  visibleLayers: allLayers,
  minSeverity: 1,
  dateRange: ALL_DATES,
}).map((shown): OverlayFeature => {
  const feature = withGeometry.get(shown.properties.id);
  if (!feature) throw new Error(`no geometry for ${shown.properties.id}`);
  return feature;
});

describe('the features a download holds', () => {
  it('are the visible layers, within the severity filter', () => {
    const shown = visibleFeatures(atlas, {
      visibleLayers: { ...allLayers, evacuation: false },
      minSeverity: 4,
      dateRange: ALL_DATES,
    });
    const ids = shown.map((feature) => feature.properties.id);
    expect(ids).not.toContain('evac-road');
    expect(ids).not.toContain('risk-north-iran'); // severity 3
    expect(ids).toContain('xing-astara');
    expect(ids.length).toBeGreaterThan(0);
    expect(shown.every((f) => f.properties.layer !== 'risk' || f.properties.severity >= 4)).toBe(true);
  });
});

describe('GeoJSON', () => {
  const text = featuresAsGeoJson(atlas, texts, everything);

  it('is a valid RFC 7946 FeatureCollection', () => {
    const parsed = check(text);
    expect(parsed.type).toBe('FeatureCollection');
    if (parsed.type !== 'FeatureCollection') throw new Error('not a collection');
    expect(parsed.features).toHaveLength(everything.length);
  });

  it('gives every feature its sources with exact quotes, its basis and its precision', () => {
    const parsed = JSON.parse(text) as {
      features: Array<{
        properties: {
          id: string;
          basis: string;
          precision_km: number;
          sources: Array<{
            article: string;
            passage: string;
            passage_text: string;
            quote: string;
            quote_start: number;
            quote_end: number;
            basis: string;
          }>;
        };
      }>;
    };
    expect(parsed.features.length).toBeGreaterThan(0);
    for (const feature of parsed.features) {
      const original = everything.find((f) => f.properties.id === feature.properties.id);
      expect(feature.properties.basis).toBe(original?.properties.basis);
      expect(feature.properties.precision_km).toBe(original?.properties.precision_km);
      expect(feature.properties.sources.length).toBe(original?.properties.sources.length);
      for (const source of feature.properties.sources) {
        expect(source.article).toBe('test-article');
        expect(source.passage_text.slice(source.quote_start, source.quote_end)).toBe(source.quote);
        expect(['stated', 'inferred']).toContain(source.basis);
      }
    }
  });

  it('is an empty collection when nothing is shown, still valid', () => {
    expect(check(featuresAsGeoJson(atlas, texts, []))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('CSV', () => {
  const text = featuresAsCsv(atlas, texts, everything);
  const rows = () =>
    Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });

  it('starts with a byte-order mark and has one row per feature under the named columns', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { data, meta, errors } = rows();
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((row) => row['id'])).toEqual(everything.map((f) => f.properties.id));
  });

  it('gives points their longitude and latitude, other shapes WKT, and keeps Russian text', () => {
    const { data } = rows();
    const crossing = data.find((row) => row['id'] === 'xing-astara');
    expect(crossing).toMatchObject({
      longitude: '48.873',
      latitude: '38.44',
      wkt: '',
      name_ru: 'КПП Астара',
    });
    const road = data.find((row) => row['id'] === 'evac-road');
    expect(road).toMatchObject({ longitude: '', wkt: 'LINESTRING (48.87 38.44, 49.86 40.4)' });
    const zone = data.find((row) => row['id'] === 'risk-north-iran');
    expect(zone?.['severity']).toBe('3');
    expect(zone?.['quotes']).toBe('риск нестабильности');
  });

  it('joins a feature’s quotes and quotes cells with commas, quotes and line breaks', () => {
    const feature = everything[0];
    if (!feature) throw new Error('no feature');
    const tricky = {
      ...feature,
      properties: {
        ...feature.properties,
        name: { en: 'A "quoted", name', ru: 'Имя, с запятой' },
        sources: [...feature.properties.sources, ...feature.properties.sources],
      },
    };
    const { data, errors } = Papa.parse<Record<string, string>>(
      featuresAsCsv(atlas, texts, [tricky]).slice(1),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(errors).toEqual([]);
    expect(data[0]?.['name_en']).toBe('A "quoted", name');
    expect(data[0]?.['name_ru']).toBe('Имя, с запятой');
    const quote = feature.properties.sources[0]?.quote ?? '';
    expect(data[0]?.['quotes']).toBe(`${quote}${QUOTE_SEPARATOR}${quote}`);
  });

  it('keeps text from running as a spreadsheet formula', () => {
    const feature = everything[0];
    if (!feature) throw new Error('no feature');
    const hostile = {
      ...feature,
      properties: { ...feature.properties, name: { en: '=HYPERLINK("x")', ru: '@x' } },
    };
    const { data } = Papa.parse<Record<string, string>>(featuresAsCsv(atlas, texts, [hostile]).slice(1), {
      header: true,
    });
    expect(data[0]?.['name_en']).toBe(`'=HYPERLINK("x")`);
    expect(data[0]?.['name_ru']).toBe(`'@x`);
  });
});

describe('WKT', () => {
  it('writes each geometry type', () => {
    expect(geometryToWkt({ type: 'Point', coordinates: [1, 2] })).toBe('POINT (1 2)');
    expect(
      geometryToWkt({
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      }),
    ).toBe('MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))');
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(geometryToWkt({ type: 'Polygon', coordinates: [ring] })).toBe('POLYGON ((0 0, 1 0, 1 1, 0 0))');
    expect(geometryToWkt({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).toBe(
      'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((0 0, 1 0, 1 1, 0 0)))',
    );
  });
});
