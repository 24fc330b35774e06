import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RegionsFileSchema } from '../../src/data/regionSchema';
import { checkAgainst } from '../../src/data/validation';
import { findRegion, REGIONS } from '../../src/data/regions';

describe('the named regions', () => {
  it('match their schema', () => {
    const parsed = checkAgainst(RegionsFileSchema, JSON.parse(readFileSync('geo/regions.json', 'utf8')));
    expect(parsed.success ? [] : parsed.issues).toEqual([]);
  });

  it('reject a box whose corners are swapped', () => {
    const region = { id: 'x', name: { en: 'X', ru: 'X' }, bbox: [50, 40, 40, 45], note: 'n' };
    const parsed = checkAgainst(RegionsFileSchema, { regions: [region] });
    expect(parsed.success ? [] : parsed.issues).toEqual([
      { path: ['regions', 0, 'bbox'], message: 'bbox must be west,south,east,north' },
    ]);
  });

  it('include every region links may name, with names in both languages', () => {
    for (const id of [
      'south-caucasus',
      'caspian',
      'north-caucasus',
      'northern-iran',
      'persian-gulf',
      'black-sea-coast',
    ]) {
      const region = findRegion(id);
      expect(region, id).toBeDefined();
      expect(region?.name.en.length).toBeGreaterThan(0);
      expect(region?.name.ru).toMatch(/[А-Яа-я]/);
    }
    expect(new Set(REGIONS.map((region) => region.id)).size).toBe(REGIONS.length);
  });

  it('lie within the basemap', () => {
    expect(REGIONS.length).toBeGreaterThan(0);
    for (const region of REGIONS) {
      const [west, south, east, north] = region.bbox;
      expect(west).toBeGreaterThanOrEqual(34);
      expect(east).toBeLessThanOrEqual(62);
      expect(south).toBeGreaterThanOrEqual(22);
      expect(north).toBeLessThanOrEqual(50);
    }
  });
});
