// A source laid out again (a new date range or language) is drawn once, when all its tiles are back.
//
// MapLibre draws a frame at each tile that comes back from its workers, and keeps the old layout of the
// others meanwhile. So for a while the map mixes the old range with the new, tile by tile, and with software
// WebGL each such frame costs 90-170 ms at 100,000 features: a range change drew three or four frames before
// it was done. Frames asked for while the tiles are out wait, and one frame draws them all. A camera move,
// or a hold longer than `maxHoldMs` (a tile that never comes back), lets frames through again at once.
// Tested in tests/unit/reloadFrames.test.ts and, against MapLibre itself, in tests/e2e/corpus.spec.ts.
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Longer than a reload takes at 100,000 features on the slowest machine measured (about 0.5 s). */
export const MAX_HOLD_MS = 1500;

export class ReloadFrames {
  private holding: { sources: readonly string[]; timer: ReturnType<typeof setTimeout> } | null = null;
  private readonly draw: () => void;

  constructor(
    private readonly map: MaplibreMap,
    private readonly maxHoldMs = MAX_HOLD_MS,
  ) {
    this.draw = map.triggerRepaint.bind(map);
    // MapLibre asks for its own frames through this method too, so they wait as well.
    map.triggerRepaint = () => {
      if (!this.holding) this.draw();
    };
    map.on('sourcedata', (event) => {
      if (this.holding?.sources.includes(event.sourceId) && this.allLoaded(this.holding.sources))
        this.release();
    });
    map.on('movestart', () => this.release());
  }

  get isHolding(): boolean {
    return this.holding !== null;
  }

  /** Frames wait until every one of `sources` has its tiles back; nothing waits if they already have. */
  holdUntilLoaded(sources: readonly string[]): void {
    const present = sources.filter((id) => this.map.getSource(id) !== undefined);
    if (this.allLoaded(present)) return;
    if (this.holding) clearTimeout(this.holding.timer);
    const waiting = [...new Set([...(this.holding?.sources ?? []), ...present])];
    this.holding = { sources: waiting, timer: setTimeout(() => this.release(), this.maxHoldMs) };
  }

  private allLoaded(sources: readonly string[]): boolean {
    return sources.every((id) => this.map.getSource(id) === undefined || this.map.isSourceLoaded(id));
  }

  /** Lets frames through again, and draws one: what was asked for meanwhile, and the reloaded tiles. */
  private release(): void {
    if (!this.holding) return;
    clearTimeout(this.holding.timer);
    this.holding = null;
    this.draw();
  }
}
