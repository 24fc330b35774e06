// The article in its own language: headings, paragraphs, the features each paragraph gives rise to (as chips),
// and the risks it names without a place.
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { passageKey, type AtlasIndex, type PassageRef, type Selectable } from '../data/atlasIndex';
import { describeLoadProblem } from '../data/loadProblem';
import { articleInDateRange } from '../data/reported';
import { shownArticle } from './shownArticle';
import type { ArticleSummary, Atlas, NotMappedRisk, Passage } from '../data/schema';
import { formatDate, formatNumber } from '../i18n/dictionaries';
import { useLanguage, useT, type Translate } from '../i18n/useT';
import { choosePassage } from '../state/actions';
import { useAtlasStore } from '../state/store';
import { FeatureChip } from './FeatureChip';
import { severityColour } from './colours';
import { ColourDot } from './LayerSwatch';
import { MarkedText } from './MarkedText';
import { paragraphNumbers, passageDomId, passageLabel, revealPassage } from './passages';
import { useAtlas, useAtlasIndex } from './useAtlas';
import { useArticleText } from './useOnDemand';

export const ARTICLE_ID = 'article';

function chipTargets(index: AtlasIndex, key: string): Selectable[] {
  return (index.citingFeatureIds.get(key) ?? []).flatMap((id) => {
    const target = index.selectablesById.get(id);
    return target ? [target] : [];
  });
}

const NO_QUOTES: readonly string[] = [];

/** Chips drawn per passage at first: more than any passage of the real article has. */
export const CHIPS_SHOWN = 24;
/** Chips each press of "+N more" adds: a passage cited by thousands of features opens in steps. */
export const CHIPS_STEP = 100;

/** The quotes the selected feature takes from this passage, marked in the article while it is selected. */
function useSelectedQuotes(index: AtlasIndex, ref: PassageRef, citing: ReadonlySet<string>) {
  // Runs for every passage on every store change (hovers included): a Set keeps it constant time.
  const selectedId = useAtlasStore((state) =>
    state.selectedId !== null && citing.has(state.selectedId) ? state.selectedId : null,
  );
  const { article, passage } = ref;
  return useMemo(() => {
    if (selectedId === null) return NO_QUOTES;
    const selected = index.selectablesById.get(selectedId);
    const sources =
      selected?.kind === 'feature' ? selected.feature.properties.sources : (selected?.risk.sources ?? []);
    return sources
      .filter((source) => source.article === article && source.passage === passage)
      .map((source) => source.quote);
  }, [index, article, passage, selectedId]);
}

const PassageView = memo(function PassageView({
  index,
  article,
  passage,
  label,
}: {
  index: AtlasIndex;
  article: ArticleSummary;
  passage: Passage;
  /** How the passage is named to screen readers on its buttons, e.g. ": paragraph 4". */
  label: string;
}) {
  const t = useT();
  const language = useLanguage();
  const ref = useMemo(() => ({ article: article.id, passage: passage.id }), [article.id, passage.id]);
  const key = passageKey(ref);
  const active = useAtlasStore(
    (state) => state.activePassage?.article === article.id && state.activePassage.passage === passage.id,
  );
  const chips = useMemo(() => chipTargets(index, key), [index, key]);
  const citing = useMemo(() => new Set(index.citingFeatureIds.get(key)), [index, key]);
  const [shownChips, setShownChips] = useState(CHIPS_SHOWN);
  const hiddenChips = chips.length - shownChips;
  const quotes = useSelectedQuotes(index, ref, citing);
  const mapped = chips.some((chip) => chip.kind === 'feature');
  const text = <MarkedText text={passage.text} quotes={quotes} />;
  return (
    <div
      id={passageDomId(ref)}
      className={passage.kind === 'heading' ? 'passage passage-heading' : 'passage'}
      tabIndex={-1}
      aria-current={active ? 'true' : undefined}
    >
      {passage.kind === 'heading' ? (
        <h3 lang={article.language}>{text}</h3>
      ) : (
        <p lang={article.language} className="passage-text">
          {text}
        </p>
      )}
      {chips.length > 0 && (
        <div className="passage-links" lang={language}>
          {mapped && (
            <button type="button" className="passage-button" onClick={() => choosePassage(ref)}>
              {t('paragraphButton')}
              <span className="visually-hidden">{label}</span>
            </button>
          )}
          <ul className="chip-list">
            {chips.slice(0, shownChips).map((chip) => (
              <li key={chip.kind === 'feature' ? chip.feature.properties.id : chip.risk.id}>
                <FeatureChip target={chip} />
              </li>
            ))}
          </ul>
          {hiddenChips > 0 && (
            <button
              type="button"
              className="chip chip-more"
              onClick={() => setShownChips((shown) => shown + CHIPS_STEP)}
            >
              {t('moreChips', { count: formatNumber(language, hiddenChips, 0) })}
              <span className="visually-hidden">{label}</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
});

function citedInLabel(
  t: Translate,
  passageId: string,
  article: ArticleSummary,
  numbers: ReadonlyMap<string, number>,
) {
  const number = numbers.get(passageId);
  if (number !== undefined) return t('citedIn', { number });
  const heading = article.passages.find((passage) => passage.id === passageId);
  return t('citedInHeading', { text: heading?.kind === 'heading' ? heading.text : passageId });
}

function NotMappedSection({ risks, article }: { risks: readonly NotMappedRisk[]; article: ArticleSummary }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const focusPassage = useAtlasStore((state) => state.focusPassage);
  const numbers = paragraphNumbers(article);
  if (risks.length === 0) return null;
  return (
    <section className="not-mapped" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('notMappedHeading')}</h3>
      <p className="muted">{t('notMappedIntro')}</p>
      <ul className="plain-list not-mapped-list">
        {risks.map((risk) => {
          const cited = [
            ...new Set(
              risk.sources.filter((source) => source.article === article.id).map((source) => source.passage),
            ),
          ];
          return (
            <li key={risk.id} className="not-mapped-item">
              <p className="not-mapped-name">
                <ColourDot colour={severityColour(risk.severity)} />
                <strong>{risk.name[language]}</strong>{' '}
                <span className="muted">
                  ({t('severityLabel')} {t('severityValue', { severity: risk.severity })})
                </span>
              </p>
              <p>{risk.rationale[language]}</p>
              {cited.length > 0 && (
                <p className="not-mapped-cited">
                  {cited.map((passageId) => (
                    <button
                      key={passageId}
                      type="button"
                      className="link-button"
                      onClick={() => {
                        const ref = { article: article.id, passage: passageId };
                        focusPassage(ref);
                        revealPassage(ref, { focus: true });
                      }}
                    >
                      {citedInLabel(t, passageId, article, numbers)}
                    </button>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The article's passages, once its text has loaded (each article's text is a file of its own). */
function ArticleText({ index, article }: { index: AtlasIndex; article: ArticleSummary }) {
  const t = useT();
  const language = useLanguage();
  const numbers = useMemo(() => paragraphNumbers(article), [article]);
  const { state, retry } = useArticleText(article.id);
  if (state.kind === 'loading')
    return (
      // Holds a screen's height, so what follows the text stays below the fold instead of being pushed there.
      <p className="muted article-text-loading" role="status">
        {t('articleTextLoading')}
      </p>
    );
  if (state.kind === 'error')
    return (
      <div className="data-notice data-error" role="alert">
        <p>
          <strong>{t('articleTextError')}</strong>
        </p>
        <p>{describeLoadProblem(language, state.problem)}</p>
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  return (
    <>
      {state.value.passages.map((passage) => (
        <PassageView
          key={passage.id}
          index={index}
          article={article}
          passage={passage}
          label={passageLabel(t, passage, numbers)}
        />
      ))}
    </>
  );
}

function ArticleView({
  atlas,
  index,
  article,
}: {
  atlas: Atlas;
  index: AtlasIndex;
  article: ArticleSummary;
}) {
  const t = useT();
  const language = useLanguage();
  const risks = atlas.notMapped.filter((risk) =>
    risk.sources.some((source) => source.article === article.id),
  );
  const languageName = t(article.language === 'ru' ? 'languageName_ru' : 'languageName_en');
  return (
    <article className="article-body" aria-labelledby={`${ARTICLE_ID}-${article.id}-title`}>
      <header className="article-header">
        <h2 id={`${ARTICLE_ID}-${article.id}-title`} lang={article.language}>
          {article.title[article.language]}
        </h2>
        {language !== article.language && (
          <p className="article-translated-title">{article.title[language]}</p>
        )}
        <p className="article-meta">
          {t('articleMeta', { outlet: article.outlet[language], date: formatDate(language, article.date) })}
          {' · '}
          {t('articleLanguageNote', { language: languageName })}
          {article.url !== undefined && (
            <>
              {' '}
              <a href={article.url} rel="noreferrer noopener" target="_blank">
                {t('openArticleSource')}
              </a>
            </>
          )}
        </p>
      </header>
      <ArticleText index={index} article={article} />
      <NotMappedSection risks={risks} article={article} />
    </article>
  );
}

/**
 * The article the reader has open, with the chooser above it: until the reader chooses one, the newest of
 * the dates the map shows (a range set on the timeline brings its own newest article).
 */
function OpenArticle({ atlas, index }: { atlas: Atlas; index: AtlasIndex }) {
  const t = useT();
  const language = useLanguage();
  const chooserId = useId();
  const openArticleId = useAtlasStore((state) => state.openArticleId);
  const openArticle = useAtlasStore((state) => state.openArticle);
  const dateRange = useAtlasStore((state) => state.dateRange);
  const article = shownArticle(index, openArticleId, dateRange);
  if (!article) return null;
  return (
    <>
      {index.articlesNewestFirst.length > 1 && (
        <div className="article-chooser">
          <label htmlFor={chooserId}>{t('articleChooser')}</label>
          <select id={chooserId} value={article.id} onChange={(event) => openArticle(event.target.value)}>
            {index.articlesNewestFirst.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t(articleInDateRange(candidate, dateRange) ? 'articleOption' : 'articleOptionOutsideRange', {
                  date: formatDate(language, candidate.date),
                  title: candidate.title[language],
                  outlet: candidate.outlet[language],
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <ArticleView key={article.id} atlas={atlas} index={index} article={article} />
    </>
  );
}

/** Scrolls the article to the focused passage whenever it changes, wherever the change came from. */
function useScrollToActivePassage() {
  useEffect(() => {
    const initial = useAtlasStore.getState().activePassage;
    if (initial) revealPassage(initial);
    return useAtlasStore.subscribe((state, previous) => {
      if (state.activePassage && state.activePassage !== previous.activePassage) {
        revealPassage(state.activePassage);
      }
    });
  }, []);
}

export function ArticlePanel() {
  const t = useT();
  const atlas = useAtlas();
  const index = useAtlasIndex();
  useScrollToActivePassage();
  return (
    <section
      className="panel-section article-panel"
      aria-label={t('articleRegion')}
      id={ARTICLE_ID}
      tabIndex={-1}
    >
      {atlas && index ? <OpenArticle atlas={atlas} index={index} /> : null}
    </section>
  );
}
