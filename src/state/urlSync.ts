// Keeps the URL hash a projection of the store. Reading a link is a pure function of (the parsed link,
// what is loaded) that returns the state to set (`stateFromLink`); the effects around it are thin: one
// store update per link read, and one writer of the URL, the store's subscriber.
import { getAtlasIndex, type AtlasIndex, type Bounds, type PassageRef } from '../data/atlasIndex';
import type { ArticleSummary } from '../data/schema';
import { findRegion, REGION_IDS } from '../data/regions';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { isLanguageLoaded, loadLanguage } from '../i18n/dictionaries';
import { browserLanguages, preferredLanguage, type Language } from '../i18n/language';
import { afterNextPaint } from './afterNextPaint';
import type * as LinkNotice from './linkNotice';
import type { Camera } from './camera';
import { parseHash, serialiseHash, type HashState, type IgnoredPart, type KnownIds } from './urlHash';
import { useAtlasStore, type AtlasState, type LinkUpdate } from './store';

type Store = typeof useAtlasStore;

/** Which parts of a link to apply: those that need no data, those that do (once it has come), or all. */
export type LinkParts = 'place' | 'ids' | 'all';

/** What the reader chose while the data was loading: a link read then keeps it. */
export type ReaderChoices = { selectedId: string | null; activePassage: PassageRef | null };

const passageIdsOf = (article: ArticleSummary | null | undefined) =>
  new Set(article?.passages.map((passage) => passage.id));

const NO_INDEX_IDS: KnownIds = {
  features: new Set(),
  passages: new Set(),
  regions: REGION_IDS,
  articles: new Map(),
};
/** Per index: every link written is read back against them, and at 100,000 features a copy costs 20 ms. */
const knownIdsByIndex = new WeakMap<AtlasIndex, KnownIds>();

function knownIds(index: AtlasIndex | null): KnownIds {
  if (!index) return NO_INDEX_IDS;
  const known = knownIdsByIndex.get(index) ?? idsOf(index);
  knownIdsByIndex.set(index, known);
  return known;
}

function idsOf(index: AtlasIndex): KnownIds {
  return {
    // Risks without a place can be selected (they open in the details) and so can be linked to.
    features: new Set(index.selectablesById.keys()),
    passages: passageIdsOf(index.firstArticle),
    regions: REGION_IDS,
    articles: new Map([...index.articlesById].map(([id, article]) => [id, passageIdsOf(article)])),
  };
}

function indexOf(state: AtlasState): AtlasIndex | null {
  return state.data.kind === 'ready' ? getAtlasIndex(state.data.atlas) : null;
}

/**
 * The state a link asks for. `index` is what is loaded (null before the atlas); `keepReaders` is set when
 * the link was opened before the data came: a feature or passage the reader picked meanwhile stays, and an
 * empty part of the link clears nothing. Pure: the caller sets what it returns.
 */
export function stateFromLink(
  link: HashState,
  parts: LinkParts,
  context: {
    index: AtlasIndex | null;
    reader: ReaderChoices;
    keepReaders: boolean;
    defaultLanguage: Language;
  },
): LinkUpdate {
  const update: LinkUpdate = context.keepReaders ? {} : { whatsHereAt: null };
  if (parts !== 'ids') {
    update.language = link.lang ?? context.defaultLanguage;
    update.dateRange = { from: link.from, to: link.to };
    update.featureQuery = link.q ?? '';
    update.visibleLayers = layerRecord(link.layers ?? LAYER_IDS);
    const region = link.region ? findRegion(link.region) : undefined;
    update.regionId = link.view ? link.region : (region?.id ?? null);
    update.embedded = link.embed === true;
    update.editing = link.edit;
    if (link.view) update.camera = { kind: 'jump', view: link.view };
    else if (region) update.camera = { kind: 'fit', bounds: region.bbox };
  }
  if (parts !== 'place') {
    const { reader, keepReaders, index } = context;
    const applySel = keepReaders
      ? link.sel !== null && reader.selectedId === null
      : link.sel !== reader.selectedId;
    // Without `a=`, `p=` is a passage of the first article (the only one links could name before `a=`).
    const article = link.a ?? (link.p !== null ? (index?.firstArticle?.id ?? null) : null);
    const passage = link.p !== null && article !== null ? { article, passage: link.p } : null;
    const applyP = keepReaders
      ? passage !== null && reader.activePassage === null
      : !samePassage(passage, reader.activePassage);
    if (applySel) update.selectedId = link.sel;
    if (applyP) update.activePassage = passage;
    if (applyP || !keepReaders || link.a !== null) update.openArticleId = article;
    const bounds: Bounds | undefined = link.sel ? index?.boundsById.get(link.sel) : undefined;
    if (applySel && bounds && !link.view) update.camera = { kind: 'fit', bounds };
  }
  return update;
}

const samePassage = (a: PassageRef | null, b: PassageRef | null) =>
  a === b || (a !== null && b !== null && a.article === b.article && a.passage === b.passage);

function layerRecord(layers: readonly LayerId[]): Record<LayerId, boolean> {
  return Object.fromEntries(LAYER_IDS.map((id) => [id, layers.includes(id)])) as Record<LayerId, boolean>;
}

/**
 * The part of the store a link carries. The language is left out when it is English and so is the
 * reader's own (a link without `lang=` opens in the reader's language). `camera` replaces the resting
 * view, for a link made while the map is on its way somewhere.
 */
export function hashStateOf(
  state: AtlasState,
  defaultLanguage: Language,
  camera: Camera | null = state.view,
): HashState {
  const visible = LAYER_IDS.filter((id) => state.visibleLayers[id]);
  return {
    view: camera,
    layers: visible.length === LAYER_IDS.length ? null : visible,
    sel: state.selectedId,
    a: state.openArticleId,
    p: state.activePassage?.passage ?? null,
    region: state.regionId,
    q: state.featureQuery,
    from: state.dateRange.from,
    to: state.dateRange.to,
    lang: state.language === 'en' && defaultLanguage === 'en' ? null : state.language,
    ...(state.embedded ? { embed: true } : {}),
    edit: state.editing,
  };
}

/**
 * The link to what the reader sees, made from the store at the moment of asking (never read back from the
 * address bar, which is written a frame later): while the map flies to a feature, the view it will rest at.
 * The language is always named, so the link opens the same for a reader whose browser speaks another.
 * It opens the full app, also from inside an embed, unless `embed` asks for the map-only layout.
 */
export function currentLink(
  state: AtlasState,
  location: { origin: string; pathname: string; search: string },
  { embed = false }: { embed?: boolean } = {},
) {
  const hash = serialiseHash({
    ...hashStateOf(state, 'en', state.cameraTarget ?? state.view),
    lang: state.language,
    embed,
  });
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}

const isIdPart = (part: IgnoredPart) => part.key === 'sel' || part.key === 'p' || part.key === 'a';

/**
 * Only the camera or the name search differs: such changes replace the history entry instead of adding one
 * (Back then undoes a step the reader took, not a letter typed).
 */
function onlyViewDiffers(a: HashState, b: HashState): boolean {
  return (
    a.layers?.join() === b.layers?.join() &&
    a.sel === b.sel &&
    a.a === b.a &&
    a.p === b.p &&
    a.region === b.region &&
    a.from === b.from &&
    a.to === b.to &&
    a.lang === b.lang &&
    a.edit === b.edit
  );
}

/** The language a link without `lang=` opens in: the reader's browser's, where the interface has it. */
export function linkDefaultLanguage(): Language {
  return preferredLanguage(browserLanguages());
}

/**
 * `schedule` decides when the reader's changes reach the URL: after the next frame by default, because
 * writing history costs a few milliseconds (about 4 for a new entry on the bench machine) that would
 * otherwise come before the details of a clicked feature are drawn.
 */
export function startUrlSync(
  store: Store = useAtlasStore,
  schedule: (work: () => void) => void = afterNextPaint,
  defaultLanguage: Language = linkDefaultLanguage(),
): () => void {
  /** A link whose feature and passage wait for the data; the URL is not written meanwhile. */
  let pendingLink: string | null = window.location.hash;
  let writeScheduled = false;

  /** The words of link notices, loaded once, the first time a link has something to say. */
  let linkWords: Promise<typeof LinkNotice> | null = null;
  // A failed load (offline) is tried again by the next notice rather than kept.
  const loadLinkWords = () =>
    import('./linkNotice').catch((error: unknown) => {
      linkWords = null;
      throw error;
    });
  /** The notice about the link last read, so that what its ids turn out to lack joins the same notice. */
  let lastLinkNotice: { link: number; ignored: readonly IgnoredPart[]; message: string } | null = null;
  /** Counts the links read whole or in their places: a link's ids belong to the link counted last. */
  let linksRead = 0;

  /**
   * Runs `say` with the link notices' words and the language shown now, once the words have loaded; if they
   * cannot load, the notice is all that is lost. One promise, so calls run in the order made: a link's parts
   * before its ids.
   */
  const withLinkWords = (say: (words: typeof LinkNotice, language: Language) => void) => {
    const { language } = store.getState();
    linkWords ??= loadLinkWords();
    linkWords.then(
      (words) => say(words, language),
      () => {},
    );
  };

  /** What a link got wrong: the ids found unknown once the data came join the notice about its other parts. */
  const reportIgnored = (ignored: readonly IgnoredPart[], parts: LinkParts) => {
    const link = linksRead;
    withLinkWords((words, language) => {
      const state = store.getState();
      const earlier = parts === 'ids' && lastLinkNotice?.link === link ? lastLinkNotice : null;
      const shown = earlier && state.notices.find((notice) => notice.message === earlier.message);
      const all = shown && earlier ? [...earlier.ignored, ...ignored] : ignored;
      const message = words.describeIgnoredParts(language, all);
      if (shown) state.dismissNotice(shown.id);
      state.addNotice(message);
      lastLinkNotice = { link, ignored: all, message };
    });
  };

  /** Applies a link's parts; the one store update it makes is what the subscriber then sees. */
  const readLink = (hash: string, parts: LinkParts, keepReaders: boolean, languageTried = false) => {
    const state = store.getState();
    const index = indexOf(state);
    const { state: link, ignored } = parseHash(hash, knownIds(index));
    // The link is applied as a whole once its language can be shown, so no step of it is drawn
    // half-applied. A language that fails to load is applied anyway (its strings fall back to English).
    const language = link.lang ?? defaultLanguage;
    if (parts !== 'ids' && !isLanguageLoaded(language) && !languageTried) {
      const retry = () => readLink(hash, parts, keepReaders, true);
      loadLanguage(language).then(retry, retry);
      return;
    }
    const reader = { selectedId: state.selectedId, activePassage: state.activePassage };
    state.applyLink(stateFromLink(link, parts, { index, reader, keepReaders, defaultLanguage }));
    const reportable = ignored.filter((part) =>
      parts === 'all' ? true : parts === 'ids' ? isIdPart(part) : !isIdPart(part),
    );
    if (parts !== 'ids') linksRead += 1;
    if (reportable.length > 0) reportIgnored(reportable, parts);
  };

  /** The one writer of the URL: the store's link, as a new entry unless only the camera moved. */
  const writeUrl = (forced?: 'replace') => {
    const state = store.getState();
    const wanted = hashStateOf(state, defaultLanguage);
    const next = serialiseHash(wanted);
    const current = window.location.hash;
    if (next === current || (next === '' && (current === '' || current === '#'))) return;
    const shown = parseHash(current, knownIds(indexOf(state))).state;
    // A link without `lang=` is in the reader's language: naming it changes nothing the reader sees.
    const mode =
      forced ??
      (onlyViewDiffers(
        { ...shown, lang: shown.lang ?? defaultLanguage },
        { ...wanted, lang: wanted.lang ?? defaultLanguage },
      )
        ? 'replace'
        : 'push');
    const url = `${window.location.pathname}${window.location.search}${next}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  function flushWrite(): void {
    if (!writeScheduled) return;
    writeScheduled = false;
    writeUrl();
  }

  // First pass: view, layers, region and language can be applied before any data arrives. The URL is left
  // as it is until the data has come, so a feature or passage in it is not dropped in the meantime.
  readLink(pendingLink, 'place', false);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.data !== previous.data && state.data.kind !== 'loading' && pendingLink !== null) {
      const link = pendingLink;
      pendingLink = null;
      if (state.data.kind === 'ready') {
        // Only the link's feature and passage: whatever the reader changed meanwhile stays.
        readLink(link, 'ids', true);
      } else if (/(^|[#&])(sel|p|a)=/.test(link)) {
        withLinkWords((words, language) => store.getState().addNotice(words.linkDataMissing(language)));
      }
      // The link as read (its unknown parts dropped) replaces the one that was opened; what the reader
      // changed meanwhile beyond the camera (a language, a click) is a step of its own that Back undoes.
      writeUrl();
      return;
    }
    if (pendingLink !== null || writeScheduled) return;
    if (
      serialiseHash(hashStateOf(state, defaultLanguage)) ===
      serialiseHash(hashStateOf(previous, defaultLanguage))
    )
      return;
    writeScheduled = true;
    schedule(flushWrite);
  });

  const onPopState = () => {
    // The entry walked to wins over a change not yet written, which would otherwise land on top of it.
    writeScheduled = false;
    // The store then equals the entry (its unknown parts dropped), so the write that follows at most
    // tidies the entry in place.
    if (store.getState().data.kind === 'ready') {
      readLink(window.location.hash, 'all', false);
      return;
    }
    // Before the data: the newest link is the one whose feature and passage are shown when it comes.
    if (pendingLink !== null) pendingLink = window.location.hash;
    readLink(window.location.hash, 'place', false);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    writeScheduled = false;
    window.removeEventListener('popstate', onPopState);
  };
}
