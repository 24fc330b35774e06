import { describe, expect, it } from 'vitest';
import type { IndexedProperties } from '../../../src/data/schema';
import { foldForSearch, matchingFeatures } from '../../../src/panels/featureSearch';

const named = (en: string, ru: string) => ({ id: en, name: { en, ru } }) as unknown as IndexedProperties;
const baku = named(
  'Heydar Aliyev International Airport (GYD), Baku',
  'Международный аэропорт Гейдар Алиев (GYD), Баку',
);
const aktau = named('Aktau seaport', 'Морской порт Актау');
const spruce = named('Yolki', 'Ёлки');
const features = [baku, aktau, spruce];

describe('finding features by name', () => {
  it.each([
    ['  BAKI  ', 'baki'],
    ['Bakı', 'baki'],
    ['Çaykənd', 'caykend'],
    ['ЁЛКИ', 'елки'],
    ['Sea   port', 'sea port'],
  ])('folds case, accents, dotless i, schwa, ё and runs of spaces: %j reads as %j', (typed, folded) => {
    expect(foldForSearch(typed)).toBe(folded);
  });

  it('finds a name in either language, whatever the case', () => {
    expect(matchingFeatures(features, foldForSearch('baku'))).toEqual([baku]);
    expect(matchingFeatures(features, foldForSearch('БАКУ'))).toEqual([baku]);
    expect(matchingFeatures(features, foldForSearch('актау'))).toEqual([aktau]);
    expect(matchingFeatures(features, foldForSearch('елки'))).toEqual([spruce]);
    expect(matchingFeatures(features, foldForSearch('port'))).toEqual([baku, aktau]);
  });

  it('keeps every feature, in order, for an empty query and none for a name nobody has', () => {
    expect(matchingFeatures(features, '')).toBe(features);
    expect(matchingFeatures(features, foldForSearch('tbilisi'))).toEqual([]);
  });
});
