// The editor (a lazy chunk, opened by the link's edit=1): drafts drawn on the one map through src/map's
// narrow drawing interface, checked by the shared schema, kept in IndexedDB with their undo history,
// shown on the map, in the list and in the article chips, and written out as corpus files.
import { useEffect, useRef, useState } from 'react';
import * as v from 'valibot';
import { indexedFeature, outlineOf, partProperties } from '../data/atlasFiles';
import { attachDetails, attachGeometry, provideArticleText } from '../data/onDemand';
import { positionsOf } from '../data/positions';
import {
  GeometrySchema,
  type Article,
  type ArticleSummary,
  type Atlas,
  type Geometry,
  type OverlayFeature,
} from '../data/schema';
import { useLanguage } from './useEditorText';
import { openDrawing, type Drawing } from '../map/drawing';
import { useAtlasStore, type AtlasState } from '../state/store';
import { readAuthoredCorpus } from './authoredCorpus';
import { CitePanel } from './CitePanel';
import { filesForDownload, openFiles, type AuthoredCorpus } from './corpusFiles';
import { coverageAtStake, openPassagesOfDrafts } from './draftCoverage';
import { editPublishedFeature } from './editPublished';
import { loadImporter } from './importer';
import { OpenArticlePanel } from './OpenArticlePanel';
import {
  geometryFromPositions,
  newDraft,
  positionsOfGeometry,
  removeDraft,
  setGeometry,
  validateDraft,
  type DrawKind,
  type EditorDoc,
} from './draft';
import { DraftFormView } from './DraftForm';
import { draftsToShow, useArticleDates } from './articleDates';
import { readKeptForm } from './keptForm';
import { NewArticlePanel } from './NewArticlePanel';
import { DraftsCoverageSummary } from './PassageCoverage';
import { loadCountryShapes, withFoundCountries, type CountryShapes } from './countryOfPoint';
import {
  amendPresent,
  canRedoNow,
  canUndoNow,
  cancelDrawing,
  change,
  closeSession,
  openSession,
  redoChange,
  say,
  sessionUnavailable,
  undoChange,
  useEditorStore,
} from './editorStore';
import { readPickedFiles, saveBytes, ZIP_NAME, zipFiles } from './fileTransfer';
import { GAZETTEER } from './places';
import { takeSession, type StartedSession } from './sessionStart';
import { editorText } from './strings';
import { useEditorText } from './useEditorText';
import './editor.css';

const authored: AuthoredCorpus = readAuthoredCorpus();

/**
 * The articles while the atlas data is still on its way: one array, always the same. A selector that made a
 * new empty array on each call would never read the same twice, and React would re-render the editor
 * until it gave up with an error (what happened when edit=1 opened the editor before the data had come).
 */
const NO_ARTICLES: readonly ArticleSummary[] = [];

/** Atlases the editor made (published + drafts): never mistaken for the published one. */
const merged = new WeakSet<Atlas>();

/** The published atlas with the drafts that pass the schema in it, so the list and chips show them. */
function withDrafts(published: Atlas, doc: EditorDoc, drafts: readonly OverlayFeature[]): Atlas {
  const ids = new Set(drafts.map((f) => f.properties.id));
  const articleIds = new Set(doc.articles.map((a) => a.id));
  // New articles' texts are in memory: the panels read them as they read a loaded article file.
  for (const article of doc.articles) provideArticleText(article);
  const atlas: Atlas = {
    ...published,
    articles: [...published.articles.filter((a) => !articleIds.has(a.id)), ...doc.articles.map(outlineOf)],
    // Marked as drafts, so the list and the details say so ("(draft)"), as for the import's drafts.
    features: [
      ...published.features.filter((f) => !ids.has(f.properties.id)),
      // A shape with no position yet has no box to fit the map to: it joins the list once it has one.
      ...drafts.flatMap((f) => {
        if (positionsOf(f.geometry).length === 0) return [];
        const draft = indexedFeature(
          { ...f, properties: { ...f.properties, draft: true as const } },
          'draft',
        );
        attachGeometry(draft, f.geometry);
        attachDetails(draft, partProperties(f.properties).details);
        return [draft];
      }),
    ],
  };
  merged.add(atlas);
  return atlas;
}

/** A file feature's geometry: drawn, or a recipe's point at its places.json place. */
function geometryOfFileFeature(raw: { geometry: unknown; derive?: unknown }): Geometry | null {
  const parsed = v.safeParse(GeometrySchema, raw.geometry);
  if (parsed.success) return parsed.output;
  const derive = raw.derive as { point?: unknown } | undefined;
  const place = typeof derive?.point === 'string' ? GAZETTEER.find((p) => p.id === derive.point) : undefined;
  return place ? { type: 'Point', coordinates: place.at } : null;
}

function useSession(): void {
  useEffect(() => {
    let closed = false;
    let release = () => undefined as void;
    void (async () => {
      // Started by the editor's slot while this code was loading (or now, if it was not).
      let session: StartedSession;
      try {
        session = await takeSession();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        if (!closed)
          sessionUnavailable(editorText(useAtlasStore.getState().language, 'draftsUnavailable', { detail }));
        return;
      }
      const { lock, storage } = session;
      release = lock.release;
      if (closed) return lock.release();
      await openSession(storage, !lock.heldAtOnce);
      if (!lock.heldAtOnce) {
        await lock.held;
        // The other tab has let go: its last saved drafts are the ones to go on from.
        if (!closed) await openSession(storage, false);
      }
    })();
    return () => {
      closed = true;
      release();
      closeSession();
    };
  }, []);
}

function usePublishedAtlas(): Atlas | null {
  const [published, setPublished] = useState<Atlas | null>(null);
  useEffect(() => {
    const take = (data: AtlasState['data']) => {
      if (data.kind === 'ready' && !merged.has(data.atlas)) setPublished(data.atlas);
    };
    take(useAtlasStore.getState().data);
    return useAtlasStore.subscribe((state) => take(state.data));
  }, []);
  return published;
}

/** Drafts into the store (list, chips, details) and onto the map; the published atlas back on close. */
function useDraftsShown(published: Atlas | null, drawing: Drawing | null): void {
  const doc = useEditorStore((state) => state.history.present);
  useEffect(() => {
    if (!published) return;
    const drafts = draftsToShow(doc, published.articles);
    useAtlasStore.getState().setData({ kind: 'ready', atlas: withDrafts(published, doc, drafts) });
    drawing?.showDrafts(drafts);
  }, [doc, published, drawing]);
  useEffect(
    () => () => {
      if (published) useAtlasStore.getState().setData({ kind: 'ready', atlas: published });
    },
    [published],
  );
}

function useDrawing(): Drawing | null {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let alive = true;
    let opened: Drawing | null = null;
    const inProgress = (geometry: Geometry | null) => {
      const current = useEditorStore.getState().drawing;
      if (!current || geometry === null) return;
      const positions = positionsOfGeometry(geometry);
      change(
        (doc) => setGeometry(doc, current.key, geometryFromPositions(current.kind, positions)),
        `draw:${current.key}`,
      );
    };
    void openDrawing({
      progress: inProgress,
      finished: (geometry) => {
        const current = useEditorStore.getState().drawing;
        if (!current) return;
        change((doc) => setGeometry(doc, current.key, geometry), `draw:${current.key}`);
        useEditorStore.setState({ drawing: null });
      },
      edited: (geometry) => {
        const key = useEditorStore.getState().selectedKey;
        if (key !== null) change((doc) => setGeometry(doc, key, geometry), `edit:${key}`);
      },
    }).then((d) => {
      opened = d;
      if (alive) setDrawing(d);
      else d?.destroy();
    });
    return () => {
      alive = false;
      opened?.destroy();
    };
  }, []);
  return drawing;
}

/** The selected draft's geometry on the map with handles, unless it came from the map itself. */
function useSelectedOnMap(drawing: Drawing | null): void {
  const selected = useEditorStore((state) =>
    state.history.present.features.find((f) => f.key === state.selectedKey),
  );
  const isDrawing = useEditorStore((state) => state.drawing !== null);
  const geometry = selected?.geometry ?? null;
  const shown = useRef<Geometry | null | undefined>(undefined);
  useEffect(() => {
    if (!drawing || isDrawing || shown.current === geometry) return;
    shown.current = geometry;
    drawing.edit(geometry);
  }, [drawing, geometry, isDrawing]);
}

/** Each hand-drawn or typed point gets the country it lies in, from the map's borders (loaded once). */
function useFoundCountries(): void {
  const doc = useEditorStore((state) => state.history.present);
  const editing = useEditorStore((state) => state.access === 'editing');
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  const needed = doc.features.some((d) => d.geometry?.type === 'Point' && d.derive === undefined);
  useEffect(() => {
    if (!needed || shapes) return;
    let alive = true;
    useEditorStore.setState({ countryLookup: 'loading' });
    void loadCountryShapes().then((result) => {
      if (!alive) return;
      useEditorStore.setState({ countryLookup: result.ok ? 'ready' : 'failed' });
      if (result.ok) setShapes(result.shapes);
    });
    return () => {
      alive = false;
    };
  }, [needed, shapes]);
  useEffect(() => {
    if (shapes && editing) amendPresent((present) => withFoundCountries(present, shapes));
  }, [doc, shapes, editing]);
}

function useKeys(drawing: Drawing | null): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && useEditorStore.getState().drawing) {
        cancelDrawing();
        drawing?.stop();
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof HTMLElement && event.target.dataset['nativeUndo'] !== undefined) return;
      event.preventDefault();
      if (event.shiftKey) redoChange();
      else undoChange();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawing]);
}

function SaveStatus() {
  const t = useEditorText();
  const language = useLanguage();
  const save = useEditorStore((state) => state.save);
  const opening = useEditorStore((state) => state.access === 'loading');
  const text = opening
    ? t('openingDrafts')
    : save.kind === 'saved'
      ? t('savedAt', {
          time: new Date(save.at).toLocaleTimeString(language, {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          }),
        })
      : save.kind === 'saving'
        ? t('saving')
        : save.kind === 'failed'
          ? t('notSaved', { detail: save.detail })
          : '';
  return (
    <p className="editor-save" role="status">
      {text}
    </p>
  );
}

function Toolbar({ drawing, authored }: { drawing: Drawing | null; authored: AuthoredCorpus }) {
  const t = useEditorText();
  const editing = useEditorStore((state) => state.access === 'editing');
  const undoable = useEditorStore(canUndoNow);
  const redoable = useEditorStore(canRedoNow);
  const fileInput = useRef<HTMLInputElement>(null);

  const draw = (kind: DrawKind) => {
    if (useEditorStore.getState().drawing) {
      cancelDrawing();
      drawing?.stop();
    }
    const before = useEditorStore.getState().history.present;
    const key = `d${before.nextKey}`;
    change((doc) => newDraft(doc, kind));
    useEditorStore.setState({ selectedKey: key, drawing: { kind, key, before } });
    drawing?.start(kind);
    // A finger taps where a mouse clicks, and has no Enter or Escape at hand.
    const touch = typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
    say(t(touch ? 'drawHintTouch' : 'drawHint'));
  };

  const download = async () => {
    const doc = useEditorStore.getState().history.present;
    // Rejections are kept in the articles' proposals files, which list the importer's proposals; the
    // articles the drafts change are checked for passages the corpus check would report.
    const importer = doc.rejected.length > 0 || coverageAtStake(authored, doc) ? await loadImporter() : null;
    const proposalsOf = importer
      ? (article: Article) => importer.module.proposeMentions(importer.index, article)
      : undefined;
    const { files, unfinished } = filesForDownload(authored, doc, proposalsOf);
    const left = unfinished.length > 0 ? ` ${t('unfinished', { ids: unfinished.join(', ') })}` : '';
    if (files.length === 0) return say(`${t('nothingToDownload')}${left}`);
    saveBytes(zipFiles(files), ZIP_NAME, 'application/zip');
    const open = importer ? openPassagesOfDrafts(importer, authored, doc).length : 0;
    const uncovered = open > 0 ? ` ${t('downloadedOpen', { count: open })}` : '';
    say(`${t('downloaded', { count: files.length })}${left}${uncovered}`);
  };

  const open = async (picked: readonly File[]) => {
    const texts = await readPickedFiles(picked);
    let problems: string[] = [];
    let count = 0;
    let takenBack = 0;
    change((doc) => {
      const result = openFiles(authored, doc, texts, geometryOfFileFeature);
      problems = result.problems;
      count = result.read.length;
      takenBack = result.reasonsTakenBack;
      return result.doc;
    });
    const withdrawn = takenBack > 0 ? ` ${t('reasonsTakenBack', { count: takenBack })}` : '';
    say(
      `${t('opened', { count })}${withdrawn}${problems.length > 0 ? ` ${t('fileProblems', { list: problems.join('; ') })}` : ''}`,
    );
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor')}>
      <button type="button" onClick={() => draw('point')} disabled={!editing}>
        {t('point')}
      </button>
      <button type="button" onClick={() => draw('line')} disabled={!editing}>
        {t('line')}
      </button>
      <button type="button" onClick={() => draw('area')} disabled={!editing}>
        {t('area')}
      </button>
      <button type="button" onClick={undoChange} disabled={!undoable} aria-keyshortcuts="Control+Z">
        {t('undo')}
      </button>
      <button type="button" onClick={redoChange} disabled={!redoable} aria-keyshortcuts="Control+Shift+Z">
        {t('redo')}
      </button>
      <button type="button" onClick={() => void download()}>
        {t('downloadChanges')}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()} disabled={!editing}>
        {t('openFiles')}
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".zip,.json,.geojson"
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void open(files);
        }}
      />
    </div>
  );
}

function DraftList() {
  const t = useEditorText();
  const features = useEditorStore((state) => state.history.present.features);
  const selectedKey = useEditorStore((state) => state.selectedKey);
  const editing = useEditorStore((state) => state.access === 'editing');
  const dateOf = useArticleDates();
  return (
    <section className="editor-drafts" aria-labelledby="editor-drafts-title">
      <h3 id="editor-drafts-title">{t('drafts')}</h3>
      {features.length === 0 ? <p>{t('noDrafts')}</p> : null}
      <ul>
        {features.map((draft) => {
          const problems = validateDraft(draft, dateOf).length;
          const name = draft.form['name.en'] || draft.form['name.ru'] || draft.form.id;
          return (
            <li key={draft.key}>
              <button
                type="button"
                aria-pressed={draft.key === selectedKey}
                onClick={() => useEditorStore.setState({ selectedKey: draft.key })}
              >
                {name} <span className="editor-muted">({t(draft.shape)})</span>
                {problems > 0 ? <span className="editor-problem-count"> · {problems} ⚠</span> : null}
              </button>
              <button
                type="button"
                disabled={!editing}
                aria-label={`${t('remove')}: ${name}`}
                onClick={() => change((doc) => removeDraft(doc, draft.key))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function EditSelectedFeature({ published, authored }: { published: Atlas; authored: AuthoredCorpus }) {
  const t = useEditorText();
  const selectedId = useAtlasStore((state) => state.selectedId);
  const editing = useEditorStore((state) => state.access === 'editing');
  const feature = published.features.find((f) => f.properties.id === selectedId);
  if (!feature || !editing) return null;
  const edit = () => editPublishedFeature(feature, authored);
  return (
    <button type="button" onClick={() => void edit()}>
      {t('editSelected')}
    </button>
  );
}

export default function Editor() {
  const t = useEditorText();
  useSession();
  const drawing = useDrawing();
  const published = usePublishedAtlas();
  useDraftsShown(published, drawing);
  useSelectedOnMap(drawing);
  useKeys(drawing);
  useFoundCountries();
  const access = useEditorStore((state) => state.access);
  // Open when a text typed there before a reload still waits to be imported.
  const [newArticleOpen, setNewArticleOpen] = useState(() => readKeptForm() !== null);
  const message = useEditorStore((state) => state.message);
  const selected = useEditorStore((state) =>
    state.history.present.features.find((f) => f.key === state.selectedKey),
  );
  const articles = useAtlasStore((state) =>
    state.data.kind === 'ready' ? state.data.atlas.articles : NO_ARTICLES,
  );

  return (
    <section className="editor" aria-label={t('editor')}>
      <div className="editor-head">
        <h2>{t('editor')}</h2>
        <button type="button" onClick={() => useAtlasStore.getState().setEditing(false)}>
          {t('closeEditor')}
        </button>
      </div>
      {access === 'read-only' ? (
        <p className="editor-locked" role="alert">
          {t('lockedElsewhere')}
        </p>
      ) : null}
      <Toolbar drawing={drawing} authored={authored} />
      <SaveStatus />
      <DraftsCoverageSummary authored={authored} />
      <p className="editor-message" aria-live="polite">
        {message}
      </p>
      <button
        type="button"
        aria-expanded={newArticleOpen}
        aria-controls="editor-new-article"
        onClick={() => setNewArticleOpen(!newArticleOpen)}
      >
        {t('newArticle')}
      </button>
      <div id="editor-new-article" hidden={!newArticleOpen}>
        <NewArticlePanel authored={authored} />
      </div>
      {published ? <OpenArticlePanel published={published} authored={authored} /> : null}
      {published ? <EditSelectedFeature published={published} authored={authored} /> : null}
      <DraftList />
      {selected ? <DraftFormView key={selected.key} draft={selected} /> : null}
      <CitePanel articles={articles} />
    </section>
  );
}
