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
  return { overlays, articles };
}
