// Named colours of the map, shared by the style, the legend and the tests that read pixels.
export const BASEMAP_COLOURS = {
  water: '#b7d2e8',
  land: '#f4f1ea',
  lakeOutline: '#8fb4d4',
  river: '#7ea9cf',
  countryBorder: '#6f5f7e',
  provinceLine: '#bfb3a6',
  disputedHatch: '#a05656',
  disputedOutline: '#8a4a4a',
  waterLabel: '#3d6d95',
  countryLabel: '#4a3f57',
  provinceLabel: '#857868',
  cityLabel: '#2b2b2b',
  cityDot: '#3a3a3a',
  labelHalo: 'rgba(255,255,255,0.9)',
} as const;

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Colours of the overlay layers, also used by the legend. */
export const OVERLAY_COLOURS = {
  evacuation: '#d9480f',
  aid: '#0b7285',
  aidNotBuilt: '#868e96',
  oilPipeline: '#343a40',
  gasPipeline: '#2f9e44',
  infrastructure: '#495057',
  sites: '#5f3dc4',
  selected: '#f08c00',
  /** Risk severity 1..5, light to dark. */
  severity: ['#ffe066', '#ffc078', '#ff922b', '#f0562e', '#c92a2a'],
} as const;

/** Above this uncertainty (km) a feature is drawn, and described, as approximate. */
export const APPROXIMATE_KM = 5;
