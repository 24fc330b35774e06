// The legend symbols of the layers drawn on a 2D canvas, in the map's own colours (as LayerSwatch draws them).
import type { LayerId } from '../data/layerIds';
import { OVERLAY_COLOURS as C } from '../map/theme';

export const SYMBOL_SIZE = { width: 28, height: 16 } as const;

function line(
  context: CanvasRenderingContext2D,
  y: number,
  colour: string,
  width: number,
  dash: number[] = [],
) {
  context.beginPath();
  context.setLineDash(dash);
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.moveTo(2, y);
  context.lineTo(26, y);
  context.stroke();
  context.setLineDash([]);
}

/** Draws the symbol of `layer` in a 28 × 16 box at the context's origin; risk zones from `minSeverity` up. */
export function drawLayerSymbol(
  context: CanvasRenderingContext2D,
  layer: LayerId,
  minSeverity: number,
): void {
  context.save();
  context.lineCap = 'round';
  switch (layer) {
    case 'evacuation':
      line(context, 8, C.evacuation, 4);
      break;
    case 'aid':
      line(context, 8, C.aid, 4);
      context.lineCap = 'butt';
      line(context, 8, '#ffffff', 1.2, [3, 3]);
      break;
    case 'risk': {
      const shown = C.severity.slice(Math.max(0, Math.min(minSeverity, 5) - 1));
      const width = 26 / shown.length;
      shown.forEach((colour, index) => {
        context.fillStyle = colour;
        context.fillRect(1 + index * width, 2, width, 12);
      });
      break;
    }
    case 'infrastructure':
      context.lineCap = 'butt';
      line(context, 5, C.oilPipeline, 2.5);
      line(context, 11, C.gasPipeline, 2.5);
      break;
    case 'sites':
      context.beginPath();
      context.arc(14, 8, 5.5, 0, Math.PI * 2);
      context.fillStyle = C.sites;
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = 1.5;
      context.stroke();
      break;
  }
  context.restore();
}
