// Which corpus the geo scripts read: geo/ by default, or the folder named by ATLAS_CORPUS (a newsroom's own,
// kept apart from the app's code), with the layout of geo/: articles/, overlays/, coverage-allow.json,
// proposals/. The reference data the recipes use (geo/lib: places, towns, the basemap snapshot) stays the
// app's. Inside the scripts a corpus file is named as if under geo/; messages name it where it really is.
import { join, resolve } from 'node:path';

export type CorpusFolder = { path: string; label: string };

const CORPUS_PARTS = ['geo/articles/', 'geo/overlays/', 'geo/proposals/', 'geo/coverage-allow.json'];

export function corpusFolder(root: string, env: NodeJS.ProcessEnv = process.env): CorpusFolder {
  const named = env['ATLAS_CORPUS']?.trim();
  if (!named) return { path: join(root, 'geo'), label: 'geo' };
  return { path: resolve(named), label: named.replace(/\/+$/, '') };
}

export const isCorpusFile = (file: string): boolean => CORPUS_PARTS.some((part) => file.startsWith(part));

/** Where a file named as under geo/ (or as under the project root) is on disk. */
export function pathOf(root: string, corpus: CorpusFolder, file: string): string {
  return isCorpusFile(file) ? join(corpus.path, file.slice('geo/'.length)) : join(root, file);
}

/** A file's name as a person finds it: in their corpus folder when it is a corpus file. */
export function displayFile(corpus: CorpusFolder, file: string): string {
  return isCorpusFile(file) ? `${corpus.label}/${file.slice('geo/'.length)}` : file;
}
