// The country of a drawn point, from the basemap's country polygons; a code typed by hand stays.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countryAt,
  loadCountryShapes,
  withFoundCountries,
  withFoundCountry,
  type CountryShapes,
} from '../../../src/editor/countryOfPoint';
import { EMPTY_DOC, newDraft, setField, setGeometry, snapToPlace } from '../../../src/editor/draft';

let shapes: CountryShapes;
beforeAll(async () => {
  const text = readFileSync('public/basemap/countries.geojson', 'utf8');
  const result = await loadCountryShapes('countries.geojson', async () => new Response(text));
  if (!result.ok) throw new Error(result.message);
  shapes = result.shapes;
});

// places.json: Baku (city-baku) 49.88222, 40.39528; Bandar Anzali (port-anzali) 49.46222, 37.47278.
const BAKU: [number, number] = [49.88222, 40.39528];
const ANZALI: [number, number] = [49.46222, 37.47278];
const MID_CASPIAN: [number, number] = [50.5, 42.0];

describe('the country of a point', () => {
  it('is the country whose polygon holds it, and none at sea', () => {
    expect(countryAt(shapes, BAKU)).toBe('AZE');
    expect(countryAt(shapes, ANZALI)).toBe('IRN');
    expect(countryAt(shapes, MID_CASPIAN)).toBe('');
  });

  it('fills the form, follows the point when it moves, and keeps a code typed by hand', () => {
    let doc = withFoundCountries(newDraft(EMPTY_DOC, 'point', { type: 'Point', coordinates: BAKU }), shapes);
    const key = doc.features[0]?.key ?? '';
    expect(doc.features[0]?.form.country).toBe('AZE');
    expect(withFoundCountries(doc, shapes)).toBe(doc);

    doc = withFoundCountries(setGeometry(doc, key, { type: 'Point', coordinates: ANZALI }), shapes);
    expect(doc.features[0]?.form.country).toBe('IRN');

    doc = withFoundCountries(setField(doc, key, 'country', 'AZE'), shapes);
    expect(doc.features[0]?.form.country).toBe('AZE');
    doc = withFoundCountries(setGeometry(doc, key, { type: 'Point', coordinates: MID_CASPIAN }), shapes);
    expect(doc.features[0]?.form.country).toBe('AZE');
    expect(doc.features[0]?.countryFound).toBe('');
  });

  it('leaves a point snapped to a place alone: its file keeps the recipe, not a country', () => {
    const drawn = newDraft(EMPTY_DOC, 'point');
    const key = drawn.features[0]?.key ?? '';
    const snapped = snapToPlace(drawn, key, 'port-anzali', ANZALI);
    const draft = snapped.features[0];
    if (!draft) throw new Error('no draft');
    expect(withFoundCountry(draft, shapes)).toBe(draft);
  });
});
