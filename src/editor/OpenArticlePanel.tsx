// "Open an article": any article of the corpus (or a new one among the drafts) shown for editing like a new
// one: its text with the proposed place mentions to Accept or Reject, the features that cite it to edit,
// and "Cite selection" citing into its passages.
import { useEffect, useId, useRef, useState } from 'react';
import { getAtlasIndex } from '../data/atlasIndex';
import { describeLoadProblem } from '../data/loadProblem';
import { loadArticleText } from '../data/onDemand';
import type { Atlas, Article, IndexedFeature } from '../data/schema';
import { shownArticle } from '../panels/shownArticle';
import { useAtlasStore } from '../state/store';
import { ArticleReview, underReview, type ArticleUnderReview } from './ArticleReview';
import type { AuthoredCorpus } from './corpusFiles';
import { editPublishedFeature } from './editPublished';
import { say, useEditorStore } from './editorStore';
import { loadImporter } from './importer';
import { useEditorText, useLanguage } from './useEditorText';

const citesArticle = (feature: IndexedFeature, id: string) =>
  feature.properties.sources.some((source) => source.article === id);

/** The article the reader's article panel shows now, if the data has come. */
function shownArticleId(): string | null {
  const { data, openArticleId, dateRange } = useAtlasStore.getState();
  if (data.kind !== 'ready') return null;
  return shownArticle(getAtlasIndex(data.atlas), openArticleId, dateRange)?.id ?? null;
}

export function OpenArticlePanel({ published, authored }: { published: Atlas; authored: AuthoredCorpus }) {
  const t = useEditorText();
  const language = useLanguage();
  const id = useId();
  const draftArticles = useEditorStore((state) => state.history.present.articles);
  const editing = useEditorStore((state) => state.access === 'editing');
  // The index's summaries (titles) and the new articles among the drafts; the text loads when opened.
  const articles = [
    ...published.articles,
    ...draftArticles.filter((a) => !published.articles.some((p) => p.id === a.id)),
  ];
  // The article the reader's panel shows (the link's `a=`, else the newest) is the one to start from.
  const [chosen, setChosen] = useState(() => {
    const shown = shownArticleId();
    return articles.find((article) => article.id === shown)?.id ?? articles[0]?.id ?? '';
  });
  const [opened, setOpened] = useState<ArticleUnderReview | null>(null);
  const startChecked = useRef(false);

  const textOf = async (id: string): Promise<Article | null> => {
    // The drafts as they are now (the start-up check runs with the first render's).
    const drafts = useEditorStore.getState().history.present.articles;
    const own = drafts.find((a) => a.id === id) ?? authored.articles.get(id);
    if (own) return own;
    const loaded = await loadArticleText(id);
    if (!loaded.ok) say(describeLoadProblem(language, loaded.problem));
    return loaded.ok ? loaded.value : null;
  };

  const open = async (articleId = chosen) => {
    const known = (a: { id: string }) => a.id === articleId;
    if (!published.articles.some(known) && !useEditorStore.getState().history.present.articles.some(known))
      return say(t('noArticle'));
    const [article, importer] = await Promise.all([textOf(articleId), loadImporter()]);
    if (!article) return;
    const { mentions } = importer.module.proposeMentions(importer.index, article);
    setOpened(underReview(importer, article, mentions));
    useEditorStore.setState({ articleId: article.id });
  };

  // Once the drafts are read and shown, an editor that starts on a new article of the drafts (imported,
  // still being worked on) finds its review open again, where a reload or closing the editor left it.
  useEffect(() => {
    const stop = () => {
      stopEditor();
      stopAtlas();
    };
    const startOnce = () => {
      const { access, history } = useEditorStore.getState();
      const { data } = useAtlasStore.getState();
      // Not before the drafts are read, nor before the map's data includes their articles.
      if (startChecked.current || access === 'loading' || data.kind !== 'ready') return;
      const index = getAtlasIndex(data.atlas);
      const newDrafts = history.present.articles.filter(
        (a) => !published.articles.some((p) => p.id === a.id),
      );
      if (newDrafts.some((a) => !index.articlesById.has(a.id))) return;
      startChecked.current = true;
      // Checked once: the stores' later changes (a hover, a moved map) need not call this again.
      stop();
      const shown = shownArticleId();
      if (shown === null || !newDrafts.some((a) => a.id === shown)) return;
      setChosen(shown);
      void open(shown);
    };
    const stopEditor = useEditorStore.subscribe(startOnce);
    const stopAtlas = useAtlasStore.subscribe(startOnce);
    queueMicrotask(startOnce);
    return stop;
    // Only at the start: `open` and the article lists are read when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const features = opened ? published.features.filter((f) => citesArticle(f, opened.article.id)) : [];
  return (
    <section className="editor-open-article" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('openArticle')}</h3>
      <label htmlFor={`${id}-choice`} className="visually-hidden">
        {t('openArticle')}
      </label>
      <select id={`${id}-choice`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title[language]}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => void open()} disabled={chosen === ''}>
        {t('open')}
      </button>
      {opened ? (
        <>
          <ArticleReview review={opened} authored={authored} />
          <h4>{t('articleFeatures')}</h4>
          {features.length === 0 ? <p>{t('noArticleFeatures')}</p> : null}
          <ul className="editor-article-features">
            {features.map((feature) => {
              const name = feature.properties.name[language];
              return (
                <li key={feature.properties.id}>
                  {name}{' '}
                  <button
                    type="button"
                    disabled={!editing}
                    aria-label={`${t('editFeature')}: ${name}`}
                    onClick={() => void editPublishedFeature(feature, authored, opened.article.id)}
                  >
                    {t('editFeature')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
