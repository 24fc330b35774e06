// The New article form as typed, kept in the browser until Import takes it into the drafts: a text pasted
// and not yet imported survives a reload or a closed tab. (The drafts' own store keeps only what was
// imported; this is the one thing typed before that.) Storage that is full or switched off loses only this.

export type ArticleDetails = { outlet: string; date: string; lang: '' | 'ru' | 'en'; url: string };
export type KeptForm = { text: string; details: ArticleDetails };

export const NO_DETAILS: ArticleDetails = { outlet: '', date: '', lang: '', url: '' };
const KEY = 'risk-atlas:new-article-form';

const isText = (value: unknown): value is string => typeof value === 'string';

/** The form kept from before, or null (none, or not one this version wrote). */
export function readKeptForm(storage: Storage | undefined = globalThis.localStorage): KeptForm | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { text, details } = parsed as Record<string, unknown>;
    if (!isText(text) || typeof details !== 'object' || details === null) return null;
    const { outlet, date, lang, url } = details as Record<string, unknown>;
    if (!isText(outlet) || !isText(date) || !isText(url)) return null;
    if (lang !== '' && lang !== 'ru' && lang !== 'en') return null;
    return { text, details: { outlet, date, lang, url } };
  } catch {
    return null;
  }
}

const isEmpty = ({ text, details }: KeptForm) =>
  text.trim() === '' && Object.values(details).every((value) => value.trim() === '');

/** Keeps the form as it is now; an empty form (or null, after Import) leaves nothing behind. */
export function keepForm(
  form: KeptForm | null,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    if (form === null || isEmpty(form)) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(form));
  } catch {
    // Full or switched off: the form is kept for this page only, as it was before.
  }
}
