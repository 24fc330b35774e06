// The single source of truth in the browser, in small slices. The map and the URL are projections of it.
import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import type { Atlas } from '../data/schema';
import type { Language } from '../i18n/dictionaries';

export type MapView = { zoom: number; lat: number; lng: number; bearing: number; pitch: number };
export type LngLatBounds = [west: number, south: number, east: number, north: number];

/** What the map can currently do; panels read it to show a message instead of a blank area. */
export type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'no-webgl'; detail: string }
  | { kind: 'context-lost' }
  | { kind: 'error'; detail: string };

export type DataStatus =
  { kind: 'loading' } | { kind: 'ready'; atlas: Atlas } | { kind: 'error'; message: string };

/** A camera move asked for by the app (not by the user dragging); `seq` makes repeated requests distinct. */
export type CameraRequest =
  { seq: number; kind: 'fit'; bounds: LngLatBounds } | { seq: number; kind: 'jump'; view: MapView };

/** A notice may offer one action, such as retrying what failed. */
export type NoticeAction = { label: string; run: () => void };
export type Notice = { id: number; message: string; action?: NoticeAction };

type ViewSlice = {
  view: MapView | null;
  cameraRequest: CameraRequest | null;
  /** The named region the view was last fitted to, kept in links until another is chosen. */
  regionId: string | null;
  setRegion: (id: string | null, bounds: LngLatBounds | null) => void;
  commitView: (view: MapView) => void;
  fitBounds: (bounds: LngLatBounds) => void;
  jumpTo: (view: MapView) => void;
};

type LanguageSlice = { language: Language; setLanguage: (language: Language) => void };

type MapStatusSlice = {
  mapStatus: MapStatus;
  setMapStatus: (status: MapStatus) => void;
  /** Bumped while the map loads and is still making progress (tiles arriving, frames drawn). */
  mapLoadActivity: number;
  reportMapLoadActivity: () => void;
};

type DataSlice = { data: DataStatus; setData: (data: DataStatus) => void };

type LayersSlice = {
  visibleLayers: Record<LayerId, boolean>;
  minSeverity: number;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  setAllLayersVisible: (visible: boolean) => void;
  setVisibleLayers: (layers: readonly LayerId[]) => void;
  setMinSeverity: (severity: number) => void;
};

/** Features under the pointer when a click hit more than one; the user picks from this list. */
export type PickCandidates = { ids: string[]; lngLat: [number, number] };

type SelectionSlice = {
  selectedId: string | null;
  hoveredId: string | null;
  pickCandidates: PickCandidates | null;
  /** Where the user clicked empty map, for the 'What's here' panel. */
  whatsHereAt: [number, number] | null;
  selectFeature: (id: string | null) => void;
  setHovered: (id: string | null) => void;
  offerPick: (candidates: PickCandidates | null) => void;
  showWhatsHere: (lngLat: [number, number] | null) => void;
  clearSelection: () => void;
};

type ArticleSlice = {
  activePassageId: string | null;
  focusPassage: (id: string | null) => void;
};

type NoticesSlice = {
  notices: Notice[];
  addNotice: (message: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
};

export type AtlasState = ViewSlice &
  LanguageSlice &
  MapStatusSlice &
  DataSlice &
  LayersSlice &
  SelectionSlice &
  ArticleSlice &
  NoticesSlice;

export const ALL_LAYERS_VISIBLE = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<
  LayerId,
  boolean
>;

let sequence = 0;
const nextSeq = () => (sequence += 1);

export const useAtlasStore = create<AtlasState>()((set) => ({
  view: null,
  cameraRequest: null,
  regionId: null,
  setRegion: (regionId, bounds) =>
    set(bounds ? { regionId, cameraRequest: { seq: nextSeq(), kind: 'fit', bounds } } : { regionId }),
  commitView: (view) => set({ view }),
  fitBounds: (bounds) => set({ cameraRequest: { seq: nextSeq(), kind: 'fit', bounds } }),
  jumpTo: (view) => set({ cameraRequest: { seq: nextSeq(), kind: 'jump', view } }),

  language: 'en',
  setLanguage: (language) => set({ language }),

  mapStatus: { kind: 'loading' },
  setMapStatus: (mapStatus) => set({ mapStatus }),
  mapLoadActivity: 0,
  reportMapLoadActivity: () => set((state) => ({ mapLoadActivity: state.mapLoadActivity + 1 })),

  data: { kind: 'loading' },
  setData: (data) => set({ data }),

  visibleLayers: ALL_LAYERS_VISIBLE,
  minSeverity: 1,
  setLayerVisible: (layer, visible) =>
    set((state) => ({ visibleLayers: { ...state.visibleLayers, [layer]: visible } })),
  setAllLayersVisible: (visible) =>
    set({
      visibleLayers: Object.fromEntries(LAYER_IDS.map((id) => [id, visible])) as Record<LayerId, boolean>,
    }),
  setVisibleLayers: (layers) =>
    set({
      visibleLayers: Object.fromEntries(LAYER_IDS.map((id) => [id, layers.includes(id)])) as Record<
        LayerId,
        boolean
      >,
    }),
  setMinSeverity: (minSeverity) => set({ minSeverity }),

  selectedId: null,
  hoveredId: null,
  pickCandidates: null,
  whatsHereAt: null,
  selectFeature: (selectedId) => set({ selectedId, pickCandidates: null, whatsHereAt: null }),
  setHovered: (hoveredId) => set({ hoveredId }),
  offerPick: (pickCandidates) => set({ pickCandidates, whatsHereAt: null }),
  showWhatsHere: (whatsHereAt) => set({ whatsHereAt, selectedId: null, pickCandidates: null }),
  clearSelection: () =>
    set({ selectedId: null, pickCandidates: null, whatsHereAt: null, activePassageId: null }),

  activePassageId: null,
  focusPassage: (activePassageId) => set({ activePassageId }),

  notices: [],
  addNotice: (message, action) =>
    set((state) => {
      // The same message twice (say, a layer failing again on retry) is shown once.
      if (state.notices.some((notice) => notice.message === message)) return state;
      return { notices: [...state.notices, { id: nextSeq(), message, ...(action ? { action } : {}) }] };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
