// The single source of truth in the browser, in small slices. The map and the URL are projections of it.
import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { ALL_SEVERITIES } from '../data/severity';
import type { PassageRef } from '../data/atlasIndex';
import { ALL_DATES, type DateRange } from '../data/dateRange';
import type { LoadProblem } from '../data/loadProblem';
import type { Atlas } from '../data/schema';
import type { Language } from '../i18n/language';
import type { Camera, LngLatBounds } from './camera';

export type { Camera, LngLatBounds };

/** What the map can currently do; panels read it to show a message instead of a blank area. */
export type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'no-webgl'; detail: string }
  | { kind: 'context-lost' }
  /** The style or one of the basemap's sources failed: the map cannot show what it should. */
  | { kind: 'error'; failed: 'style' | 'basemap'; detail: string };

export type DataStatus =
  { kind: 'loading' } | { kind: 'ready'; atlas: Atlas } | { kind: 'error'; problem: LoadProblem };

/** A camera move asked for by the app (not by the user dragging); `seq` makes repeated requests distinct. */
export type CameraRequest =
  { seq: number; kind: 'fit'; bounds: LngLatBounds } | { seq: number; kind: 'jump'; view: Camera };

/** A notice may offer one action, such as retrying what failed. */
export type NoticeAction = { label: string; run: () => void };
export type Notice = { id: number; message: string; action?: NoticeAction };

type ViewSlice = {
  /** Where the map rests: written by the map when a move ends, and by nothing else. */
  view: Camera | null;
  /** A move the app asks the map for: a request, not a second writer of `view`. */
  cameraRequest: CameraRequest | null;
  /**
   * Where the map is on its way to while it carries out a request (null when it is not moving to one):
   * written by the map, so that a link made mid-flight carries the view the reader is about to see.
   */
  cameraTarget: Camera | null;
  /** The named region the view was last fitted to, kept in links until another is chosen. */
  regionId: string | null;
  setRegion: (id: string | null, bounds: LngLatBounds | null) => void;
  commitView: (view: Camera) => void;
  setCameraTarget: (target: Camera | null) => void;
  fitBounds: (bounds: LngLatBounds) => void;
  jumpTo: (view: Camera) => void;
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

type SelectionSlice = {
  selectedId: string | null;
  /**
   * Every feature under the pointer at the click that chose the selection, topmost first; the details
   * offer the others as "Also here". Kept while the reader moves between them.
   */
  featuresUnderPointer: readonly string[];
  hoveredId: string | null;
  /** Where the user clicked empty map, for the 'What's here' panel. */
  whatsHereAt: [number, number] | null;
  /** `underPointer`: the features a map click hit, when the selection comes from one. */
  selectFeature: (id: string | null, underPointer?: readonly string[]) => void;
  setHovered: (id: string | null) => void;
  showWhatsHere: (lngLat: [number, number] | null) => void;
  clearSelection: () => void;
};

type ArticleSlice = {
  /** The article open in the article panel; null = the newest. */
  openArticleId: string | null;
  /** The passage the reader is on: its features are highlighted. Always in the open article. */
  activePassage: PassageRef | null;
  openArticle: (articleId: string | null) => void;
  focusPassage: (passage: PassageRef | null) => void;
};

export type { DateRange };

type SearchSlice = {
  /** What the reader typed to find features by name ('' = the whole list). */
  featureQuery: string;
  setFeatureQuery: (query: string) => void;
};

type TimeSlice = {
  dateRange: DateRange;
  setDateRange: (range: DateRange) => void;
};

type NoticesSlice = {
  notices: Notice[];
  addNotice: (message: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
};

/** A camera move as a link or an action describes it, before it becomes a numbered request. */
export type CameraMove = { kind: 'fit'; bounds: LngLatBounds } | { kind: 'jump'; view: Camera };

/** What reading a link sets: every part is optional, since a link sets only what it carries. */
export type LinkUpdate = {
  language?: Language;
  visibleLayers?: Record<LayerId, boolean>;
  regionId?: string | null;
  selectedId?: string | null;
  openArticleId?: string | null;
  activePassage?: PassageRef | null;
  /** A link followed closes What's here: the panel is not part of any link, and answered another view. */
  whatsHereAt?: null;
  dateRange?: DateRange;
  featureQuery?: string;
  embedded?: boolean;
  editing?: boolean;
  camera?: CameraMove;
};

type EditorSlice = {
  /** The editor is open (the link's `edit=1`); its code loads only then. */
  editing: boolean;
  setEditing: (editing: boolean) => void;
};

type LinkSlice = {
  /** The map-only layout for iframes (`embed=1`), kept in the URL the embedded page writes. */
  embedded: boolean;
  /** Sets what a link carries in one update, so that nothing sees the link half-applied. */
  applyLink: (update: LinkUpdate) => void;
};

export type AtlasState = ViewSlice &
  LinkSlice &
  EditorSlice &
  LanguageSlice &
  MapStatusSlice &
  DataSlice &
  LayersSlice &
  SelectionSlice &
  ArticleSlice &
  TimeSlice &
  SearchSlice &
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
  cameraTarget: null,
  regionId: null,
  setRegion: (regionId, bounds) =>
    set(bounds ? { regionId, cameraRequest: { seq: nextSeq(), kind: 'fit', bounds } } : { regionId }),
  commitView: (view) => set({ view, cameraTarget: null }),
  setCameraTarget: (cameraTarget) => set({ cameraTarget }),
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
  minSeverity: ALL_SEVERITIES,
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
  featuresUnderPointer: [],
  hoveredId: null,
  whatsHereAt: null,
  selectFeature: (selectedId, underPointer) =>
    set((state) => ({
      selectedId,
      featuresUnderPointer:
        underPointer ??
        (selectedId !== null && state.featuresUnderPointer.includes(selectedId)
          ? state.featuresUnderPointer
          : []),
      whatsHereAt: null,
    })),
  setHovered: (hoveredId) => set({ hoveredId }),
  showWhatsHere: (whatsHereAt) => set({ whatsHereAt, selectedId: null, featuresUnderPointer: [] }),
  clearSelection: () =>
    set({ selectedId: null, featuresUnderPointer: [], whatsHereAt: null, activePassage: null }),

  openArticleId: null,
  activePassage: null,
  openArticle: (openArticleId) =>
    set((state) => ({
      openArticleId,
      activePassage: state.activePassage?.article === openArticleId ? state.activePassage : null,
    })),
  focusPassage: (activePassage) =>
    set(activePassage ? { activePassage, openArticleId: activePassage.article } : { activePassage }),

  dateRange: ALL_DATES,
  setDateRange: (dateRange) => set({ dateRange }),

  featureQuery: '',
  setFeatureQuery: (featureQuery) => set({ featureQuery }),

  embedded: false,
  editing: false,
  setEditing: (editing) => set({ editing }),

  applyLink: ({ camera, ...update }) =>
    set((state) => ({
      ...update,
      ...(camera ? { cameraRequest: { seq: nextSeq(), ...camera } } : {}),
      ...(update.selectedId !== undefined && update.selectedId !== state.selectedId
        ? { featuresUnderPointer: [], whatsHereAt: null }
        : {}),
    })),

  notices: [],
  addNotice: (message, action) =>
    set((state) => {
      // The same message twice (say, a layer failing again on retry) is shown once.
      if (state.notices.some((notice) => notice.message === message)) return state;
      return { notices: [...state.notices, { id: nextSeq(), message, ...(action ? { action } : {}) }] };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
