// Named regions for deep links (`#region=caspian`) and the region picker, bundled with the app.
import regionsFile from '../../geo/regions.json' with { type: 'json' };
import type { Region } from './regionSchema';

// geo/regions.json is ours and checked against RegionsFileSchema by the unit tests, so the
// browser takes it as it is instead of shipping the validator in the first bundle.
export const REGIONS: readonly Region[] = regionsFile.regions as Region[];
export const REGION_IDS: ReadonlySet<string> = new Set(REGIONS.map((region) => region.id));

export function findRegion(id: string): Region | undefined {
  return REGIONS.find((region) => region.id === id);
}

export type { Region };
