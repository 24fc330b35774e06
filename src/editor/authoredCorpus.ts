// The corpus the app was built from, as written in geo/ (with build recipes), bundled into the editor's
// chunk only: "Download changes" writes whole overlay files, keeping every published feature as it is.
import type { Article, LayerId } from '../data/schema';
import type { AuthoredCorpus, OverlayFile } from './corpusFiles';
import { isLayerId } from './draft';

// The overlays, the articles, the allow-list and the not-mapped risks (the last two: what the editor needs to
// say which passages still want a feature or a reason, and to write coverage-allow.json whole).
const corpusTexts = import.meta.glob<string>(
  [
    '../../geo/overlays/*.geojson',
    '../../geo/articles/*.json',
    '../../geo/coverage-allow.json',
    '../../geo/overlays/risk-not-mapped.json',
  ],
  { query: '?raw', import: 'default', eager: true },
);

const parsedFile = <T>(path: string, empty: T): T => {
  const text = corpusTexts[`../../geo/${path}`];
  return text === undefined ? empty : (JSON.parse(text) as T);
};

export function readAuthoredCorpus(): AuthoredCorpus {
  const overlays: Partial<Record<LayerId, OverlayFile>> = {};
  const articles = new Map<string, Article>();
  for (const [path, text] of Object.entries(corpusTexts)) {
    const layer = /\/overlays\/([^/]+)\.geojson$/.exec(path)?.[1] ?? '';
    if (isLayerId(layer)) overlays[layer] = JSON.parse(text) as OverlayFile;
    if (path.includes('/articles/')) {
      const article = JSON.parse(text) as Article;
      articles.set(article.id, article);
    }
  }
  return {
    overlays,
    articles,
    allowList: parsedFile<Record<string, string>>('coverage-allow.json', {}),
    notMapped: parsedFile<Array<Record<string, unknown>>>('overlays/risk-not-mapped.json', []),
  };
}
