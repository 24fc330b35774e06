// A picture of the map as drawn, for the image export: the map at the asked pixel ratio, fully drawn.
// WebGL clears its drawing buffer once a frame is shown, so the frame is drawn and copied in the same task
// (no `preserveDrawingBuffer`, which would slow every frame for the sake of one export).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mountedMap } from './mapMount';

export type MapCapture = {
  /** The map's pixels: CSS size × pixel ratio. */
  image: HTMLCanvasElement;
  cssWidth: number;
  cssHeight: number;
  zoom: number;
  centerLat: number;
};

/** Resolves once the map has drawn everything it is loading, after one more frame. */
function idle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function copyCanvas(map: MaplibreMap): HTMLCanvasElement {
  map.redraw();
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const context = copy.getContext('2d');
  if (!context) throw new Error('This browser gives no 2D canvas to draw the picture on.');
  context.drawImage(source, 0, 0);
  return copy;
}

export async function captureMapImage(pixelRatio: number): Promise<MapCapture> {
  const map = mountedMap()?.map;
  if (!map) throw new Error('The map is not drawn, so there is no picture to take.');
  const previousRatio = map.getPixelRatio();
  const container = map.getContainer();
  try {
    if (previousRatio !== pixelRatio) map.setPixelRatio(pixelRatio);
    await idle(map);
    return {
      image: copyCanvas(map),
      cssWidth: container.clientWidth,
      cssHeight: container.clientHeight,
      zoom: map.getZoom(),
      centerLat: map.getCenter().lat,
    };
  } finally {
    if (previousRatio !== pixelRatio) map.setPixelRatio(previousRatio);
  }
}
