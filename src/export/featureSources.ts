// A feature's sources as an export carries them: the article, the passage with its text, and the exact quote
// with where it sits in the passage, so a reader of the file can check every quote against its passage,
// and the basis of that citation.
import { getAtlasIndex } from '../data/atlasIndex';
import { citationBasis } from '../data/citationBasis';
import { findQuote, type Article, type Atlas, type Basis, type FeatureProperties } from '../data/schema';

export type ExportedSource = {
  article: string;
  article_title: string;
  outlet: string;
  date: string;
  url: string | null;
  passage: string;
  passage_text: string;
  quote: string;
  /** Character offsets of the quote in `passage_text` (UTF-16, end exclusive); null when it is not found. */
  quote_start: number | null;
  quote_end: number | null;
  /** What this citation supports: an article may state what another only implies. */
  basis: Basis;
  basis_note_en: string;
  basis_note_ru: string;
};

/** The texts of the articles the exported features cite, by article id (loaded before the export). */
export type ArticleTexts = ReadonlyMap<string, Article>;

export function exportedSources(
  atlas: Atlas,
  texts: ArticleTexts,
  feature: { properties: FeatureProperties },
): ExportedSource[] {
  const index = getAtlasIndex(atlas);
  return feature.properties.sources.map((source) => {
    const article = index.articlesById.get(source.article);
    const passageText =
      texts.get(source.article)?.passages.find((passage) => passage.id === source.passage)?.text ?? '';
    const span = findQuote(passageText, source.quote);
    const cited = citationBasis(source, feature.properties);
    return {
      article: source.article,
      // Articles keep their own language: the title and outlet as the original gives them.
      article_title: article ? article.title[article.language] : '',
      outlet: article ? article.outlet[article.language] : '',
      date: article?.date ?? '',
      url: article?.url ?? null,
      passage: source.passage,
      passage_text: passageText,
      quote: source.quote,
      quote_start: span?.start ?? null,
      quote_end: span?.end ?? null,
      basis: cited.basis,
      basis_note_en: cited.basis_note.en,
      basis_note_ru: cited.basis_note.ru,
    };
  });
}
