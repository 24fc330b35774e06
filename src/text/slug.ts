// Article ids from outlet, date and title: kebab-case Latin (Cyrillic transliterated by slugify's charmap).
import slugify from 'slugify';

const MAX_TITLE_WORDS = 6;
const MAX_LENGTH = 80;

export function slug(text: string): string {
  return slugify(text.replace(/[_.]/g, ' '), { lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export function articleSlug(outlet: string, date: string, title: string): string {
  const titleWords = slug(title).split('-').filter(Boolean).slice(0, MAX_TITLE_WORDS).join('-');
  const id = [slug(outlet), date, titleWords].filter((part) => part !== '').join('-');
  return id.slice(0, MAX_LENGTH).replace(/-$/, '');
}
