// The feature list's order: most severe first, then by name in the reader's language. The list is sorted once
// by each feature's first-reported severity; a later article may raise or lower a risk as of the dates shown,
// and only those few features move, so the dates can change at 100,000 features without sorting them all.
import type { Language } from '../i18n/dictionaries';
import type { IndexedProperties } from '../data/schema';

type Ordered = Pick<IndexedProperties, 'severity' | 'name'>;

/** Most severe first, then by name; one collator for every comparison (one per call costs seconds at 100k). */
export function bySeverityThenName(language: Language): (a: Ordered, b: Ordered) => number {
  const collator = new Intl.Collator(language);
  return (a, b) =>
    (b.severity ?? 0) - (a.severity ?? 0) || collator.compare(a.name[language], b.name[language]);
}

/**
 * `asOf[i]` is `sorted[i]` as of a day (the same object when nothing changed it). Returns `asOf` in the order
 * `compare` gives: the features whose severity changed are taken out, sorted, and each put back at its place
 * by binary search, so the cost follows the number of changed features, not the list's length.
 */
export function reorderAsOf<P extends Ordered>(
  sorted: readonly P[],
  asOf: readonly P[],
  compare: (a: P, b: P) => number,
): readonly P[] {
  const kept: P[] = [];
  const moved: P[] = [];
  asOf.forEach((feature, at) => {
    if (feature !== sorted[at] && feature.severity !== sorted[at]?.severity) moved.push(feature);
    else kept.push(feature);
  });
  if (moved.length === 0) return asOf;
  moved.sort(compare);
  const merged: P[] = [];
  let next = 0;
  for (const feature of moved) {
    let low = next;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle] as P, feature) <= 0) low = middle + 1;
      else high = middle;
    }
    for (; next < low; next += 1) merged.push(kept[next] as P);
    merged.push(feature);
  }
  for (; next < kept.length; next += 1) merged.push(kept[next] as P);
  return merged;
}
