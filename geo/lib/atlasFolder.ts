// A data folder on disk (public/data, a test fixture's, a synthetic corpus's) read back as the compiled atlas,
// checked against the same schemas the app loads it with: what the tests and the benchmark compare against.
// And a test fixture's folder written from a compiled atlas, laid out as geo:build lays out public/data.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import {
  articleFile,
  assembleAtlas,
  dataFiles,
  detailsFile,
  geometryFile,
  INDEX_FILE,
  splitAtlas,
} from '../../src/data/atlasFiles';
import { OVERLAY_ARCHIVE_FILE } from '../../src/map/tileSources';
import { cutOverlayArchive } from '../tiles/tilesets';
import {
  ArticleSchema,
  AtlasSchema,
  DetailsChunkSchema,
  GeometryChunkSchema,
  type Atlas,
  type CompiledAtlas,
} from '../../src/data/schema';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function readAtlasIndex(folder: string): Atlas {
  return v.parse(AtlasSchema, readJson(join(folder, INDEX_FILE)));
}

export function readAtlasFolder(folder: string): CompiledAtlas {
  const index = readAtlasIndex(folder);
  const chunkIds = [...new Set(index.features.map((feature) => feature.chunk))];
  return assembleAtlas({
    index,
    articles: index.articles.map(({ id }) => v.parse(ArticleSchema, readJson(join(folder, articleFile(id))))),
    chunks: chunkIds.map((chunk) =>
      v.parse(GeometryChunkSchema, readJson(join(folder, geometryFile(chunk)))),
    ),
    details: chunkIds.map((chunk) => v.parse(DetailsChunkSchema, readJson(join(folder, detailsFile(chunk))))),
  });
}

/** Writes the index, the articles' texts, the geometry and details chunks and the overlays' tile archive into `folder`. */
export function writeAtlasFolder(folder: string, atlas: CompiledAtlas): void {
  for (const old of ['articles', 'geometry', 'details', 'layers', 'atlas.json'])
    rmSync(join(folder, old), { recursive: true, force: true });
  for (const { path, text } of dataFiles(splitAtlas(atlas), (value) => `${JSON.stringify(value)}\n`)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  // The map reads the overlays from their tile archive, cut as geo:build cuts the real one.
  writeFileSync(join(folder, OVERLAY_ARCHIVE_FILE), cutOverlayArchive(atlas).bytes);
}
