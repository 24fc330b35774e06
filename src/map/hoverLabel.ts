// The name shown beside the pointer over a feature. A plain element over the map rather than MapLibre's
// Popup: the label never follows a moving map (hovering stops while the map moves), so the Popup's
// anchoring machinery would be 2 KB of gzip for nothing.

/** Gap between the pointer and the label, in CSS pixels. */
export const LABEL_OFFSET = 12;
/** Nearer the top edge than this, the label goes below the pointer instead of above it. */
const ROOM_ABOVE = 40;
const EDGE_MARGIN = 4;

export type LabelPlacement = { left: number; top: number; below: boolean };

/**
 * Where the label's centre goes for a pointer at `point` in a `mapWidth` wide map: above the pointer,
 * below it near the top edge, and pulled in from the side edges so it is never cut off.
 */
export function placeLabel(
  point: { x: number; y: number },
  labelWidth: number,
  mapWidth: number,
): LabelPlacement {
  const half = labelWidth / 2 + EDGE_MARGIN;
  const left = half * 2 >= mapWidth ? mapWidth / 2 : Math.min(Math.max(point.x, half), mapWidth - half);
  const below = point.y < ROOM_ABOVE;
  return { left, top: below ? point.y + LABEL_OFFSET : point.y - LABEL_OFFSET, below };
}

export class HoverLabel {
  private readonly element = document.createElement('div');
  /** The label's width for its current text: measured once per name, not on every pointer move. */
  private width = 0;

  constructor(private readonly host: HTMLElement) {
    this.element.className = 'map-tooltip';
    // The same name is in the feature list and the details: a screen reader gains nothing from it here.
    this.element.setAttribute('aria-hidden', 'true');
  }

  get shown(): boolean {
    return this.element.parentNode !== null;
  }

  show(point: { x: number; y: number }, text: string): void {
    const { element } = this;
    if (!this.shown) this.host.append(element);
    if (element.textContent !== text) {
      element.textContent = text;
      // Measured at the left edge, where it has the whole map's width to take: its natural width.
      element.style.left = '0px';
      this.width = element.offsetWidth;
    }
    const placement = placeLabel(point, this.width, this.host.clientWidth);
    element.style.left = `${placement.left}px`;
    element.style.top = `${placement.top}px`;
    element.classList.toggle('map-tooltip-below', placement.below);
  }

  hide(): void {
    this.element.remove();
  }
}
