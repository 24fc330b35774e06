// The details of the selected feature: what it is, how sure the map is about it, the numbers worked out for it,
// and the article passages it comes from with the quoted words marked.
import { useId, type ReactNode } from 'react';
import { passageKey, type AtlasIndex } from '../data/atlasIndex';
import { datedChanges, stateAsOf } from '../data/reported';
import type {
  ArticleSummary,
  FeatureDetails as FeatureTexts,
  IndexedFeature,
  IndexedProperties,
  LineStatus,
  LocalizedText,
  Metrics,
  NamedRef,
  NotMappedRisk,
  SourceRef,
} from '../data/schema';
import {
  featureName,
  formatDate,
  formatNumber,
  kindLabel,
  layerLabel,
  modeLabel,
  statusLabel,
} from '../i18n/dictionaries';
import { useLanguage, useT } from '../i18n/useT';
import { describeLoadProblem } from '../data/loadProblem';
import { APPROXIMATE_KM } from '../map/theme';
import { useAtlasStore } from '../state/store';
import { revealAndChooseFeature } from './choose';
import { featureColour, severityColour } from './colours';
import { ColourDot, LayerSwatch } from './LayerSwatch';
import { markQuotes } from './markQuotes';
import { MarkedText } from './MarkedText';
import { paragraphNumbers, passageLabel, revealPassage } from './passages';
import { useAfterNextPaint } from './useAfterNextPaint';
import { useAtlas, useAtlasIndex } from './useAtlas';
import { useArticleText, useFeatureDetails, type OnDemandState } from './useOnDemand';

type PassageQuotes = {
  article: string;
  passage: string;
  quotes: string[];
  /** The citation's own basis, where it has one (the build writes one into every citation). */
  basis: SourceRef['basis'];
  basis_note: SourceRef['basis_note'];
};

/** Sources grouped by passage, in the order they are first cited, so a passage shows once with all its quotes. */
export function groupSourcesByPassage(sources: readonly SourceRef[]): PassageQuotes[] {
  const groups: PassageQuotes[] = [];
  for (const source of sources) {
    const group = groups.find((g) => g.article === source.article && g.passage === source.passage);
    if (group) group.quotes.push(source.quote);
    else
      groups.push({
        article: source.article,
        passage: source.passage,
        quotes: [source.quote],
        basis: source.basis,
        basis_note: source.basis_note,
      });
  }
  return groups;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** English-only data (notes written by the authors) keeps its language tag when the interface is Russian. */
function EnglishText({ children }: { children: string }) {
  return <span lang="en">{children}</span>;
}

function FeatureLink({ item, index }: { item: NamedRef; index: AtlasIndex }) {
  const language = useLanguage();
  const feature = index.featuresById.get(item.id);
  if (!feature) return <>{item.name[language]}</>;
  return (
    <button type="button" className="link-button" onClick={() => revealAndChooseFeature(item.id)}>
      <ColourDot colour={featureColour(feature.properties)} />
      {item.name[language]}
    </button>
  );
}

function MetricsRows({ metrics, index }: { metrics: Metrics; index: AtlasIndex }) {
  const t = useT();
  const language = useLanguage();
  const number = (value: number) => formatNumber(language, value);
  return (
    <>
      {metrics.length_km !== undefined && (
        <Row label={t('lengthLabel')}>{t('kmValue', { value: number(metrics.length_km) })}</Row>
      )}
      {metrics.area_km2 !== undefined && (
        <Row label={t('areaLabel')}>{t('km2Value', { value: number(metrics.area_km2) })}</Row>
      )}
      {metrics.crossings !== undefined && metrics.crossings.length > 0 && (
        <Row label={t('crossingsLabel')}>
          <ol className="inline-list">
            {metrics.crossings.map((crossing) => (
              <li key={crossing.id}>
                <FeatureLink item={crossing} index={index} />
              </li>
            ))}
          </ol>
        </Row>
      )}
      {metrics.exposed !== undefined && (
        <Row label={t('exposedLabel')}>
          {metrics.exposed.pipelines.length === 0 && metrics.exposed.sites.length === 0 ? (
            t('exposedNone')
          ) : (
            <>
              {metrics.exposed.pipelines.length > 0 && (
                <>
                  <span className="details-sublabel">{t('exposedPipelines')}</span>
                  <ul className="plain-list exposed-lengths">
                    {metrics.exposed.pipelines.map((pipeline) => (
                      <li key={pipeline.id}>
                        <FeatureLink item={pipeline} index={index} />
                        <span className="exposed-length">
                          {t('kmValue', { value: number(pipeline.length_km) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {metrics.exposed.sites.length > 0 && (
                <>
                  <span className="details-sublabel">{t('exposedSites')}</span>
                  <ul className="plain-list">
                    {metrics.exposed.sites.map((site) => (
                      <li key={site.id}>
                        <FeatureLink item={site} index={index} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </Row>
      )}
    </>
  );
}

/** The cited passage with its quotes marked, once the article's text has loaded. */
function CitedPassageText({
  article,
  passageId,
  quotes,
}: {
  article: ArticleSummary;
  passageId: string;
  quotes: readonly string[];
}) {
  const t = useT();
  const language = useLanguage();
  const { state, retry } = useArticleText(article.id);
  if (state.kind === 'loading')
    return (
      <>
        <p className="muted" role="status">
          {t('passageTextLoading')}
        </p>
        <QuotesAlone quotes={quotes} language={article.language} />
      </>
    );
  const passage =
    state.kind === 'ready' ? state.value.passages.find((candidate) => candidate.id === passageId) : undefined;
  if (state.kind === 'error' || !passage)
    return (
      <>
        <div className="data-error" role="alert">
          <p>{t(state.kind === 'error' ? 'passageTextError' : 'quoteNotFound')}</p>
          {state.kind === 'error' && (
            <>
              <p>{describeLoadProblem(language, state.problem)}</p>
              <button type="button" onClick={retry}>
                {t('retry')}
              </button>
            </>
          )}
        </div>
        <QuotesAlone quotes={quotes} language={article.language} />
      </>
    );
  const { unfound } = markQuotes(passage.text, quotes);
  return (
    <>
      <blockquote lang={article.language} className="source-quote">
        <p>
          <MarkedText text={passage.text} quotes={quotes} />
        </p>
      </blockquote>
      {unfound.length > 0 && (
        <div className="source-unfound">
          <p className="muted">{t('quoteNotFound')}</p>
          <QuotesAlone quotes={unfound} language={article.language} />
        </div>
      )}
    </>
  );
}

/** Quotes on their own, marked: while their passage loads, or when it cannot be found. */
function QuotesAlone({ quotes, language }: { quotes: readonly string[]; language: string }) {
  return (
    <>
      {quotes.map((quote) => (
        <blockquote key={quote} lang={language}>
          <p>
            <mark>{quote}</mark>
          </p>
        </blockquote>
      ))}
    </>
  );
}

function SourcePassages({
  sources,
  index,
  basisNote,
}: {
  sources: readonly SourceRef[];
  index: AtlasIndex;
  /** The feature's note, for citations without their own (none while it loads). */
  basisNote: LocalizedText | undefined;
}) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const focusPassage = useAtlasStore((state) => state.focusPassage);
  const groups = groupSourcesByPassage(sources);
  // Each citation's own basis matters once several articles cite the feature; with one, the Basis row says it.
  const severalArticles = new Set(sources.map((source) => source.article)).size > 1;
  return (
    <section className="details-sources" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sourcesHeading')}</h3>
      <ul className="plain-list">
        {groups.map((group) => {
          const entry = index.passagesByKey.get(passageKey(group));
          if (!entry) {
            return (
              <li key={`${group.article}/${group.passage}`} className="source">
                <p className="muted">{t('quoteNotFound')}</p>
                {group.quotes.map((quote) => (
                  <blockquote key={quote}>
                    <p>{quote}</p>
                  </blockquote>
                ))}
              </li>
            );
          }
          const { passage, article } = entry;
          const label = passageLabel(t, passage, paragraphNumbers(article));
          return (
            <li key={`${group.article}/${group.passage}`} className="source">
              <p className="source-article">
                <cite lang={article.language}>{article.title[article.language]}</cite>
                {' · '}
                <span className="source-article-meta">
                  {t('articleMeta', {
                    outlet: article.outlet[language],
                    date: formatDate(language, article.date),
                  })}
                </span>
              </p>
              <CitedPassageText article={article} passageId={passage.id} quotes={group.quotes} />
              {severalArticles && group.basis !== undefined && (
                <p className="source-basis">
                  <strong>{t(group.basis === 'stated' ? 'basis_stated' : 'basis_inferred')}</strong>
                  <span className="details-note">{(group.basis_note ?? basisNote)?.[language]}</span>
                </p>
              )}
              <button
                type="button"
                onClick={() => {
                  const ref = { article: article.id, passage: passage.id };
                  focusPassage(ref);
                  revealPassage(ref, { focus: true });
                }}
              >
                {t('showInArticle')}
                <span className="visually-hidden">{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What later articles changed, oldest first: the date, the change, and the words that report it. */
function History({ properties, index }: { properties: IndexedProperties; index: AtlasIndex }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const focusPassage = useAtlasStore((state) => state.focusPassage);
  const changes = datedChanges(properties, index.articlesById);
  if (changes.length === 0) return null;
  return (
    <section className="details-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('historyHeading')}</h3>
      <ol className="plain-list">
        {changes.map((change) => {
          const article = index.articlesById.get(change.source.article);
          return (
            <li
              key={`${change.date}/${change.source.passage}/${change.source.quote}`}
              className="history-entry"
            >
              <p>
                <time dateTime={change.date}>{formatDate(language, change.date)}</time>
                {': '}
                {change.note[language]}
                {change.severity !== undefined && ` (${t('severityValue', { severity: change.severity })})`}
                {change.status !== undefined && ` (${statusLabel(language, change.status)})`}
              </p>
              <blockquote lang={article?.language}>
                <p>
                  <mark>{change.source.quote}</mark>
                </p>
              </blockquote>
              {article && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const ref = { article: article.id, passage: change.source.passage };
                    focusPassage(ref);
                    revealPassage(ref, { focus: true });
                  }}
                >
                  {t('showInArticle')}
                  <span className="visually-hidden">: {article.title[article.language]}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The other features under the pointer at the click that chose this one: one click away each. */
function AlsoHere({ selectedId, index }: { selectedId: string; index: AtlasIndex }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const underPointer = useAtlasStore((state) => state.featuresUnderPointer);
  const selectFeature = useAtlasStore((state) => state.selectFeature);
  const others = underPointer.flatMap((id) => {
    const feature = id === selectedId ? undefined : index.featuresById.get(id);
    return feature ? [feature.properties] : [];
  });
  if (others.length === 0) return null;
  return (
    <nav className="also-here" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('alsoHere')}</h3>
      <ul className="plain-list">
        {others.map((properties) => (
          <li key={properties.id}>
            <button type="button" className="link-button" onClick={() => selectFeature(properties.id)}>
              <ColourDot colour={featureColour(properties)} />
              {properties.name[language]}
              <span className="also-here-layer">{layerLabel(language, properties.layer)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DetailsFrame({
  title,
  overline,
  children,
}: {
  title: string;
  overline: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const selectFeature = useAtlasStore((state) => state.selectFeature);
  return (
    <section className="panel-section details" aria-label={t('detailsRegion')}>
      <div className="details-header">
        <div>
          <p className="details-overline">{overline}</p>
          <h2>{title}</h2>
        </div>
        <button
          type="button"
          className="close-button"
          aria-label={t('closeDetails')}
          title={t('closeDetails')}
          onClick={() => selectFeature(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </section>
  );
}

/**
 * The severity as of the end of the dates shown, as the map colours it. When a later article changed it, says
 * since when and what it was first (the rationale was written for that first value).
 */
function SeverityRow({
  severity,
  rationale,
  changed,
}: {
  severity: number;
  rationale: string;
  changed: { since: string; first: number } | null;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <Row label={t('severityLabel')}>
      <span className="severity-value">
        <ColourDot colour={severityColour(severity)} />
        {t('severityValue', { severity })}
      </span>
      {changed && (
        <span className="details-note">
          {t('stateChangedSince', { date: formatDate(language, changed.since) })}{' '}
          {t('firstReportedAs', { value: t('severityValue', { severity: changed.first }) })}
        </span>
      )}
      <span className="details-note">{rationale}</span>
    </Row>
  );
}

/** The status as of the end of the dates shown; as for severity, a change says since when. */
function StatusRow({
  status,
  changed,
}: {
  status: LineStatus;
  changed: { since: string; first?: LineStatus } | null;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <Row label={t('statusLabel')}>
      {statusLabel(language, status)}
      {changed && (
        <span className="details-note">
          {t('stateChangedSince', { date: formatDate(language, changed.since) })}
          {changed.first !== undefined &&
            ` ${t('firstReportedAs', { value: statusLabel(language, changed.first) })}`}
        </span>
      )}
    </Row>
  );
}

function BasisRow({ basis, note }: { basis: IndexedProperties['basis']; note: LocalizedText | undefined }) {
  const t = useT();
  const language = useLanguage();
  return (
    <Row label={t('basisLabel')}>
      {t(basis === 'stated' ? 'basis_stated' : 'basis_inferred')}
      {note && <span className="details-note">{note[language]}</span>}
    </Row>
  );
}

/** The summary as it loads: said politely while it comes, named with Retry if its file is broken. */
function FeatureSummary({ state, retry }: { state: OnDemandState<FeatureTexts>; retry: () => void }) {
  const t = useT();
  const language = useLanguage();
  if (state.kind === 'ready') return <p className="details-summary">{state.value.summary[language]}</p>;
  if (state.kind === 'loading')
    return (
      <p className="muted" role="status">
        {t('featureTextsLoading')}
      </p>
    );
  return (
    <div className="data-error" role="alert">
      <p>{t('featureTextsError')}</p>
      <p>{describeLoadProblem(language, state.problem)}</p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}

function MappedFeatureDetails({
  feature,
  metrics,
  index,
}: {
  feature: IndexedFeature;
  metrics: Metrics | undefined;
  index: AtlasIndex;
}) {
  const t = useT();
  const language = useLanguage();
  const p = feature.properties;
  // The heading and the index's facts show at once; the long texts fill in when their chunk arrives.
  const { state, retry } = useFeatureDetails(feature);
  // The cited passages (each a whole paragraph to lay out) and the history follow a frame later, so the
  // frame that answers a click shows what was clicked without waiting for them.
  const longPartsShown = useAfterNextPaint();
  const texts = state.kind === 'ready' ? state.value : undefined;
  const km = formatNumber(language, p.precision_km);
  // Severity and status as the map draws them: as of the end of the dates shown.
  const rangeEnd = useAtlasStore((store) => store.dateRange.to);
  const asOf = stateAsOf(p, index.articlesById, rangeEnd);
  return (
    <DetailsFrame
      title={featureName(language, p)}
      overline={
        <>
          <LayerSwatch layer={p.layer} />
          {layerLabel(language, p.layer)}
        </>
      }
    >
      <AlsoHere selectedId={p.id} index={index} />
      <FeatureSummary state={state} retry={retry} />
      <dl className="details-list">
        <Row label={t('kindLabel')}>{kindLabel(language, p.kind)}</Row>
        {asOf.severity !== undefined && (
          <SeverityRow
            severity={asOf.severity}
            rationale={texts?.rationale?.[language] ?? ''}
            changed={
              asOf.severitySince !== null && p.severity !== undefined && asOf.severity !== p.severity
                ? { since: asOf.severitySince, first: p.severity }
                : null
            }
          />
        )}
        <BasisRow basis={p.basis} note={texts?.basis_note} />
        <Row label={t('precisionLabel')}>
          {p.precision_km >= APPROXIMATE_KM ? (
            <strong>{t('precisionApproximate', { km })}</strong>
          ) : (
            t('precisionWithin', { km })
          )}
        </Row>
        {p.mode !== undefined && <Row label={t('modeLabel')}>{modeLabel(language, p.mode)}</Row>}
        {asOf.status !== undefined && (
          <StatusRow
            status={asOf.status}
            changed={
              asOf.statusSince !== null && asOf.status !== p.status
                ? { since: asOf.statusSince, ...(p.status !== undefined && { first: p.status }) }
                : null
            }
          />
        )}
        {texts?.direction !== undefined && <Row label={t('directionLabel')}>{texts.direction[language]}</Row>}
        {metrics && <MetricsRows metrics={metrics} index={index} />}
      </dl>
      {texts && (
        <details className="details-geometry">
          <summary>{t('geometrySourceLabel')}</summary>
          <p>
            <EnglishText>{texts.geometry_source}</EnglishText>
          </p>
        </details>
      )}
      {longPartsShown && (
        <>
          <History properties={p} index={index} />
          <SourcePassages sources={p.sources} index={index} basisNote={texts?.basis_note} />
        </>
      )}
    </DetailsFrame>
  );
}

function NotMappedDetails({ risk, index }: { risk: NotMappedRisk; index: AtlasIndex }) {
  const t = useT();
  const language = useLanguage();
  const passagesShown = useAfterNextPaint();
  return (
    <DetailsFrame title={risk.name[language]} overline={t('notMappedHeading')}>
      <p className="details-summary">{risk.summary[language]}</p>
      <p className="muted">{t('notMappedIntro')}</p>
      <dl className="details-list">
        <SeverityRow severity={risk.severity} rationale={risk.rationale[language]} changed={null} />
        <BasisRow basis={risk.basis} note={risk.basis_note} />
      </dl>
      {passagesShown && <SourcePassages sources={risk.sources} index={index} basisNote={risk.basis_note} />}
    </DetailsFrame>
  );
}

export function FeatureDetails({ id }: { id: string }) {
  const atlas = useAtlas();
  const index = useAtlasIndex();
  if (!atlas || !index) return null;
  const target = index.selectablesById.get(id);
  if (!target) return null;
  if (target.kind === 'not-mapped') return <NotMappedDetails risk={target.risk} index={index} />;
  return <MappedFeatureDetails feature={target.feature} metrics={atlas.metrics[id]} index={index} />;
}
