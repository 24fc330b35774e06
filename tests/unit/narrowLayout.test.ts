// The narrow layout (map on top, panels in a bottom sheet) is chosen by one media query, in the code and in
// every style sheet that lays out for it: a rule left at another width would mix the two layouts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARROW_QUERY } from '../../src/app/useMediaQuery';

function styleSheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('the narrow layout’s media query', () => {
  const queries = styleSheets('src').flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/@media ([^{]+)\{/g)].map((match) => ({
      path,
      // Prettier wraps a long query over lines.
      query: (match[1] ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );

  it('is the same in every style sheet that lays out for it as in the code', () => {
    const narrow = queries.filter(({ query }) => /max-width: 640px/.test(query));
    expect(narrow.length).toBeGreaterThanOrEqual(4);
    for (const { path, query } of narrow) expect(`${path}: ${query}`).toBe(`${path}: ${NARROW_QUERY}`);
  });
});
