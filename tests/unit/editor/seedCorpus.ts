// The seed corpus as the editor bundles it, and geo:check run on it with downloaded files dropped in: shared
// by the editor's unit tests that download and check.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAtlas } from '../../../geo/lib/compile';
import { loadCorpus } from '../../../geo/lib/corpus';
import { formatProblem } from '../../../geo/validate';
import type { Article, LayerId } from '../../../src/data/schema';
import type { AuthoredCorpus, CorpusFile, OverlayFile } from '../../../src/editor/corpusFiles';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function readAuthored(): AuthoredCorpus {
  const overlays: Partial<Record<LayerId, OverlayFile>> = {};
  for (const file of readdirSync('geo/overlays').filter((f) => f.endsWith('.geojson')))
    overlays[file.replace('.geojson', '') as LayerId] = readJson<OverlayFile>(join('geo/overlays', file));
  const articles = new Map<string, Article>();
  for (const file of readdirSync('geo/articles')) {
    const article = readJson<Article>(join('geo/articles', file));
    articles.set(article.id, article);
  }
  return {
    overlays,
    articles,
    allowList: readJson<Record<string, string>>('geo/coverage-allow.json'),
    notMapped: readJson<Array<Record<string, unknown>>>('geo/overlays/risk-not-mapped.json'),
  };
}

/**
 * geo:check's problems (formatted), of loading and of compiling, on the seed corpus with the files dropped
 * in, in a folder under `root`.
 */
export function checkDownloaded(files: readonly CorpusFile[], root: string): string[] {
  const corpus = mkdtempSync(join(root, 'corpus-'));
  for (const part of ['articles', 'overlays', 'coverage-allow.json'])
    cpSync(join('geo', part), join(corpus, part), { recursive: true });
  mkdirSync(join(corpus, 'proposals'));
  for (const file of files) writeFileSync(join(corpus, file.path), file.text);
  const { input, problems } = loadCorpus(process.cwd(), { path: corpus, label: 'downloaded' });
  return [...problems, ...compileAtlas(input).problems].map(formatProblem);
}
