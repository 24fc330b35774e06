// Credits shown in the map's attribution control. Static text of ours, never data.
export const ATTRIBUTION_PARTS = [
  'Borders, provinces: Natural Earth (public domain)',
  'Rivers, lakes: GSHHG (Wessel &amp; Smith), LGPL-3',
  'Overlays: Risk Atlas, after Вестник Кавказа / Vestnik Kavkaza, 6 March 2026',
  'Boundaries and names do not imply endorsement',
];
