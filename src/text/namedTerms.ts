// What a passage names that the map could show: its places (by the gazetteer) and its movements of people or
// goods. One definition for geo:check's coverage rule and for the browser editor, which asks for a feature
// or a reason exactly where geo:check would.
import { findPlaces, type PlaceIndex } from './placeIndex';

/** Words that mark a movement of people or goods, or a line of infrastructure. */
export const MOVEMENT_TERMS: readonly { label: string; stem: string }[] = [
  { label: 'evacuation', stem: 'эвакуа' },
  { label: 'evacuation', stem: 'эвакуир' },
  { label: 'delivery', stem: 'доставк' },
  { label: 'refugees', stem: 'беженц' },
  { label: 'pipeline', stem: 'трубопровод' },
  { label: 'terminal', stem: 'терминал' },
  { label: 'evacuation', stem: 'evacuat' },
  { label: 'refugees', stem: 'refugee' },
  { label: 'pipeline', stem: 'pipeline' },
];

const movementMatchers = MOVEMENT_TERMS.map((t) => ({
  label: t.label,
  re: new RegExp(`(?<!\\p{L})${t.stem}`, 'iu'),
}));

/**
 * The places a passage names, found with the gazetteer article:import uses (case endings, derived
 * adjectives, multi-word names; not the names of people or organisations), by their English names.
 */
function namedPlaces(index: PlaceIndex, text: string): string[] {
  return findPlaces(index, text).flatMap((found) => {
    const [id] = found.ids;
    const entry = id === undefined ? undefined : index.entries.get(id);
    return entry ? [entry.en] : [];
  });
}

/** The places and then the movements a passage names (labels, unique, in order). */
export function namedTerms(index: PlaceIndex, text: string): string[] {
  const movements = movementMatchers.filter((m) => m.re.test(text)).map((m) => m.label);
  return [...new Set([...namedPlaces(index, text), ...movements])];
}
