// The picture of a view: a title band, the map with its legend and scale bar, and a footer with the
// article(s) and dates, the attribution and disclaimer, and the link. Drawn in CSS pixels, scaled by the
// pixel ratio, so a 2× picture is the 1× one with twice the detail.
import type { LayerId } from '../data/layerIds';
import { drawLayerSymbol, SYMBOL_SIZE } from './legendSymbols';
import { scaleBar } from './scaleBar';

/** Heights (CSS pixels) of the bands above and below the map: the picture is the map's size plus these. */
export const IMAGE_LAYOUT = { titleHeight: 40, footerHeight: 112 } as const;

export type ViewImageInput = {
  map: { image: CanvasImageSource; cssWidth: number; cssHeight: number; zoom: number; centerLat: number };
  pixelRatio: number;
  title: string;
  legend: {
    heading: string;
    entries: readonly { layer: LayerId; label: string }[];
    notes: readonly string[];
  };
  minSeverity: number;
  /** Footer text, top to bottom; each but the link may take two lines. */
  sources: string;
  attribution: string;
  disclaimer: string;
  link: string;
};

const FONT = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';
const PADDING = 10;
const LINE = 14;
const INK = '#1f2933';
const MUTED = '#52606d';

/** `text` cut with an ellipsis to fit `width`. */
function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}

/** Words of `text` in at most `maxLines` lines of `width`, the last one cut if need be. */
function wrapped(context: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/);
  for (const [index, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (context.measureText(candidate).width <= width || !current) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitted(context, [current, ...words.slice(index)].join(' '), width));
      return lines;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines;
}

function drawLegend(context: CanvasRenderingContext2D, input: ViewImageInput, top: number): void {
  const { heading, entries, notes } = input.legend;
  context.font = `11px ${FONT}`;
  const labelWidth = Math.max(
    context.measureText(heading).width,
    ...entries.map((entry) => SYMBOL_SIZE.width + 6 + context.measureText(entry.label).width),
    ...notes.map((note) => context.measureText(note).width),
  );
  const width = Math.min(labelWidth + 2 * PADDING, input.map.cssWidth / 2);
  const rows = entries.length + notes.length;
  const height = PADDING * 2 + 16 + rows * 18;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.fillRect(PADDING, top + PADDING, width, height);
  context.strokeStyle = '#9aa5b1';
  context.lineWidth = 1;
  context.strokeRect(PADDING + 0.5, top + PADDING + 0.5, width - 1, height - 1);
  context.fillStyle = INK;
  context.textBaseline = 'middle';
  context.font = `bold 11px ${FONT}`;
  context.fillText(fitted(context, heading, width - 2 * PADDING), 2 * PADDING, top + 2 * PADDING + 6);
  context.font = `11px ${FONT}`;
  entries.forEach((entry, index) => {
    const y = top + 2 * PADDING + 16 + index * 18;
    context.save();
    context.translate(2 * PADDING, y);
    drawLayerSymbol(context, entry.layer, input.minSeverity);
    context.restore();
    context.fillStyle = INK;
    const labelX = 2 * PADDING + SYMBOL_SIZE.width + 6;
    context.fillText(fitted(context, entry.label, width - labelX), labelX, y + 8);
  });
  context.fillStyle = MUTED;
  notes.forEach((note, index) => {
    const y = top + 2 * PADDING + 16 + (entries.length + index) * 18 + 8;
    context.fillText(fitted(context, note, width - 2 * PADDING), 2 * PADDING, y);
  });
}

function drawScaleBar(context: CanvasRenderingContext2D, input: ViewImageInput, bottom: number): void {
  const bar = scaleBar(input.map.zoom, input.map.centerLat, 120);
  const x = PADDING;
  const y = bottom - PADDING - 6;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(x - 4, y - 16, bar.widthPx + 8, 24);
  context.strokeStyle = INK;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x, y - 5);
  context.lineTo(x, y);
  context.lineTo(x + bar.widthPx, y);
  context.lineTo(x + bar.widthPx, y - 5);
  context.stroke();
  context.fillStyle = INK;
  context.font = `11px ${FONT}`;
  context.textBaseline = 'alphabetic';
  context.fillText(bar.label, x + 3, y - 5);
}

function drawFooter(context: CanvasRenderingContext2D, input: ViewImageInput, top: number): void {
  const width = input.map.cssWidth - 2 * PADDING;
  context.fillStyle = '#ffffff';
  context.fillRect(0, top, input.map.cssWidth, IMAGE_LAYOUT.footerHeight);
  context.textBaseline = 'top';
  context.font = `11px ${FONT}`;
  const lines: Array<{ text: string; colour: string }> = [
    ...wrapped(context, input.sources, width, 2).map((text) => ({ text, colour: INK })),
    ...wrapped(context, input.attribution, width, 2).map((text) => ({ text, colour: MUTED })),
    ...wrapped(context, input.disclaimer, width, 2).map((text) => ({ text, colour: MUTED })),
  ];
  lines.forEach((line, index) => {
    context.fillStyle = line.colour;
    context.fillText(line.text, PADDING, top + 6 + index * LINE);
  });
  // The link is what a reader types in: smaller rather than cut, down to a legible size.
  let size = 11;
  context.font = `${size}px ${FONT}`;
  while (size > 7 && context.measureText(input.link).width > width) {
    size -= 0.5;
    context.font = `${size}px ${FONT}`;
  }
  context.fillStyle = '#1c4f8a';
  context.fillText(fitted(context, input.link, width), PADDING, top + 6 + 6 * LINE + 4);
}

export function composeViewImage(input: ViewImageInput): HTMLCanvasElement {
  const { map, pixelRatio } = input;
  const cssHeight = IMAGE_LAYOUT.titleHeight + map.cssHeight + IMAGE_LAYOUT.footerHeight;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(map.cssWidth * pixelRatio);
  canvas.height = Math.round(cssHeight * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser gives no 2D canvas to draw the picture on.');
  context.scale(pixelRatio, pixelRatio);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, map.cssWidth, IMAGE_LAYOUT.titleHeight);
  context.fillStyle = INK;
  context.textBaseline = 'middle';
  context.font = `bold 16px ${FONT}`;
  context.fillText(
    fitted(context, input.title, map.cssWidth - 2 * PADDING),
    PADDING,
    IMAGE_LAYOUT.titleHeight / 2,
  );

  const mapTop = IMAGE_LAYOUT.titleHeight;
  context.drawImage(map.image, 0, mapTop, map.cssWidth, map.cssHeight);
  drawLegend(context, input, mapTop);
  drawScaleBar(context, input, mapTop + map.cssHeight);
  drawFooter(context, input, mapTop + map.cssHeight);
  return canvas;
}
