// Small raster images the style needs, drawn in code so they ship without extra requests.
import { BASEMAP_COLOURS, hexToRgb } from './theme';

export type RasterImage = { width: number; height: number; data: Uint8Array };

/** Diagonal hatching for disputed territories, the neutral treatment UN and OCHA maps use. */
export function hatchPattern(size = 8, colour: string = BASEMAP_COLOURS.disputedHatch): RasterImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onStripe = (x + y) % size < 2;
      const offset = (y * size + x) * 4;
      data.set(onStripe ? [r, g, b, 255] : [0, 0, 0, 0], offset);
    }
  }
  return { width: size, height: size, data };
}

/** A filled circle with a white ring, for city markers. */
export function dot(diameter = 9, colour: string = BASEMAP_COLOURS.cityDot): RasterImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(diameter * diameter * 4);
  const centre = (diameter - 1) / 2;
  const outer = diameter / 2;
  const inner = outer - 1.6;
  for (let y = 0; y < diameter; y += 1) {
    for (let x = 0; x < diameter; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const offset = (y * diameter + x) * 4;
      if (distance <= inner) data.set([r, g, b, 255], offset);
      else if (distance <= outer) data.set([255, 255, 255, 255], offset);
    }
  }
  return { width: diameter, height: diameter, data };
}

/** A chevron pointing along the line (to the right), placed repeatedly on routes to show direction. */
export function routeArrow(size = 14, colour = '#ffffff', outline = '#1f2430'): RasterImage {
  const fill = hexToRgb(colour);
  const edge = hexToRgb(outline);
  const data = new Uint8Array(size * size * 4);
  const middle = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Distance from the chevron's centre line: two strokes meeting at the tip on the right.
      const fromTip = Math.abs(y - middle) - (size * 0.75 - x) * 0.9;
      const offset = (y * size + x) * 4;
      if (x < size * 0.15 || x > size * 0.85) continue;
      if (Math.abs(fromTip) <= 1.3) data.set([...fill, 255], offset);
      else if (Math.abs(fromTip) <= 2.4) data.set([...edge, 200], offset);
    }
  }
  return { width: size, height: size, data };
}
