// The region the atlas is about, as lon/lat boxes, and the features allowed to leave it (with the reason).
import type { Position } from '../../src/data/schema';

export interface RegionBox {
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

export const REGION_BOXES: readonly RegionBox[] = [
  {
    name: 'South Caucasus, Caspian, Black Sea coast and eastern Anatolia',
    west: 34,
    south: 34,
    east: 62,
    north: 50,
  },
  {
    // The text names Iran as a whole and US facilities in the Persian Gulf.
    name: 'Iran and the Persian Gulf',
    west: 44,
    south: 22,
    east: 64,
    north: 40,
  },
];

/** Feature ids allowed outside the region, with the reason. */
export const REGION_EXCEPTIONS: Readonly<Record<string, string>> = {
  'evac-baku-moscow-air':
    'Moscow is where the evacuation flights land: a reference point north of the map, not a place in the region.',
};

export function inRegion(p: Position): boolean {
  return REGION_BOXES.some((b) => p[0] >= b.west && p[0] <= b.east && p[1] >= b.south && p[1] <= b.north);
}
