// Finding features by name: what the reader types and each name are folded alike, so "baku", "Bakı",
// "БАКУ" and "Ёлки" find what they mean whatever the case or accents (ё loses its dots with them).
import type { IndexedProperties } from '../data/schema';

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/\s+/g, ' ')
    .trim();
}

// Folded once per feature: a search at 100,000 features then costs one `includes` each per keystroke.
const foldedNames = new WeakMap<IndexedProperties, string>();

function searchTextOf(properties: IndexedProperties): string {
  let text = foldedNames.get(properties);
  if (text === undefined) {
    text = foldForSearch(`${properties.name.en}\n${properties.name.ru}`);
    foldedNames.set(properties, text);
  }
  return text;
}

/** The features whose name, in either language, contains `query` (already folded); all of them for ''. */
export function matchingFeatures(
  features: readonly IndexedProperties[],
  foldedQuery: string,
): readonly IndexedProperties[] {
  if (foldedQuery === '') return features;
  return features.filter((properties) => searchTextOf(properties).includes(foldedQuery));
}
