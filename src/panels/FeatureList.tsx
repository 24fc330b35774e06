// Every feature as a button, grouped by layer: the map's content for keyboards and screen readers.
// A long layer is drawn as a window onto its rows (only those in view), so 100k features stay responsive.
import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { filterVerdicts } from '../data/featureFilters';
import { asOfDay } from '../data/reported';
import type { Atlas, IndexedProperties } from '../data/schema';
import { featureName, layerLabel, type Language } from '../i18n/dictionaries';
import { useLanguage, useT } from '../i18n/useT';
import { showFeaturesOnMap } from '../state/actions';
import { useAtlasStore } from '../state/store';
import { revealAndChooseFeature } from './choose';
import { featureColour } from './colours';
import { bySeverityThenName, reorderAsOf } from './featureOrder';
import { foldForSearch, matchingFeatures } from './featureSearch';
import { ColourDot, LayerSwatch } from './LayerSwatch';
import { useAtlas, useAtlasIndex } from './useAtlas';
import { useDeferredFilters } from './useDeferredFilters';
import { useHoverHighlight } from './useHoverHighlight';
import { rowAfterKey, scrollTopShowing, visibleRows } from './windowing';

export const FEATURE_LIST_ID = 'feature-list';

/** Layers with more features than this are windowed; smaller ones are drawn whole, as plain lists. */
export const WINDOWED_FROM_ROWS = 200;
/** Fixed height of a windowed row in CSS pixels: name on one line, severity on the next. */
export const WINDOWED_ROW_HEIGHT = 50;
const OVERSCAN_ROWS = 6;
/** Until the scroll box has been measured (and where nothing is laid out, as in jsdom). */
const FALLBACK_VIEWPORT_ROWS = 10;

const FeatureListItem = memo(function FeatureListItem({
  properties,
  selected,
  filteredOut,
  rowIndex,
  rowCount,
}: {
  properties: IndexedProperties;
  selected: boolean;
  filteredOut: boolean;
  /**
   * Position and count for a windowed row, so screen readers still hear "item 5 003 of 50 000". Plain numbers,
   * not an object made at each render: a selection then re-renders the two rows it changes, not every row drawn.
   */
  rowIndex?: number;
  rowCount?: number;
}) {
  const t = useT();
  const language = useLanguage();
  const hover = useHoverHighlight(properties.id);
  const windowed = rowIndex !== undefined && rowCount !== undefined;
  const style: CSSProperties | undefined = windowed
    ? { position: 'absolute', top: rowIndex * WINDOWED_ROW_HEIGHT, height: WINDOWED_ROW_HEIGHT }
    : undefined;
  return (
    <li style={style} {...(windowed ? { 'aria-posinset': rowIndex + 1, 'aria-setsize': rowCount } : {})}>
      <button
        type="button"
        className="feature-list-button"
        aria-current={selected ? 'true' : undefined}
        data-row={rowIndex}
        onClick={() => revealAndChooseFeature(properties.id)}
        {...hover}
      >
        <ColourDot colour={featureColour(properties)} />
        <span className="feature-list-name">{featureName(language, properties)}</span>
        {properties.severity !== undefined && (
          <span className="feature-list-meta">
            {t('severityLabel')} {properties.severity}
            {filteredOut ? ` · ${t('filteredOutNote')}` : ''}
          </span>
        )}
      </button>
    </li>
  );
});

type RowsProps = {
  features: readonly IndexedProperties[];
  selectedId: string | null;
  /** Shown in the list but not on the map: below the severity filter. */
  isBelowSeverity: (properties: IndexedProperties) => boolean;
};

function AllRows({ features, selectedId, isBelowSeverity }: RowsProps) {
  return (
    <ul className="feature-list">
      {features.map((properties) => (
        <FeatureListItem
          key={properties.id}
          properties={properties}
          selected={properties.id === selectedId}
          filteredOut={isBelowSeverity(properties)}
        />
      ))}
    </ul>
  );
}

/**
 * The rows in view of a scroll box of their own. Tab still walks row by row (the browser scrolls the
 * focused row into view and the window follows); arrows, Page Up/Down, Home and End move faster; the
 * focused row stays drawn even when scrolled away, so the focus is never lost.
 */
function WindowedRows({ features, selectedId, isBelowSeverity }: RowsProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  const [focusedRow, setFocusedRow] = useState<number | null>(null);
  const focusWanted = useRef<number | null>(null);
  const count = features.length;
  const height = viewportHeight || FALLBACK_VIEWPORT_ROWS * WINDOWED_ROW_HEIGHT;

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return undefined;
    setViewportHeight(scroller.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewportHeight(scroller.clientHeight));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // Focus moves once the row it goes to has been drawn.
  useLayoutEffect(() => {
    const row = focusWanted.current;
    if (row === null) return;
    const button = scrollerRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${row}"]`);
    if (!button) return;
    focusWanted.current = null;
    button.focus({ preventScroll: true });
  });

  const { first, last } = visibleRows({
    scrollTop,
    viewportHeight: height,
    rowHeight: WINDOWED_ROW_HEIGHT,
    rowCount: count,
    overscan: OVERSCAN_ROWS,
  });
  const drawn: number[] = [];
  if (focusedRow !== null && focusedRow < first && focusedRow < count) drawn.push(focusedRow);
  for (let row = first; row <= last; row += 1) drawn.push(row);
  if (focusedRow !== null && focusedRow > last && focusedRow < count) drawn.push(focusedRow);

  const moveFocus = useCallback(
    (row: number) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const top = scrollTopShowing({
        row,
        scrollTop: scroller.scrollTop,
        viewportHeight: height,
        rowHeight: WINDOWED_ROW_HEIGHT,
      });
      scroller.scrollTop = top;
      focusWanted.current = row;
      setScrollTop(top);
      setFocusedRow(row);
    },
    [height],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (focusedRow === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const pageRows = Math.floor(height / WINDOWED_ROW_HEIGHT) - 1;
    const next = rowAfterKey(event.key, focusedRow, count, pageRows);
    if (next === null) return;
    event.preventDefault();
    moveFocus(next);
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = Number(event.target.getAttribute('data-row'));
    if (Number.isInteger(row)) setFocusedRow(row);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedRow(null);
  };

  return (
    <div
      ref={scrollerRef}
      className="feature-list-scroller"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        className="feature-list feature-list-windowed"
        style={{ height: count * WINDOWED_ROW_HEIGHT }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {drawn.map((row) => {
          const properties = features[row];
          if (!properties) return null;
          return (
            <FeatureListItem
              key={properties.id}
              properties={properties}
              selected={properties.id === selectedId}
              filteredOut={isBelowSeverity(properties)}
              rowIndex={row}
              rowCount={count}
            />
          );
        })}
      </ul>
    </div>
  );
}

function LayerGroup({
  layer,
  features,
  searching,
}: {
  layer: LayerId;
  features: readonly IndexedProperties[];
  /** While the reader searches by name, a layer with no match in the dates shown is left out. */
  searching: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const visible = useAtlasStore((state) => state.visibleLayers[layer]);
  const { minSeverity, dateRange } = useDeferredFilters();
  const atlas = useAtlas();
  const index = useAtlasIndex();
  // Once per group rather than once per row: a selection re-renders two rows, not every one.
  const selectedId = useAtlasStore((state) => state.selectedId);
  // One judgement of every feature, shared with the layer counts.
  const verdicts = useMemo(
    () => (atlas && index ? filterVerdicts(atlas.features, { minSeverity, dateRange }, index) : null),
    [atlas, index, minSeverity, dateRange],
  );
  // Features reported outside the date range leave the list, as they leave the map; a risk a later article
  // raised or lowered shows, and sorts, as the map colours it: as of the range's end.
  // Once per list: most corpora have no changes at all, and a range change at 100,000 features then costs
  // nothing more here.
  const anyChanges = useMemo(
    () => features.some((properties) => properties.changes !== undefined),
    [features],
  );
  const inRange = useMemo(() => {
    const within = verdicts ? verdicts.withinDates(features) : features;
    if (!index || !anyChanges) return within;
    const asOf = within.map((properties) => asOfDay(properties, index.articlesById, dateRange.to));
    return reorderAsOf(within, asOf, bySeverityThenName(language));
  }, [features, verdicts, index, anyChanges, dateRange.to, language]);
  const isBelowSeverity = useCallback(
    (properties: IndexedProperties) => verdicts?.of(properties) === 'severity',
    [verdicts],
  );
  const Rows = inRange.length > WINDOWED_FROM_ROWS ? WindowedRows : AllRows;
  if (searching && inRange.length === 0) return null;
  return (
    <section className="feature-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <LayerSwatch layer={layer} />
        {layerLabel(language, layer)}
        {!visible && <span className="feature-group-note"> ({t('hiddenLayerNote')})</span>}
      </h3>
      {inRange.length === 0 ? (
        <p className="muted">{t(features.length === 0 ? 'noFeaturesInLayer' : 'noFeaturesInRange')}</p>
      ) : (
        <Rows features={inRange} selectedId={selectedId} isBelowSeverity={isBelowSeverity} />
      )}
    </section>
  );
}

/** Each layer's features, most severe first, then by name in the reader's language. */
export function featuresByLayer(atlas: Atlas, language: Language): Record<LayerId, IndexedProperties[]> {
  const groups = Object.fromEntries(LAYER_IDS.map((layer) => [layer, []])) as unknown as Record<
    LayerId,
    IndexedProperties[]
  >;
  for (const { properties } of atlas.features) groups[properties.layer].push(properties);
  const compare = bySeverityThenName(language);
  for (const layer of LAYER_IDS) groups[layer].sort(compare);
  return groups;
}

export function FeatureList() {
  const t = useT();
  const language = useLanguage();
  const atlas = useAtlas();
  const index = useAtlasIndex();
  const searchId = useId();
  // In the store, so a link carries it (`q=`) and opens the same narrowed list.
  const query = useAtlasStore((state) => state.featureQuery);
  const setQuery = useAtlasStore((state) => state.setFeatureQuery);
  // Typing stays quick at 100,000 features: the list follows a moment later.
  const folded = foldForSearch(useDeferredValue(query));
  const { minSeverity, dateRange } = useDeferredFilters();
  const groups = useMemo(() => (atlas ? featuresByLayer(atlas, language) : null), [atlas, language]);
  const matched = useMemo(
    () =>
      groups &&
      (Object.fromEntries(
        LAYER_IDS.map((layer) => [layer, matchingFeatures(groups[layer], folded)]),
      ) as Record<LayerId, readonly IndexedProperties[]>),
    [groups, folded],
  );
  /** What a search lists, in the dates shown: the count it reports, and the first to choose with Enter. */
  const found = useMemo(() => {
    if (!atlas || !index || !matched || folded === '') return null;
    const verdicts = filterVerdicts(atlas.features, { minSeverity, dateRange }, index);
    return LAYER_IDS.flatMap((layer) => verdicts.withinDates(matched[layer]));
  }, [atlas, index, matched, folded, minSeverity, dateRange]);
  if (!groups || !matched) return null;
  return (
    <nav className="panel-section feature-nav" aria-label={t('featuresNavLabel')}>
      <h2 id={FEATURE_LIST_ID} tabIndex={-1}>
        {t('featuresHeading')}
      </h2>
      <div className="feature-search" role="search">
        <label htmlFor={searchId}>{t('findFeatureLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            const first = found?.[0];
            if (event.key !== 'Enter' || !first) return;
            event.preventDefault();
            revealAndChooseFeature(first.id);
            // On a touch screen the keyboard would stay up over the details that open; with keys the
            // focus stays, to search again or tab on.
            if (window.matchMedia?.('(pointer: coarse)').matches) event.currentTarget.blur();
          }}
        />
        <p className="feature-search-result" role="status">
          {found === null
            ? ''
            : found.length === 0
              ? t('findFeatureNone', { query: query.trim() })
              : t('findFeatureCount', { count: found.length })}
        </p>
        {found !== null && found.length > 0 && (
          <button
            type="button"
            className="link-button feature-search-fit"
            onClick={() => showFeaturesOnMap(found.map((properties) => properties.id))}
          >
            {t('showFoundOnMap')}
          </button>
        )}
      </div>
      {LAYER_IDS.map((layer) => (
        <LayerGroup key={layer} layer={layer} features={matched[layer]} searching={folded !== ''} />
      ))}
    </nav>
  );
}
