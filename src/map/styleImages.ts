// The images the style names (hatching, dots, arrows, icons), made when the map first asks for them.
// Store-free, so that the benchmark's bare MapLibre page draws the very same images.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { HATCH_IMAGE_ID } from './basemapStyle';
import { decodeIcon, ICON_PIXEL_RATIO } from './icons';
import { dot, hatchPattern, routeArrow, type RasterImage } from './images';
import { ARROW_IMAGE_ID } from './overlayStyle';

const GENERATED_IMAGES: Record<string, () => RasterImage> = {
  [HATCH_IMAGE_ID]: () => hatchPattern(),
  'city-dot': () => dot(),
  [ARROW_IMAGE_ID]: () => routeArrow(),
};

export function provideStyleImages(map: MaplibreMap): void {
  map.setMissingStyleImageResolver(async (id) => {
    const draw = GENERATED_IMAGES[id];
    if (draw) {
      map.addImage(id, draw(), { pixelRatio: 1 });
      return;
    }
    const icon = await decodeIcon(id);
    if (icon && !map.hasImage(id)) map.addImage(id, icon, { pixelRatio: ICON_PIXEL_RATIO });
  });
}
