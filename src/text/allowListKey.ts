// The key of a passage in geo/coverage-allow.json (`<article-id>#<passage-id>`), shared by geo:check and the
// browser editor that writes the file. Light: the editor's own chunk carries it.

export const allowListKey = (article: string, passage: string): string => `${article}#${passage}`;

/** The article and passage a key names, or null when it is not a key. */
export function parseAllowListKey(key: string): { article: string; passage: string } | null {
  const match = /^([^#]+)#([^#]+)$/.exec(key);
  return match?.[1] !== undefined && match[2] !== undefined ? { article: match[1], passage: match[2] } : null;
}
