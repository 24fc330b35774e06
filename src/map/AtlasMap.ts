// The one owner of the MapLibre instance: created once, driven by the store, reporting back to it.
import {
  AttributionControl,
  type ErrorEvent,
  type GeoJSONSource,
  FullscreenControl,
  Map as MaplibreMap,
  NavigationControl,
  ScaleControl,
  type Source,
  type VectorTileSource,
} from 'maplibre-gl';
import { DATA_FOLDER } from '../data/dataLocation';
import { translate } from '../i18n/dictionaries';
import type { ArticleSummary } from '../data/schema';
import type { Language } from '../i18n/language';
import { useAtlasStore, type AtlasState } from '../state/store';
import { buildAtlasStyle } from './atlasStyle';
import { mapCredits } from './attribution';
import { maplibreLocale } from './controlStrings';
import { INITIAL_BOUNDS, MAP_LIMITS } from './initialView';
import { setMapInstance } from './mapInstance';
import { buildOverlaySources } from './overlaySources';
import { bindInteraction } from './interaction';
import { classifyMapFailure, sourceFailureMessage } from './mapFailure';
import { setUpMaplibreWorkers } from './maplibreWorkers';
import { keepMapInPrint } from './printSnapshot';
import { ReloadFrames } from './reloadFrames';
import { drawRepeatFramesOnce } from './repeatFrames';
import { drawFirstViewWhole } from './firstViewWhole';
import { provideStyleImages } from './styleImages';
import { FIT_OPTIONS, MapSync } from './sync';
import { openArchive } from './tileArchives';
import { archiveUrlOf } from './tileSources';

setUpMaplibreWorkers();

export const MAP_IDLE_MARK = 'map:idle';
const LOAD_ACTIVITY_INTERVAL_MS = 1000;

/** An error's message, short enough for a notice. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

declare global {
  interface Window {
    /** Stable handle for tests, benchmarks and power users in the console. */
    riskAtlas?: { map: MaplibreMap };
  }
}

type Store = typeof useAtlasStore;

const MAX_PIXEL_RATIO = 2;

export class AtlasMap {
  readonly map: MaplibreMap;

  constructor(container: HTMLElement, store: Store = useAtlasStore) {
    const state = store.getState();
    // A link's view (or region) is a camera request made before the map existed: the map starts there.
    const initial = state.cameraRequest;
    this.map = new MaplibreMap({
      container,
      style: buildAtlasStyle({
        baseUrl: document.baseURI,
        language: state.language,
        visibleLayers: state.visibleLayers,
        minSeverity: state.minSeverity,
        dateRange: state.dateRange,
        dataFolder: DATA_FOLDER,
      }),
      ...(initial?.kind === 'jump'
        ? {
            center: [initial.view.lng, initial.view.lat] as [number, number],
            zoom: initial.view.zoom,
            bearing: initial.view.bearing,
            pitch: initial.view.pitch,
          }
        : initial?.kind === 'fit'
          ? { bounds: initial.bounds, fitBoundsOptions: FIT_OPTIONS }
          : { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      ...MAP_LIMITS,
      // Beyond 2 device pixels per CSS pixel a map looks no sharper, and each frame costs the square.
      pixelRatio: Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO),
      // The style is built by code and validated by the unit tests in every state it can take
      // (tests/unit/atlasStyleValid.test.ts); validating it again here cost ~50 ms of the first second.
      validateStyle: false,
      locale: maplibreLocale(state.language),
    });
    this.map.touchZoomRotate.disableRotation();
    drawRepeatFramesOnce(this.map);
    drawFirstViewWhole(this.map);
    this.addControls(state.language);
    this.creditCorpus(store);
    this.speakReadersLanguage(store);
    provideStyleImages(this.map);
    keepMapInPrint(this.map);
    this.reportToStore(store);
    // The map lives as long as the page, and so do its bindings to the store.
    bindInteraction(this.map, store);
    new MapSync(this.map, store, initial?.seq ?? null, new ReloadFrames(this.map)).start();
    window.riskAtlas = { map: this.map };
    setMapInstance({ map: this.map, buildOverlaySources });
  }

  private attribution: AttributionControl | null = null;
  /** What the credits are written from: the language, and the corpus's articles once they have loaded. */
  private credits: { language: Language; articles: readonly ArticleSummary[] | null } = {
    language: 'en',
    articles: null,
  };
  private viewControls: Array<NavigationControl | FullscreenControl | ScaleControl> = [];

  private addControls(language: Language): void {
    this.addViewControls();
    this.showCredits({ language, articles: null });
  }

  private addViewControls(): void {
    for (const control of this.viewControls) this.map.removeControl(control);
    const navigation = new NavigationControl({ showCompass: false });
    const fullscreen = new FullscreenControl();
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    this.map.addControl(navigation, 'top-right');
    this.map.addControl(fullscreen, 'top-right');
    this.map.addControl(scale, 'bottom-left');
    this.viewControls = [navigation, fullscreen, scale];
  }

  /**
   * MapLibre's controls, the canvas's label and the credits follow the reader's language
   * (src/map/controlStrings.ts).
   */
  private speakReadersLanguage(store: Store): void {
    store.subscribe((state, previous) => {
      if (state.language === previous.language) return;
      this.map._locale = { ...this.map._locale, ...maplibreLocale(state.language) };
      this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
      this.addViewControls();
      this.showCredits({ ...this.credits, language: state.language });
    });
  }

  /** The credits, with the corpus's outlets once the atlas has loaded (they come from its articles). */
  private showCredits(credits: AtlasMap['credits']): void {
    this.credits = credits;
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({
      compact: true,
      customAttribution: mapCredits(credits.language, credits.articles),
    });
    this.map.addControl(this.attribution, 'bottom-right');
    // Start collapsed so the credits do not cover the scale bar; the (i) button opens them.
    this.map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib')
      ?.classList.remove('maplibregl-compact-show');
  }

  private creditCorpus(store: Store): void {
    const credit = (data: AtlasState['data']) => {
      if (data.kind === 'ready') this.showCredits({ ...this.credits, articles: data.atlas.articles });
    };
    credit(store.getState().data);
    store.subscribe((state, previous) => {
      if (state.data !== previous.data) credit(state.data);
    });
  }

  private reportToStore(store: Store): void {
    const { map } = this;
    // Until the first idle, tell the store the map is still getting somewhere (at most once a
    // second), so work waiting for the map can tell a busy map from a stuck one.
    let lastReport = -Infinity;
    const reportActivity = () => {
      const now = performance.now();
      if (now - lastReport < LOAD_ACTIVITY_INTERVAL_MS) return;
      lastReport = now;
      store.getState().reportMapLoadActivity();
    };
    map.on('data', reportActivity);
    map.on('render', reportActivity);
    map.once('idle', () => {
      map.off('data', reportActivity);
      map.off('render', reportActivity);
      performance.mark(MAP_IDLE_MARK);
      store.getState().setMapStatus({ kind: 'ready' });
    });
    // The camera is committed once a move ends, never per frame.
    const commitView = () => {
      const center = map.getCenter();
      store.getState().commitView({
        zoom: map.getZoom(),
        lat: center.lat,
        lng: center.lng,
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      });
    };
    map.once('load', commitView);
    map.on('moveend', commitView);
    map.on('error', (event) => this.reportDataFailure(store, event));
    map.on('webglcontextlost', () => store.getState().setMapStatus({ kind: 'context-lost' }));
    map.on('webglcontextrestored', () => store.getState().setMapStatus({ kind: 'ready' }));
  }

  /** Tiles that failed to load, per source, so a retry reloads exactly those. */
  private readonly failedTiles = new Map<string, Map<string, TileCoordinates>>();

  /**
   * A failure the map reports: the style failing puts the map in its error state; a data file the map
   * could not load (a GeoJSON file, a tile archive or one of its tiles) is named in a notice with a retry,
   * and the rest of the map keeps working.
   */
  private reportDataFailure(
    store: Store,
    event: ErrorEvent & { sourceId?: string; tile?: FailedTile },
  ): void {
    const sourceId = event.sourceId;
    const source = sourceId ? this.map.getSource(sourceId) : undefined;
    const failed = sourceId && source ? this.failedFile(sourceId, source) : null;
    const failure = classifyMapFailure({
      sourceId,
      file: failed?.file,
      styleLoaded: this.map.isStyleLoaded() === true,
      detail: describeError(event.error),
    });
    const state = store.getState();
    if (failure.kind === 'style') {
      state.setMapStatus({ kind: 'error', failed: 'style', detail: failure.detail });
    } else if (failure.kind === 'source' && sourceId && failed) {
      const tile = event.tile?.tileID.canonical;
      if (tile) {
        const tiles = this.failedTiles.get(sourceId) ?? new Map<string, TileCoordinates>();
        tiles.set(`${tile.z}/${tile.x}/${tile.y}`, { z: tile.z, x: tile.x, y: tile.y });
        this.failedTiles.set(sourceId, tiles);
      }
      const say = (detail: string) =>
        state.addNotice(sourceFailureMessage(state.language, failure.file, detail), {
          label: translate(state.language, 'retry'),
          run: failed.retry,
        });
      // The reasons' words load only when something fails; without them, the detail as it came.
      import('./archiveProblemWords').then(
        (words) => say(words.describeFailureDetail(state.language, failure.detail)),
        () => say(failure.detail),
      );
      return;
    }
    console.error('Map error:', event.error);
  }

  /** The file behind a source that failed, and how to load it again. */
  private failedFile(sourceId: string, source: Source): { file: string; retry: () => void } | null {
    const fileOf = (url: string) => url.split('/').pop() ?? url;
    if (source.type === 'geojson') {
      const url = (source as GeoJSONSource).serialize().data;
      if (typeof url !== 'string') return null;
      return { file: fileOf(url), retry: () => void (source as GeoJSONSource).setData(url) };
    }
    if (source.type !== 'vector') return null;
    const vector = source as VectorTileSource;
    const archive = archiveUrlOf(vector.url);
    if (archive === null) return null;
    const retry = () => {
      // A fresh reader of the archive: the failed one would answer from what it cached of the failure.
      openArchive(archive);
      const tiles = [...(this.failedTiles.get(sourceId)?.values() ?? [])];
      this.failedTiles.delete(sourceId);
      // Tiles that failed are loaded anew by name (a plain source reload leaves errored tiles waiting);
      // an archive whose header failed has no tiles yet and is opened again from its URL.
      if (tiles.length > 0) this.map.refreshTiles(sourceId, tiles);
      else vector.setUrl(vector.url);
    };
    return { file: fileOf(archive), retry };
  }
}

type TileCoordinates = { z: number; x: number; y: number };
type FailedTile = { tileID: { canonical: TileCoordinates } };
