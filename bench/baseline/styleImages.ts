// Local stand-in for AtlasMap's private `provideImages`: the same images, made the same way, from the
// same exported drawing functions. Replace with the app's export once there is one (see bench/README.md).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { HATCH_IMAGE_ID } from '../../src/map/basemapStyle';
import { decodeIcon, ICON_PIXEL_RATIO } from '../../src/map/icons';
import { dot, hatchPattern, routeArrow, type RasterImage } from '../../src/map/images';
import { ARROW_IMAGE_ID } from '../../src/map/overlayStyle';

/** 'city-dot' is a literal inside AtlasMap.ts; it is not exported. */
const CITY_DOT_IMAGE_ID = 'city-dot';

const GENERATED_IMAGES: Record<string, () => RasterImage> = {
  [HATCH_IMAGE_ID]: () => hatchPattern(),
  [CITY_DOT_IMAGE_ID]: () => dot(),
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
