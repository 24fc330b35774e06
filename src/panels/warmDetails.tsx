// The first click of a visit used to take two or three times as long as the next ones (20–25 ms against
// 6–10): its details were the first render of their components, so the browser compiled their code and React
// created their kind of tree for the first time inside the click. Rendering one feature's details once while
// the page is idle, hidden and off the page, moves that first time out of the click.
import { Activity, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { FeatureDetails } from './FeatureDetails';
import type { Atlas } from '../data/schema';
import { useAtlas } from './useAtlas';
import { useAtlasStore } from '../state/store';

/** Long enough for a hidden render at idle priority on a slow phone; then the root is let go regardless. */
const GIVE_UP_MS = 10_000;
/** When the browser never reports an idle period, the warm-up starts after this anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Renders the details of `ids` in a hidden Activity, in a root that is never on the page, and unmounts it once
 * React has drawn them. A hidden Activity runs no effects, so nothing is fetched, focused or scrolled.
 * Returns a function that stops it early.
 */
export function warmFeatureDetails(ids: readonly string[]): () => void {
  const container = document.createElement('div');
  const root = createRoot(container);
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    clearTimeout(giveUp);
    // Never inside another root's commit (a selection that cancels the warm-up stops it from an effect).
    setTimeout(() => root.unmount(), 0);
  };
  // React adds the hidden tree's nodes in one commit: it is over once they are there.
  const observer = new MutationObserver(finish);
  observer.observe(container, { childList: true });
  const giveUp = setTimeout(finish, GIVE_UP_MS);
  root.render(
    <Activity mode="hidden">
      {ids.map((id) => (
        <FeatureDetails key={id} id={id} />
      ))}
    </Activity>,
  );
  return finish;
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, IDLE_TIMEOUT_MS);
  return () => clearTimeout(handle);
}

let warmed = false;

/** The first feature of each layer: a route, a zone and a site each show facts the others do not. */
export function oneFeaturePerLayer(atlas: Atlas): string[] {
  const byLayer = new Map<string, string>();
  for (const { properties } of atlas.features)
    if (!byLayer.has(properties.layer)) byLayer.set(properties.layer, properties.id);
  return [...byLayer.values()];
}

/**
 * Once per page, when the atlas is loaded, the map has drawn its first view and nothing has been selected
 * yet, warms the details with one feature of each layer. A page opened on a selection has drawn details
 * already and needs none. It waits for the map so that it never competes with the first view (idle periods
 * come between the map's loading frames); 15 alternating pairs measured no difference in time to idle.
 */
export function useWarmDetails(): void {
  const atlas = useAtlas();
  const nothingSelected = useAtlasStore((state) => state.selectedId === null);
  const mapLoading = useAtlasStore((state) => state.mapStatus.kind === 'loading');
  useEffect(() => {
    if (warmed || atlas === null || mapLoading) return;
    if (!nothingSelected) {
      warmed = true;
      return;
    }
    let stop: (() => void) | undefined;
    const cancelIdle = whenIdle(() => {
      warmed = true;
      stop = warmFeatureDetails(oneFeaturePerLayer(atlas));
    });
    return () => {
      cancelIdle();
      stop?.();
    };
  }, [atlas, nothingSelected, mapLoading]);
}

/** For tests: lets the next page (a fresh test) warm again. */
export function forgetWarmDetails(): void {
  warmed = false;
}
