import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_FILES,
  buildBasemapStyle,
  FIRST_LABEL_LAYER_ID,
  LOCALISED_NAME,
} from '../../src/map/basemapStyle';
import { dot, hatchPattern } from '../../src/map/images';

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
      ...Object.values(style.sources).map((source) => ('data' in source ? String(source.data) : '')),
      ...Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
        typeof faces === 'string' ? [faces] : faces.map((face) => face.url),
      ),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(baseUrl)).toBe(true);
    expect(urls).toContain(`${baseUrl}${BASEMAP_FILES.countries}`);
    expect(urls.some((url) => url.endsWith('noto-sans-cyrillic-400-normal.woff2'))).toBe(true);
  });

  it('starts with the requested label language in its global state', () => {
    expect(buildBasemapStyle({ baseUrl, language: 'ru' }).state).toEqual({ lang: { default: 'ru' } });
  });

  it('draws every label with the one localised-name expression', () => {
    const style = buildBasemapStyle({ baseUrl, language: 'en' });
    const symbolLayers = style.layers.filter((layer) => layer.type === 'symbol');
    expect(symbolLayers.length).toBeGreaterThanOrEqual(4);
    for (const layer of symbolLayers) expect(layer.layout?.['text-field']).toEqual(LOCALISED_NAME);
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
