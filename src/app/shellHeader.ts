// The static shell's header (index.html) gets the product name and tagline as soon as the link's
// language is known, so the page is not nameless while React's modules load; React's Header then
// replaces it with the same text (and the same classes, so nothing moves).
import { translate, type Language } from '../i18n/dictionaries';

export function fillShellHeader(root: ParentNode, language: Language): void {
  const header = root.querySelector('.app-shell > .app-header');
  if (!header || header.childElementCount > 0) return;
  const title = document.createElement('div');
  title.className = 'app-title';
  const name = document.createElement('h1');
  name.textContent = translate(language, 'productName');
  const tagline = document.createElement('p');
  tagline.className = 'tagline';
  tagline.textContent = translate(language, 'tagline');
  title.append(name, tagline);
  header.append(title);
}
