// Setting a global-state value that a source's layers lay out with (a filter, a layout property), with one
// reload of the source and no frame before it.
//
// MapLibre 6.17 reloads such a source at once (Style._applyGlobalStateChanges). Where a data-driven paint
// property reads the value too (the range, for the severity colour), it reloads it twice: at once, because a
// filter reads it, and again at the next frame, because the paint property marks its layer for a new layout
// (`_updatedSources`). The first reload already lays the tiles out with the new value (the workers are sent
// it before the reload), so the second lays out the same tiles again: at 100,000 features, a second wave of
// worker work and another frame or two.
//
// Nor does it draw a frame at once, as `Map.setGlobalStateProperty` does: that frame would draw the old
// tiles again (they stay until their new layout arrives) and, with software WebGL at 100,000 features, keep
// the main thread 150-250 ms from answering the workers' requests for glyphs and icons, which the new layout
// waits for. The map draws when the reloaded tiles arrive, or at once if there is nothing to reload. Tested
// in tests/unit/globalState.test.ts and, against MapLibre itself, in tests/e2e/corpus.spec.ts.
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Sets `name` to `value`; `reloadedAtOnce` are the sources some of whose layers' filters or layout
 * properties read `name`, which MapLibre reloads in the call itself. A reload asked for them by the call is
 * dropped; one asked for before it (a filter set in the same frame) is kept.
 */
export function setGlobalStateOnce(
  map: MaplibreMap,
  name: string,
  value: unknown,
  reloadedAtOnce: readonly string[],
): void {
  const pending = map.style._updatedSources as Record<string, unknown> | undefined;
  // A MapLibre whose internals differ from 6.17's gets the public call: a reload more, but the value set.
  if (
    typeof pending !== 'object' ||
    pending === null ||
    typeof map.style.setGlobalStateProperty !== 'function'
  ) {
    map.setGlobalStateProperty(name, value);
    return;
  }
  const askedBefore = new Set(reloadedAtOnce.filter((id) => pending[id] !== undefined));
  map.style.setGlobalStateProperty(name, value);
  // What `Map.setGlobalStateProperty` does besides: the next frame brings the style up to date.
  map._styleDirty = true;
  for (const id of reloadedAtOnce)
    if (!askedBefore.has(id) && map.style._updatedSources[id] === 'reload')
      delete map.style._updatedSources[id];
  const reloading = reloadedAtOnce.some((id) => map.getSource(id) && !map.isSourceLoaded(id));
  if (!reloading) map.triggerRepaint();
}
