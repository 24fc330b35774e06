import { readFileSync } from 'node:fs';
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildAtlasStyle } from '../../src/map/atlasStyle';
import {
  ARTICLE_COUNTRIES,
  ARTICLE_COUNTRY_LABEL_LAYER_ID,
  BASEMAP_FILES,
  buildBasemapStyle,
  FIRST_LABEL_LAYER_ID,
  LOCALISED_NAME,
  SITE_NAMES_FROM_ZOOM,
} from '../../src/map/basemapStyle';
import { OVERLAY_METADATA_KEY } from '../../src/map/overlayStyle';
import { dot, hatchPattern } from '../../src/map/images';
import { ALL_DATES } from '../../src/data/dateRange';
import { archiveUrlOf, BASEMAP_ARCHIVE, BASEMAP_SOURCE } from '../../src/map/tileSources';
import { BASEMAP_COLOURS } from '../../src/map/theme';

const baseUrl = 'http://127.0.0.1:4173/';

describe('the basemap style', () => {
  it('is a valid MapLibre style in both languages', () => {
    for (const language of ['en', 'ru'] as const) {
      const errors = validateStyleMin(buildBasemapStyle({ baseUrl, language }));
      expect(errors.map((error) => error.message)).toEqual([]);
    }
  });

  it('loads every file from the page’s own origin and never from a glyph server', () => {
    const style = buildBasemapStyle({ baseUrl, language: 'en' });
    expect(style.glyphs).toBeUndefined();
    const urls = [
      ...Object.values(style.sources).map((source) =>
        'url' in source ? String(source.url).replace(/^pmtiles:\/\//, '') : '',
      ),
      ...Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
        typeof faces === 'string' ? [faces] : faces.map((face) => face.url),
      ),
    ];
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect(url.startsWith(baseUrl)).toBe(true);
    expect(urls).toContain(`${baseUrl}${BASEMAP_ARCHIVE}`);
    expect(urls.some((url) => url.endsWith('noto-sans-cyrillic-400-normal.woff2'))).toBe(true);
  });

  it('reads one tiled basemap, each layer from the source layer its GeoJSON file was cut into', () => {
    const style = buildBasemapStyle({ baseUrl, language: 'en' });
    expect(style.sources).toEqual({
      [BASEMAP_SOURCE]: { type: 'vector', url: `pmtiles://${baseUrl}${BASEMAP_ARCHIVE}` },
    });
    const sourceLayers = style.layers.flatMap((layer) =>
      'source-layer' in layer ? [layer['source-layer']] : [],
    );
    expect(sourceLayers.length).toBe(style.layers.length - 1);
    for (const name of sourceLayers) expect(Object.keys(BASEMAP_FILES)).toContain(name);
  });

  it('finds the archive in a protocol request for its TileJSON or for a tile', () => {
    const archive = `${baseUrl}${BASEMAP_ARCHIVE}`;
    expect(archiveUrlOf(`pmtiles://${archive}`)).toBe(archive);
    expect(archiveUrlOf(`pmtiles://${archive}/5/20/11`)).toBe(archive);
    expect(archiveUrlOf('https://elsewhere/tiles.pmtiles')).toBeNull();
  });

  it('starts with the requested label language in its global state', () => {
    expect(buildBasemapStyle({ baseUrl, language: 'ru' }).state).toEqual({ lang: { default: 'ru' } });
  });

  it('draws every label with the one localised-name expression', () => {
    const style = buildBasemapStyle({ baseUrl, language: 'en' });
    const symbolLayers = style.layers.filter((layer) => layer.type === 'symbol');
    expect(symbolLayers.length).toBeGreaterThanOrEqual(4);
    // The one expression wherever a name is shown (the ports' step included), and no other reading of a name.
    const localised = JSON.stringify(LOCALISED_NAME);
    for (const layer of symbolLayers) {
      const field = JSON.stringify(layer.layout?.['text-field']);
      expect(field).toContain(localised);
      expect(field.split(localised).join('')).not.toContain('name_');
    }
  });

  it('puts water under land and labels above everything else', () => {
    const ids = buildBasemapStyle({ baseUrl, language: 'en' }).layers.map((layer) => layer.id);
    expect(ids[0]).toBe('water');
    expect(ids.indexOf('land')).toBeLessThan(ids.indexOf('lakes'));
    expect(ids.indexOf('country-borders')).toBeLessThan(ids.indexOf(FIRST_LABEL_LAYER_ID));
    const firstSymbol = ids.findIndex((id) => id.startsWith('label-'));
    expect(firstSymbol).toBe(ids.indexOf(FIRST_LABEL_LAYER_ID));
  });
});

describe('the labels of the countries the articles are about', () => {
  const countryLayers = (layers: LayerSpecification[]) =>
    layers.filter((layer) => layer.type === 'symbol' && layer['source-layer'] === 'countryLabels');
  const drawsCountry = (layer: LayerSpecification, code: string) =>
    'filter' in layer && layer.filter !== undefined
      ? featureFilter(layer.filter as FilterSpecification, layer.id).filter(
          { zoom: 5 },
          { type: 1, properties: { adm0_a3: code }, geometry: [] },
        )
      : true;

  it('come from the generated list, which names Azerbaijan, Iran and Russia', () => {
    expect(ARTICLE_COUNTRIES).toEqual(expect.arrayContaining(['AZE', 'IRN', 'RUS']));
  });

  it('are each drawn by exactly one layer, the article countries by their own', () => {
    const layers = countryLayers(
      buildBasemapStyle({ baseUrl, language: 'ru', articleCountries: ['AZE'] }).layers,
    );
    const drawing = (code: string) =>
      layers.filter((layer) => drawsCountry(layer, code)).map((layer) => layer.id);
    expect(drawing('AZE')).toEqual([ARTICLE_COUNTRY_LABEL_LAYER_ID]);
    expect(drawing('TUR')).toEqual(['label-countries']);
  });

  it('are placed before every overlay symbol and every label but the cities’ (MapLibre places the top layer first)', () => {
    const layers = buildAtlasStyle({
      baseUrl,
      language: 'en',
      visibleLayers: { evacuation: true, aid: true, risk: true, infrastructure: true, sites: true },
      minSeverity: 1,
      dateRange: ALL_DATES,
    }).layers;
    const at = (id: string) => layers.findIndex((layer) => layer.id === id);
    const article = at(ARTICLE_COUNTRY_LABEL_LAYER_ID);
    const placedAfter = layers
      .filter((layer) => layer.type === 'symbol' && at(layer.id) < article)
      .map((layer) => layer.id);
    const overlaySymbols = layers
      .filter((layer) => layer.type === 'symbol' && layer.metadata !== undefined)
      .filter((layer) => OVERLAY_METADATA_KEY in (layer.metadata as object))
      .map((layer) => layer.id);
    expect(overlaySymbols).toEqual(expect.arrayContaining(['sites-icons', 'infrastructure-icons']));
    expect(placedAfter).toEqual(
      expect.arrayContaining([...overlaySymbols, 'label-countries', FIRST_LABEL_LAYER_ID]),
    );
    expect(layers.slice(article + 1).map((layer) => layer.id)).toEqual(['label-cities']);
  });

  it('let the most cited country choose its place first and move beside its point rather than vanish', () => {
    const layer = buildBasemapStyle({
      baseUrl,
      language: 'en',
      articleCountries: ['AZE', 'IRN'],
    }).layers.find((candidate) => candidate.id === ARTICLE_COUNTRY_LABEL_LAYER_ID);
    expect(layer?.type).toBe('symbol');
    const layout = layer?.type === 'symbol' ? layer.layout : undefined;
    expect(layout?.['symbol-sort-key']).toEqual([
      'index-of',
      ['get', 'adm0_a3'],
      ['literal', ['AZE', 'IRN']],
    ]);
    expect(layout?.['text-variable-anchor']).toEqual(expect.arrayContaining(['center', 'bottom', 'top']));
  });
});

describe('the generated map images', () => {
  it('hatches diagonally with transparent gaps', () => {
    const image = hatchPattern(8);
    expect(image.data.length).toBe(8 * 8 * 4);
    const alphaAt = (x: number, y: number) => image.data[(y * 8 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(255);
    expect(alphaAt(7, 1)).toBe(255);
    expect(alphaAt(4, 0)).toBe(0);
  });

  it('draws a dot that is opaque at the centre and clear at the corners', () => {
    const image = dot(9);
    const alphaAt = (x: number, y: number) => image.data[(y * 9 + x) * 4 + 3];
    expect(alphaAt(4, 4)).toBe(255);
    expect(alphaAt(0, 0)).toBe(0);
  });
});

describe("the map's place before its first drawing", () => {
  it('is the colour of the sea, as the style draws it', () => {
    const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
    const rule = /\n\.map-canvas \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(/background: (#[0-9a-f]{6});/.exec(rule)?.[1]).toBe(BASEMAP_COLOURS.water);
  });
});

describe('the names of towns and ports', () => {
  const cities = buildBasemapStyle({ baseUrl, language: 'en' }).layers.find(
    (layer) => layer.id === 'label-cities',
  );
  const nameAt = (zoom: number, kind: string) => {
    if (cities?.type !== 'symbol' || cities.layout?.['text-field'] === undefined)
      throw new Error('no labels');
    const expression = createExpression(cities.layout['text-field'], 'layout.text-field', null, {
      lang: 'en',
    });
    if (expression.result !== 'success') throw new Error('bad expression');
    const feature = { type: 1, properties: { kind, name_en: 'Aktau seaport' }, geometry: [] } as never;
    return String(expression.value.evaluate({ zoom, globalState: { lang: 'en' } } as never, feature));
  };

  it('name a port only until the sites name it themselves, so it is not named twice', () => {
    expect(nameAt(SITE_NAMES_FROM_ZOOM - 0.5, 'port')).toBe('Aktau seaport');
    expect(nameAt(SITE_NAMES_FROM_ZOOM, 'port')).toBe('');
    expect(nameAt(10, 'city')).toBe('Aktau seaport');
  });
});
