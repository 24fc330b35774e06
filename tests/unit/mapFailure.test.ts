import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/dictionaries';
import { classifyMapFailure, sourceFailureMessage } from '../../src/map/mapFailure';

describe('what a map failure means to the reader', () => {
  it('puts the map in its error state when the style fails before it has loaded', () => {
    expect(
      classifyMapFailure({ sourceId: undefined, file: undefined, styleLoaded: false, detail: 'bad style' }),
    ).toEqual({ kind: 'style', detail: 'bad style' });
  });

  it('names a data file that failed, and leaves the map working', () => {
    expect(
      classifyMapFailure({ sourceId: 'risk', file: 'risk.geojson', styleLoaded: true, detail: '404' }),
    ).toEqual({ kind: 'source', file: 'risk.geojson', detail: '404' });
  });

  it('keeps to the console what the reader cannot act on', () => {
    expect(
      classifyMapFailure({ sourceId: undefined, file: undefined, styleLoaded: true, detail: 'x' }).kind,
    ).toBe('other');
  });

  it('words the notice in the interface language', async () => {
    await loadLanguage('ru');
    expect(sourceFailureMessage('en', 'risk.geojson', '404')).toBe(
      'The map could not load risk.geojson (404); the other layers still work.',
    );
    expect(sourceFailureMessage('ru', 'risk.geojson', '404')).toContain(
      'Карта не смогла загрузить risk.geojson',
    );
  });
});
