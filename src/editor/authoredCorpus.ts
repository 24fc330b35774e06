// The corpus the app was built from, as written in geo/ (with build recipes), bundled into the editor's
// chunk only: "Download changes" writes whole overlay files, keeping every published feature as it is.
import type { Article, LayerId } from '../data/schema';
import type { AuthoredCorpus, OverlayFile } from './corpusFiles';
import { isLayerId } from './draft';

const overlayTexts = import.meta.glob<string>('../../geo/overlays/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const articleTexts = import.meta.glob<string>('../../geo/articles/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// The allow-list and the not-mapped risks: what the editor needs to say which passages still want a feature
// or a reason, and to write coverage-allow.json whole.
const allowListTexts = import.meta.glob<string>('../../geo/coverage-allow.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const notMappedTexts = import.meta.glob<string>('../../geo/overlays/risk-not-mapped.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const parsedFile = <T>(texts: Record<string, string>, empty: T): T => {
  const [text] = Object.values(texts);
  return text === undefined ? empty : (JSON.parse(text) as T);
};

export function readAuthoredCorpus(): AuthoredCorpus {
  const overlays: Partial<Record<LayerId, OverlayFile>> = {};
  for (const [path, text] of Object.entries(overlayTexts)) {
    const layer = path.split('/').pop()?.replace('.geojson', '') ?? '';
    if (isLayerId(layer)) overlays[layer] = JSON.parse(text) as OverlayFile;
  }
  const articles = new Map<string, Article>();
  for (const text of Object.values(articleTexts)) {
    const article = JSON.parse(text) as Article;
    articles.set(article.id, article);
  }
  return {
    overlays,
    articles,
    allowList: parsedFile<Record<string, string>>(allowListTexts, {}),
    notMapped: parsedFile<Array<Record<string, unknown>>>(notMappedTexts, []),
  };
}
