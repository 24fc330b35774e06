// Parsed text + options -> an article in the corpus format (src/data/schema.ts), or a problem an editor can
// act on. Front matter gives the defaults; options (the command's flags) win.
import { KEBAB_ID, type Article } from '../data/schema';
import { assignPassageIds, type IdentifiedPassage } from './passageIds';
import type { ParsedText } from './parseArticle';
import { articleSlug } from './slug';
import { isCalendarDate } from '../data/dateRange';

export interface ArticleOptions {
  id?: string;
  date?: string;
  outlet?: string;
  lang?: string;
  title?: string;
  url?: string;
}

/** The part of the article a problem is about, so a form can point at its field. */
export type ArticleField = 'title' | 'date' | 'outlet' | 'lang' | 'id' | 'url';

export type BuiltArticle =
  { ok: true; article: Article } | { ok: false; problem: string; field: ArticleField; missing: boolean };

/** A real calendar date written YYYY-MM-DD: the one rule the schema and the links use too. */
export const isIsoDate = isCalendarDate;

/** ru when most letters are Cyrillic, en otherwise. */
export function guessLanguage(text: string): 'ru' | 'en' {
  const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return cyrillic >= latin ? 'ru' : 'en';
}

export function buildArticle(
  parsed: ParsedText,
  options: ArticleOptions,
  previous: readonly IdentifiedPassage[] = [],
): BuiltArticle {
  const refuse = (field: ArticleField, problem: string, missing = false): BuiltArticle => ({
    ok: false,
    problem,
    field,
    missing,
  });
  const fm = parsed.frontMatter;
  const title = options.title ?? fm.title ?? parsed.title;
  if (title === null || title.trim() === '') return refuse('title', 'has no title and no text', true);
  if (parsed.blocks.length === 0) return refuse('title', 'has a title but no text after it');
  const date = options.date ?? fm.date;
  if (date === undefined) return refuse('date', 'has no date: add date: YYYY-MM-DD or --date', true);
  if (!isIsoDate(date)) return refuse('date', `date '${date}' is not a date (YYYY-MM-DD)`);
  const outlet = options.outlet ?? fm.outlet;
  if (outlet === undefined || outlet.trim() === '')
    return refuse('outlet', 'has no outlet: add outlet: NAME or --outlet', true);
  const lang = options.lang ?? fm.lang ?? guessLanguage(parsed.blocks.map((b) => b.text).join(' '));
  if (lang !== 'ru' && lang !== 'en') return refuse('lang', `language '${lang}' is not ru or en`);
  const id = options.id ?? fm.id ?? articleSlug(outlet, date, title);
  if (!KEBAB_ID.test(id)) return refuse('id', `id '${id}' must be kebab-case (a-z, 0-9, single hyphens)`);
  const url = options.url ?? fm.url;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) return refuse('url', `url '${url}' is not a URL`);
  const passages = assignPassageIds(parsed.blocks, previous);
  const lead = passages.find((p) => p.kind === 'paragraph')?.text ?? title;
  const article: Article = {
    id,
    // The other language repeats the original until someone translates it.
    title: { en: title, ru: title },
    lead: lang === 'ru' ? { ru: lead } : { ru: lead, en: lead },
    outlet: { en: outlet, ru: outlet },
    date,
    language: lang,
    ...(url === undefined ? {} : { url }),
    passages,
  };
  return { ok: true, article };
}
