// Draw and cite (as the editor's model does), download, check and build: the corpus takes the files
// unchanged and the built atlas has the new feature with its quote.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAtlas } from '../../../geo/lib/compile';
import { loadCorpus } from '../../../geo/lib/corpus';
import { formatProblem } from '../../../geo/validate';
import { citeSelection, layoutArticle } from '../../../src/editor/cite';
import { filesForDownload, openFiles, type AuthoredCorpus } from '../../../src/editor/corpusFiles';
import { EMPTY_DOC, addSource, newDraft, setField, type EditorDoc } from '../../../src/editor/draft';
import { readAuthored } from './seedCorpus';

const root = mkdtempSync(join(tmpdir(), 'atlas-round-trip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function drawAndCite(authored: AuthoredCorpus): EditorDoc {
  const [article] = authored.articles.values();
  if (!article) throw new Error('the seed corpus has no article');
  // Bandar Anzali, places.json (port-anzali): 49.46222, 37.47278, as the editor snaps to a gazetteer place.
  let doc = newDraft(EMPTY_DOC, 'point', { type: 'Point', coordinates: [49.46222, 37.47278] });
  const key = doc.features[0]?.key ?? '';
  const fields: Array<[Parameters<typeof setField>[2], string]> = [
    ['id', 'site-round-trip-port'],
    ['name.en', 'Round-trip port'],
    ['name.ru', 'Порт для проверки'],
    ['summary.en', 'A port drawn in the browser.'],
    ['summary.ru', 'Порт, нарисованный в браузере.'],
    ['basis', 'inferred'],
    ['basis_note.en', 'Drawn for the round-trip test.'],
    ['basis_note.ru', 'Нарисован для проверки.'],
    ['precision_km', '1'],
    ['country', 'IRN'],
  ];
  for (const [field, value] of fields) doc = setField(doc, key, field, value);
  const layout = layoutArticle(article.passages);
  const quote = 'эвакуации';
  const start = layout.text.indexOf(quote);
  const cited = citeSelection(article.id, layout, start, start + quote.length);
  if (cited.kind !== 'cited') throw new Error('the quote could not be cited');
  return addSource(doc, key, cited.source);
}

describe('download, check, build', () => {
  it('writes files that the geo check accepts and the build shows, with the quote', () => {
    const authored = readAuthored();
    const { files, unfinished } = filesForDownload(authored, drawAndCite(authored));
    expect(unfinished).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['overlays/sites.geojson']);

    // A corpus folder of its own (as ATLAS_CORPUS names one): the seed corpus with the downloaded files in.
    for (const part of ['articles', 'overlays', 'coverage-allow.json'])
      cpSync(join('geo', part), join(root, part), { recursive: true });
    for (const file of files) writeFileSync(join(root, file.path), file.text);
    const { input, problems } = loadCorpus(process.cwd(), { path: root, label: 'downloaded' });
    expect(problems).toEqual([]);
    const compiled = compileAtlas(input);
    expect(compiled.problems.map(formatProblem)).toEqual([]);
    const feature = compiled.atlas?.features.find((f) => f.properties.id === 'site-round-trip-port');
    // Rounded to 4 decimals (11 m) for a stated precision of 1 km.
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [49.4622, 37.4728] });
    expect(feature?.properties.sources[0]).toMatchObject({ passage: 'lead', quote: 'эвакуации' });
  });

  it('keeps every published feature of the layer byte for byte', () => {
    const authored = readAuthored();
    const [file] = filesForDownload(authored, drawAndCite(authored)).files;
    const published = readFileSync('geo/overlays/sites.geojson', 'utf8');
    const before = published.slice(0, published.lastIndexOf('\n    }\n  ]'));
    expect(file?.text.startsWith(before)).toBe(true);
  });

  it('reads the downloaded files back into the same drafts', () => {
    const authored = readAuthored();
    const doc = drawAndCite(authored);
    const { files } = filesForDownload(authored, doc);
    const opened = openFiles(
      authored,
      EMPTY_DOC,
      files.map((f) => ({ name: f.path, text: f.text })),
      (raw) => raw.geometry as never,
    );
    expect(opened.problems).toEqual([]);
    expect(opened.doc.features).toHaveLength(1);
    expect(opened.doc.features[0]?.form['name.ru']).toBe('Порт для проверки');
    expect(filesForDownload(authored, opened.doc).files).toEqual(files);
  });
});
