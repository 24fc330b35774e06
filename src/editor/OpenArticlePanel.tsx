// "Open an article": any article of the corpus (or a new one among the drafts) shown for editing like a new
// one: its text with the proposed place mentions to Accept or Reject, the features that cite it to edit,
// and "Cite selection" citing into its passages.
import { useId, useState } from 'react';
import { describeLoadProblem } from '../data/loadProblem';
import { loadArticleText } from '../data/onDemand';
import type { Atlas, Article, IndexedFeature } from '../data/schema';
import { ArticleReview, underReview, type ArticleUnderReview } from './ArticleReview';
import type { AuthoredCorpus } from './corpusFiles';
import { editPublishedFeature } from './editPublished';
import { say, useEditorStore } from './editorStore';
import { loadImporter } from './importer';
import { useEditorText, useLanguage } from './useEditorText';

const citesArticle = (feature: IndexedFeature, id: string) =>
  feature.properties.sources.some((source) => source.article === id);

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
  const [chosen, setChosen] = useState(articles[0]?.id ?? '');
  const [opened, setOpened] = useState<ArticleUnderReview | null>(null);

  const textOf = async (id: string): Promise<Article | null> => {
    const own = draftArticles.find((a) => a.id === id) ?? authored.articles.get(id);
    if (own) return own;
    const loaded = await loadArticleText(id);
    if (!loaded.ok) say(describeLoadProblem(language, loaded.problem));
    return loaded.ok ? loaded.value : null;
  };

  const open = async () => {
    if (!articles.some((a) => a.id === chosen)) return say(t('noArticle'));
    const [article, importer] = await Promise.all([textOf(chosen), loadImporter()]);
    if (!article) return;
    const { mentions } = importer.module.proposeMentions(importer.index, article);
    setOpened(underReview(importer, article, mentions));
    useEditorStore.setState({ articleId: article.id });
  };

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
