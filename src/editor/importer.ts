// The importer (src/text through newArticle.ts) and its gazetteer, about 1 MB together: loaded the first
// time an article is imported, opened for review, or its rejections are downloaded.
import type { PlaceIndex } from '../text/placeIndex';
import type * as NewArticleModule from './newArticle';

export type Importer = { index: PlaceIndex; module: typeof NewArticleModule };

let importer: Promise<Importer> | null = null;

export function loadImporter(): Promise<Importer> {
  importer ??= Promise.all([import('../../geo/gazetteer.json'), import('./newArticle')]).then(
    ([gazetteer, module]) => ({ index: module.buildPlaceIndex(gazetteer.default.entries), module }),
  );
  // A failed load (offline) is tried again next time rather than kept.
  importer.catch(() => (importer = null));
  return importer;
}
