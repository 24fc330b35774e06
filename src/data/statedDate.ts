// The rule on a feature's own date, shared by geo:check and the editor's form: the date is a claim its
// sources must back, so at least one cited article must be published on that day or before it.

export type LateSources = { article: string; date: string };

/**
 * The earliest cited article when every one is published after the stated day (the rule broken), else
 * null. Articles of unknown date are left out; with none known there is nothing to judge.
 */
export function sourcesAfterStatedDate(
  stated: string | undefined,
  sources: ReadonlyArray<{ article: string }>,
  dateOf: (article: string) => string | undefined,
): LateSources | null {
  if (stated === undefined) return null;
  const published = sources.flatMap((source) => {
    const date = dateOf(source.article);
    return date === undefined ? [] : [{ article: source.article, date }];
  });
  if (published.length === 0 || published.some(({ date }) => date <= stated)) return null;
  return published.reduce((a, b) => (b.date < a.date ? b : a));
}
