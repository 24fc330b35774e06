// A scale bar for a picture of the map: a round length that fits, and its width in CSS pixels.

/** MapLibre draws 512-pixel tiles: at zoom z the equator spans 512·2^z pixels. */
const EQUATOR_METRES = 40_075_016.686;
const TILE_SIZE = 512;

export function metresPerPixel(zoom: number, latitude: number): number {
  return (EQUATOR_METRES * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in `maxWidth` pixels, labelled in m or km. */
export function scaleBar(
  zoom: number,
  latitude: number,
  maxWidth: number,
): { widthPx: number; metres: number; label: string } {
  const perPixel = metresPerPixel(zoom, latitude);
  const most = perPixel * maxWidth;
  const magnitude = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((factor) => factor * magnitude <= most) ?? 1;
  const metres = step * magnitude;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { widthPx: metres / perPixel, metres, label };
}
