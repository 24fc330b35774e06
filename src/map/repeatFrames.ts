// Two frames MapLibre 6.17 draws twice, drawn once. Each repeats the frame before it, pixel for pixel, and
// with software WebGL at 100,000 features a frame costs 100-200 ms: before this, a date range change drew
// two frames where one shows it, and every tile with labels cost a second frame before `idle`.
//
// - Placement. With `fadeDuration: 0` (initialView.ts) MapLibre places every symbol in full on each frame.
//   When a frame brings new symbol buckets (a tile back from its workers), it still marks the placement it
//   has just committed as stale: a guard for a placement spread over several frames, which may have placed
//   a bucket before it changed. A full placement never is, so the mark only asks for the same placement
//   and the same frame again.
// - Style. A frame that applies style changes (a filter, a visibility, a global-state value) ends its style
//   pass with a `data` event, and the map answers every such event by asking for another style pass and
//   another frame. Unless a listener changed the style (or the zoom) meanwhile, that pass finds nothing to
//   do. Sources and feature state are brought up to date later in the same frame, so listeners' requests
//   for them are drawn by it.
//
// Measured trade (README, 3 December, evening): the first idle and a range change come sooner, while the
// slowest frames of a pan grow by about a tenth, on a bare MapLibre page as well; why is not known.
//
// Both lean on MapLibre internals (typed below); tests/unit/repeatFrames.test.ts covers the logic, and
// tests/e2e/corpus.spec.ts checks against MapLibre itself that a range change draws one frame.
import type { Map as MaplibreMap } from 'maplibre-gl';

type UpdatePlacement = (
  transform: unknown,
  showCollisionBoxes: boolean,
  fadeDuration: number,
  crossSourceCollisions: boolean,
  forceFullPlacement?: boolean,
) => boolean;

/** The parts of MapLibre's Style this relies on. */
export type FrameStyle = {
  _changed: boolean;
  update(parameters: unknown): void;
  _updatePlacement: UpdatePlacement;
  placement?: { stale: boolean };
  pauseablePlacement?: { isDone(): boolean };
};

/** The parts of MapLibre's Map this relies on. */
export type FrameMap = {
  style: FrameStyle;
  _update(updateStyle?: boolean): unknown;
  _sourcesDirty: boolean;
  getZoom(): number;
};

function placeOnce(style: FrameStyle): void {
  const place = style._updatePlacement.bind(style);
  style._updatePlacement = (transform, showCollisionBoxes, fadeDuration, crossSourceCollisions, force) => {
    const anotherFrame = place(transform, showCollisionBoxes, fadeDuration, crossSourceCollisions, force);
    // A placement with no fade has no transitions, so once a full one is done only the stale mark can ask.
    if (!anotherFrame || fadeDuration !== 0 || !style.placement || !style.pauseablePlacement?.isDone())
      return anotherFrame;
    style.placement.stale = false;
    return false;
  };
}

function styleOnce(map: FrameMap, style: FrameStyle): void {
  const update = style.update.bind(style);
  style.update = (parameters) => {
    if (!style._changed) {
      update(parameters);
      return;
    }
    const zoom = map.getZoom();
    const askedFor = { style: 0, sources: 0 };
    const ownUpdate = map._update;
    map._update = (updateStyle) => {
      askedFor[updateStyle ? 'style' : 'sources'] += 1;
      return map;
    };
    try {
      update(parameters);
    } finally {
      map._update = ownUpdate;
    }
    // The map's own answer to the pass's `data` event is one ask for a style pass; any more is a listener's.
    if (askedFor.style > 1 || style._changed || map.getZoom() !== zoom) ownUpdate.call(map, true);
    else if (askedFor.style + askedFor.sources > 0) map._sourcesDirty = true;
  };
}

/** Once per map, right after it is made: the style object lives as long as the map (no setStyle here). */
export function drawRepeatFramesOnce(map: MaplibreMap): void {
  const frameMap = map as unknown as Partial<FrameMap>;
  const style = frameMap.style as Partial<FrameStyle> | undefined;
  // A MapLibre whose internals differ from 6.17's draws its repeats: a frame more, never a wrong one.
  if (typeof style?._updatePlacement === 'function') placeOnce(style as FrameStyle);
  if (typeof style?.update === 'function' && typeof frameMap._update === 'function')
    styleOnce(frameMap as FrameMap, style as FrameStyle);
}
