// Keeps the URL hash a projection of the store: reads links in, writes the current view out, and walks history.
import { getAtlasIndex } from '../data/atlasIndex';
import { findRegion, REGION_IDS } from '../data/regions';
import { LAYER_IDS } from '../data/layerIds';
import { isLanguageLoaded, loadLanguage } from '../i18n/dictionaries';
import { afterNextPaint } from './afterNextPaint';
import { parseHash, serialiseHash, type HashState, type IgnoredPart, type KnownIds } from './urlHash';
import { useAtlasStore, type AtlasState } from './store';

type Store = typeof useAtlasStore;

function knownIds(state: AtlasState): KnownIds {
  if (state.data.kind !== 'ready') return { features: new Set(), passages: new Set(), regions: REGION_IDS };
  const index = getAtlasIndex(state.data.atlas);
  return {
    // Risks without a place can be selected (they open in the details) and so can be linked to.
    features: new Set([...index.featuresById.keys(), ...state.data.atlas.notMapped.map((risk) => risk.id)]),
    passages: new Set(index.passagesById.keys()),
    regions: REGION_IDS,
  };
}

/** The part of the store a link carries. */
export function hashStateOf(state: AtlasState): HashState {
  const visible = LAYER_IDS.filter((id) => state.visibleLayers[id]);
  return {
    view: state.view,
    layers: visible.length === LAYER_IDS.length ? null : visible,
    sel: state.selectedId,
    p: state.activePassageId,
    region: state.regionId,
    lang: state.language === 'en' ? null : state.language,
  };
}

function describeIgnored(ignored: readonly IgnoredPart[]): string {
  const parts = ignored
    .slice(0, 4)
    .map((part) => `${part.key}${part.value ? `=${part.value}` : ''} (${part.reason})`);
  const more = ignored.length > 4 ? ` and ${ignored.length - 4} more` : '';
  return `Parts of the link were ignored: ${parts.join('; ')}${more}.`;
}

/** The parts of a link that need no data: language, layers, region and view. */
function applyPlaceParts(store: Store, parsed: HashState): void {
  const state = store.getState();
  state.setLanguage(parsed.lang ?? 'en');
  state.setVisibleLayers(parsed.layers ?? LAYER_IDS);
  const region = parsed.region ? findRegion(parsed.region) : undefined;
  if (parsed.view) {
    state.setRegion(parsed.region, null);
    if (state.mapStatus.kind === 'loading' && !state.view) state.commitView(parsed.view);
    else state.jumpTo(parsed.view);
  } else if (region) {
    state.setRegion(region.id, region.bbox);
  } else {
    state.setRegion(null, null);
  }
}

/**
 * The parts of a link that can only be judged once the atlas has loaded: the feature and the passage.
 * `keepReaders` (the link was opened before the data came): a feature or passage the reader picked
 * meanwhile stays, and an empty part of the link clears nothing.
 */
function applyIdParts(store: Store, parsed: HashState, keepReaders: boolean): void {
  const state = store.getState();
  const applySel = keepReaders
    ? parsed.sel !== null && state.selectedId === null
    : parsed.sel !== state.selectedId;
  const applyP = keepReaders
    ? parsed.p !== null && state.activePassageId === null
    : parsed.p !== state.activePassageId;
  if (applySel) state.selectFeature(parsed.sel);
  if (applyP) state.focusPassage(parsed.p);
  if (applySel && parsed.sel && !parsed.view) {
    const bounds =
      state.data.kind === 'ready' ? getAtlasIndex(state.data.atlas).boundsById.get(parsed.sel) : undefined;
    if (bounds) state.fitBounds(bounds);
  }
}

const isIdPart = (part: IgnoredPart) => part.key === 'sel' || part.key === 'p';

/** Only the camera changed: such moves replace the history entry instead of adding one. */
function onlyViewDiffers(a: HashState, b: HashState): boolean {
  return (
    a.layers?.join() === b.layers?.join() &&
    a.sel === b.sel &&
    a.p === b.p &&
    a.region === b.region &&
    a.lang === b.lang
  );
}

/**
 * `schedule` decides when the reader's changes reach the URL: after the next frame by default, because
 * writing history costs a few milliseconds (about 4 for a new entry on the bench machine) that would
 * otherwise come before the details of a clicked feature are drawn.
 */
export function startUrlSync(
  store: Store = useAtlasStore,
  schedule: (work: () => void) => void = afterNextPaint,
): () => void {
  let applying = false;
  let pendingLink: string | null = window.location.hash;
  /** The reader's changes not yet written: one write for all of them, a new entry if any needs one. */
  let pendingWrite: 'replace' | 'push' | null = null;

  /**
   * Applies a link: its place parts (`'place'`), its feature and passage (`'ids'`, once the data has come),
   * or both.
   */
  const readLink = (hash: string, parts: 'place' | 'ids' | 'all', write = true, languageTried = false) => {
    const { state, ignored } = parseHash(hash, knownIds(store.getState()));
    // The link is applied as a whole once its language can be shown, so no step of it is written back
    // half-applied. A language that fails to load is applied anyway (its strings fall back to English).
    if (parts !== 'ids' && state.lang && !isLanguageLoaded(state.lang) && !languageTried) {
      const retry = () => readLink(hash, parts, write, true);
      loadLanguage(state.lang).then(retry, retry);
      return;
    }
    applying = true;
    try {
      if (parts !== 'ids') applyPlaceParts(store, state);
      if (parts !== 'place') applyIdParts(store, state, parts === 'ids');
    } finally {
      applying = false;
    }
    const reportable = ignored.filter((part) =>
      parts === 'all' ? true : parts === 'ids' ? isIdPart(part) : !isIdPart(part),
    );
    if (reportable.length > 0) store.getState().addNotice(describeIgnored(reportable));
    if (write) writeHash(store.getState(), 'replace');
  };

  const writeHash = (state: AtlasState, mode: 'replace' | 'push') => {
    const next = serialiseHash(hashStateOf(state));
    const current = window.location.hash;
    if (next === current || (next === '' && current === '')) return;
    const url = `${window.location.pathname}${window.location.search}${next}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  // First pass: view, layers, region and language can be applied before any data arrives. The URL is left
  // as it is until the data has come, so a feature or passage in it is not dropped in the meantime. When
  // the data comes only the link's feature and passage are applied: whatever the reader changed meanwhile
  // (a layer, the view, the language) stays.
  readLink(pendingLink, 'place', false);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.data !== previous.data && state.data.kind !== 'loading' && pendingLink !== null) {
      const link = pendingLink;
      pendingLink = null;
      if (state.data.kind === 'ready') readLink(link, 'ids');
      else if (/(^|[#&])(sel|p)=/.test(link)) {
        state.addNotice(
          'The feature or passage in the link could not be shown because the data did not load.',
        );
      }
      return;
    }
    if (applying || pendingLink !== null) return;
    const before = hashStateOf(previous);
    const after = hashStateOf(state);
    if (serialiseHash(before) === serialiseHash(after)) return;
    const mode = onlyViewDiffers(before, after) ? 'replace' : 'push';
    if (pendingWrite !== null) {
      if (mode === 'push') pendingWrite = 'push';
      return;
    }
    pendingWrite = mode;
    schedule(flushWrite);
  });

  function flushWrite(): void {
    if (pendingWrite === null) return;
    const mode = pendingWrite;
    pendingWrite = null;
    writeHash(store.getState(), mode);
  }

  const onPopState = () => {
    // The entry walked to wins over a change not yet written, which would otherwise land on top of it.
    pendingWrite = null;
    if (store.getState().data.kind === 'ready') {
      readLink(window.location.hash, 'all');
      return;
    }
    // Before the data: the newest link is the one whose feature and passage are shown when it comes.
    if (pendingLink !== null) pendingLink = window.location.hash;
    readLink(window.location.hash, 'place', pendingLink === null);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    pendingWrite = null;
    window.removeEventListener('popstate', onPopState);
  };
}
