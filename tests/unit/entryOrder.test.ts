import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// ES modules run in import order: the map starts (in startPage's body) before React's modules have run
// only while main.tsx imports startPage ahead of the app. Nothing else would fail if the order flipped;
// the bench would only show the map starting some 200 ms later.
describe('the entry module', () => {
  const source = readFileSync(new URL('../../src/main.tsx', import.meta.url), 'utf8');
  const importAt = (specifier: string) => source.indexOf(`from '${specifier}'`);

  it('imports the page start (which starts the map) before anything of the app', () => {
    expect(importAt('./startPage')).toBeGreaterThan(-1);
    expect(importAt('./app/renderApp')).toBeGreaterThan(importAt('./startPage'));
    const firstImport = source.search(/^import /m);
    expect(source.slice(firstImport).startsWith("import { pageStarted } from './startPage';")).toBe(true);
  });
});
