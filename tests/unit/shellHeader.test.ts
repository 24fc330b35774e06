// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fillShellHeader } from '../../src/app/shellHeader';
import { loadLanguage } from '../../src/i18n/dictionaries';

function shell(): HTMLElement {
  const root = document.createElement('div');
  const app = document.createElement('div');
  app.className = 'app app-shell';
  const header = document.createElement('header');
  header.className = 'app-header';
  app.append(header);
  root.append(app);
  return root;
}

describe("the static shell's header", () => {
  beforeAll(() => loadLanguage('ru'));
  beforeEach(() => document.body.replaceChildren());

  it('names the product and its purpose in the link language, with the classes of the real header', () => {
    const root = shell();
    fillShellHeader(root, 'ru');
    const title = root.querySelector('.app-header > .app-title');
    expect(title?.querySelector('h1')?.textContent).toBe('Атлас рисков');
    expect(title?.querySelector('p.tagline')?.textContent).toMatch(/^Маршруты эвакуации/);

    const english = shell();
    fillShellHeader(english, 'en');
    expect(english.querySelector('h1')?.textContent).toBe('Risk Atlas');
  });

  it('fills it once, and leaves a page without the shell alone', () => {
    const root = shell();
    fillShellHeader(root, 'en');
    fillShellHeader(root, 'en');
    expect(root.querySelectorAll('h1')).toHaveLength(1);

    // React's header is not in a shell: nothing to fill.
    const rendered = shell();
    rendered.firstElementChild?.classList.remove('app-shell');
    fillShellHeader(rendered, 'en');
    expect(rendered.querySelector('h1')).toBeNull();
  });
});
