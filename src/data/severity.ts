// The one rule of the severity filter: a risk zone shows when its severity reaches the reader's minimum;
// every other feature has no severity and always shows. The map style's filter (`severityFilter` in
// src/map/atlasStyle.ts) is this rule as an expression, and a unit test holds the two to each other.
import type { IndexedProperties } from './schema';

/** The filter's lowest setting, which lets every risk zone through. */
export const ALL_SEVERITIES = 1;

export function passesSeverity(properties: IndexedProperties, minSeverity: number): boolean {
  return properties.layer !== 'risk' || properties.severity >= minSeverity;
}
