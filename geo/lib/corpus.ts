// Reads the corpus from disk (Node only): every article in geo/articles/, one overlay per layer, the
// not-mapped risks, the coverage allow-list, places.json, the route towns, the places' countries and the
// basemap's country polygons. Unreadable JSON becomes a problem, not a throw.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { LAYER_IDS, type LayerId } from '../../src/data/schema';
import {
  ALLOW_LIST_FILE,
  NOT_MAPPED_FILE,
  overlayFile,
  type CorpusInput,
  type Problem,
  type SourceFile,
} from '../validate';
import { COUNTRIES_FILE } from './land';
import { PLACE_COUNTRIES_FILE } from './place-countries';
import { PLACES_FILE } from './places';
import { SNAPSHOT_FILE } from './snapshot';
import { TOWNS_FILE } from './towns';
import { corpusFolder, pathOf, type CorpusFolder } from './corpusFolder';

export function readJson(
  root: string,
  file: string,
  corpus: CorpusFolder = corpusFolder(root),
): { source: SourceFile } | { problem: Problem } {
  const path = pathOf(root, corpus, file);
  if (!existsSync(path)) return { problem: { file, message: 'file is missing' } };
  try {
    return { source: { file, data: JSON.parse(readFileSync(path, 'utf8')) as unknown } };
  } catch (e) {
    return { problem: { file, message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** What a corpus without its folders reads as: every part missing, so the checks name each. */
function emptyInput(read: (file: string) => SourceFile): CorpusInput {
  return {
    articles: [],
    overlays: {},
    notMapped: read(NOT_MAPPED_FILE),
    allowList: read(ALLOW_LIST_FILE),
    places: read(PLACES_FILE),
    towns: read(TOWNS_FILE),
    placeCountries: read(PLACE_COUNTRIES_FILE),
    countries: read(COUNTRIES_FILE),
    snapshot: read(SNAPSHOT_FILE),
  };
}

export function loadCorpus(
  root: string,
  corpus: CorpusFolder = corpusFolder(root),
): { input: CorpusInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (file: string) => pathOf(root, corpus, file);
  const read = (file: string): SourceFile => {
    const r = readJson(root, file, corpus);
    if ('problem' in r) {
      problems.push(r.problem);
      return { file, data: undefined };
    }
    return r.source;
  };
  if (!existsSync(at('geo/articles/'))) {
    problems.push({
      file: 'geo/articles/',
      message: 'is missing: a corpus folder needs articles/ and overlays/',
    });
    return { input: emptyInput(read), problems };
  }
  const articleFiles = readdirSync(at('geo/articles/'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `geo/articles/${f}`);
  const overlays: Partial<Record<LayerId, SourceFile>> = {};
  for (const layer of LAYER_IDS) {
    const file = overlayFile(layer);
    if (existsSync(at(file))) overlays[layer] = read(file);
  }
  const known = new Set([...LAYER_IDS.map(overlayFile), NOT_MAPPED_FILE]);
  for (const f of existsSync(at('geo/overlays/')) ? readdirSync(at('geo/overlays/')).sort() : []) {
    const file = `geo/overlays/${f}`;
    if (!known.has(file)) {
      problems.push({ file, message: `unexpected file: overlays are ${LAYER_IDS.join(', ')} (.geojson)` });
    }
  }
  return {
    input: {
      articles: articleFiles.map(read),
      overlays,
      notMapped: read(NOT_MAPPED_FILE),
      allowList: read(ALLOW_LIST_FILE),
      places: read(PLACES_FILE),
      towns: read(TOWNS_FILE),
      placeCountries: read(PLACE_COUNTRIES_FILE),
      countries: read(COUNTRIES_FILE),
      snapshot: read(SNAPSHOT_FILE),
    },
    problems,
  };
}
