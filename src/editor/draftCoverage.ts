// The coverage rule over every article of the drafts, not only the one in review: which passages still name
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

/** The passages of the drafts' articles that geo:check would report as naming places with no feature. */
export function openPassagesOfDrafts(
  importer: Importer,
  authored: AuthoredCorpus,
  doc: EditorDoc,
): Array<{ article: string; passage: string }> {
  const cited = citedByDownload(authored, doc);
  return doc.articles.flatMap((article) => {
    const names = namesOfArticle(importer, article);
    return articleCoverage(article, (id) => names.get(id) ?? [], cited, authored.allowList, doc)
      .filter((row) => row.coverage.state === 'open')
      .map((row) => ({ article: article.id, passage: row.passage }));
  });
}
