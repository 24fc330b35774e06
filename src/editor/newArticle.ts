// "New article", pure: pasted text or a text file in the article:import format becomes an article and its
// place proposals through src/text (the same modules as the command, no second implementation), and an
// accepted proposal becomes a draft point citing that mention.
import type { Article } from '../data/schema';
import { buildArticle, type ArticleField, type ArticleOptions } from '../text/buildArticle';
import { draftsFromProposals } from '../text/drafts';
import { parseArticleText } from '../text/parseArticle';
import { namedTerms } from '../text/namedTerms';
import type { PlaceIndex } from '../text/placeIndex';

export { buildPlaceIndex } from '../text/placeIndex';
export { proposeMentions } from '../text/proposals';
import { proposeMentions, type Mention } from '../text/proposals';
import { CONTEXT_LENGTH } from './cite';
import { draftFromFeature } from './corpusFiles';
import { emptyForm, type DraftFeature, type EditorDoc } from './draft';

export type ImportedArticle =
  | { ok: true; article: Article; mentions: Mention[]; warnings: string[] }
  | { ok: false; problem: string; field: ArticleField; missing: boolean };

/** `details`: what the form says about the article (outlet, date...), over what the text's front matter says. */
export function importArticle(
  text: string,
  index: PlaceIndex,
  details: ArticleOptions = {},
): ImportedArticle {
  const parsed = parseArticleText(text);
  const built = buildArticle(parsed, details);
  if (!built.ok) return built;
  const { mentions } = proposeMentions(index, built.article);
  return { ok: true, article: built.article, mentions, warnings: parsed.warnings };
}

/**
 * What each passage names (places and movements, passage id → labels), found as geo:check's coverage rule
 * finds them: a passage that names something needs a feature or a reason.
 */
export function namesByPassage(index: PlaceIndex, article: Pick<Article, 'passages'>): Map<string, string[]> {
  return new Map(article.passages.map((p) => [p.id, namedTerms(index, p.text)]));
}

function sourceOf(article: Article, mention: Mention) {
  const text = article.passages.find((p) => p.id === mention.passage)?.text ?? '';
  return {
    article: article.id,
    passage: mention.passage,
    quote: mention.quote,
    prefix: text.slice(Math.max(0, mention.start - CONTEXT_LENGTH), mention.start),
    suffix: text.slice(mention.end, mention.end + CONTEXT_LENGTH),
  };
}

/**
 * The draft an accepted mention makes: for a site the gazetteer knows (a port, a crossing), the import's own
 * draft; for any other place (a town, a country), a point at the gazetteer's position whose kind the person
 * still has to choose.
 */
function draftOfMention(key: string, article: Article, mention: Mention, placesJsonIds: ReadonlySet<string>) {
  const place = mention.candidates[0];
  if (!place) return null;
  const source = sourceOf(article, mention);
  const geometry = { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] };
  const [site] = draftsFromProposals(
    { article: article.id, mentions: [mention] },
    new Set(),
    placesJsonIds,
  ).drafts;
  if (site) {
    const draft = draftFromFeature(key, site, 'sites', geometry);
    // A place from places.json stays a recipe in the file; the form still names where the point comes from.
    const geometrySource = draft.form.geometry_source || `places.json: ${place.id}`;
    return { ...draft, form: { ...draft.form, geometry_source: geometrySource }, sources: [source] };
  }
  const form = emptyForm('point');
  const draft: DraftFeature = {
    key,
    shape: 'point',
    form: {
      ...form,
      id: `draft-${place.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      kind: '',
      'name.en': place.name.en,
      'name.ru': place.name.ru ?? place.name.en,
      basis: 'inferred',
      precision_km: String(place.precision_km),
      geometry_source: `gazetteer ${place.id}: ${place.source}`,
    },
    geometry,
    sources: [source],
  };
  return draft;
}

/** Accepting a mention: the article joins the drafts (once) and a draft point cites the mention. */
export function acceptMention(
  doc: EditorDoc,
  article: Article,
  mention: Mention,
  placesJsonIds: ReadonlySet<string>,
): { doc: EditorDoc; key: string | null } {
  const key = `d${doc.nextKey}`;
  const draft = draftOfMention(key, article, mention, placesJsonIds);
  if (!draft) return { doc, key: null };
  const articles = doc.articles.some((a) => a.id === article.id) ? doc.articles : [...doc.articles, article];
  return { doc: { ...doc, articles, nextKey: doc.nextKey + 1, features: [...doc.features, draft] }, key };
}
