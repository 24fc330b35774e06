// The coverage rule over every article the drafts can change, not only the one in review: which passages still name
// places or movements with neither a feature nor a reason, for the count the editor keeps in view and the
// warning Download changes gives. What a passage names comes from the importer's gazetteer.
import type { Article } from '../data/schema';
import { citedByDownload, type AuthoredCorpus } from './corpusFiles';
import { articleCoverage } from './coverage';
import type { EditorDoc } from './draft';
import type { Importer } from './importer';

// An article's text never changes under its object (drafts are immutable): its names are found once.
const namesCache = new WeakMap<Article, ReadonlyMap<string, readonly string[]>>();

/** What each passage of the article names (passage id → places and movements), as geo:check finds them. */
export function namesOfArticle(
  { index, module }: Importer,
  article: Article,
): ReadonlyMap<string, readonly string[]> {
  let names = namesCache.get(article);
  if (!names) {
    names = module.namesByPassage(index, article);
    namesCache.set(article, names);
  }
  return names;
}

/**
 * The articles whose passages the drafts can leave without a feature: the drafts' own, every article a
 * published feature cites when a draft of the same id replaces it (the draft may cite less), and every
 * article with a published reason taken back.
 */
function articlesAtStake(authored: AuthoredCorpus, doc: EditorDoc): Article[] {
  const draftIds = new Set(doc.features.map((draft) => draft.form.id.trim()));
  const ids = new Set<string>();
  for (const file of Object.values(authored.overlays))
    for (const feature of file.features) {
      if (!draftIds.has(String(feature.properties['id']))) continue;
      const sources = Array.isArray(feature.properties['sources']) ? feature.properties['sources'] : [];
      for (const source of sources)
        if (typeof source === 'object' && source !== null && 'article' in source)
          ids.add(String(source.article));
    }
  for (const withdrawn of doc.withdrawnReasons) ids.add(withdrawn.article);
  const own = new Set(doc.articles.map((article) => article.id));
  const published = [...authored.articles.values()].filter((a) => ids.has(a.id) && !own.has(a.id));
  return [...doc.articles, ...published];
}

/** Whether the drafts can leave a passage without a feature at all (the count needs the gazetteer then). */
export const coverageAtStake = (authored: AuthoredCorpus, doc: EditorDoc): boolean =>
  articlesAtStake(authored, doc).length > 0;

/** The passages that geo:check would report, after the download, as naming places with no feature. */
export function openPassagesOfDrafts(
  importer: Importer,
  authored: AuthoredCorpus,
  doc: EditorDoc,
): Array<{ article: string; passage: string }> {
  const cited = citedByDownload(authored, doc);
  return articlesAtStake(authored, doc).flatMap((article) => {
    const names = namesOfArticle(importer, article);
    return articleCoverage(article, (id) => names.get(id) ?? [], cited, authored.allowList, doc)
      .filter((row) => row.coverage.state === 'open')
      .map((row) => ({ article: article.id, passage: row.passage }));
  });
}
