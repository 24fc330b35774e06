// "Nothing to map": the editor asks for a feature or a reason exactly where geo:check would, keeps the
// reasons in the undoable drafts, writes them into coverage-allow.json and reads them back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageRows } from '../../../geo/lib/coverage';
import { readGazetteer } from '../../../geo/lib/gazetteer';
import type { Article } from '../../../src/data/schema';
import { readAuthoredCorpus } from '../../../src/editor/authoredCorpus';
import { citedByDownload, filesForDownload, openFiles } from '../../../src/editor/corpusFiles';
import {
  allowListForDownload,
  articleCoverage,
  markNothingToMap,
  unmarkNothingToMap,
  withdrawPublishedReason,
} from '../../../src/editor/coverage';
import { completeDoc, EMPTY_DOC, type EditorDoc, type SavedDoc } from '../../../src/editor/draft';
import { commit, redo, startHistory, undo } from '../../../src/editor/history';
import { editorText } from '../../../src/editor/strings';
import { openPassagesOfDrafts } from '../../../src/editor/draftCoverage';
import * as newArticleModule from '../../../src/editor/newArticle';
import {
  acceptMention,
  buildPlaceIndex,
  importArticle,
  namesByPassage,
} from '../../../src/editor/newArticle';
import { editorTestArticle } from '../../fixtures/editorArticle';
import { checkDownloaded, readAuthored } from './seedCorpus';

const index = buildPlaceIndex(readGazetteer('.').entries);
const root = mkdtempSync(join(tmpdir(), 'atlas-coverage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Places in the lead, p1 and p3, none in the heading and p2; p1 is the one mapped. */
const TEXT = editorTestArticle({ more: true });

function imported() {
  const result = importArticle(TEXT, index);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

/** The new article with its port accepted: a finished draft site citing p1. */
function mappedPort(): { article: Article; doc: EditorDoc } {
  const { article, mentions } = imported();
  const anzali = mentions.find((m) => m.quote === 'Энзели');
  if (!anzali) throw new Error('no mention of Anzali');
  return { article, doc: acceptMention(EMPTY_DOC, article, anzali, new Set(['port-anzali'])).doc };
}

function mark(doc: EditorDoc, article: Article, passage: string, reason: string): EditorDoc {
  const result = markNothingToMap(doc, article, passage, reason);
  if (!result.ok) throw new Error(result.problem);
  return result.doc;
}

/** The passages the editor still asks a feature or a reason for. */
function openPassages(article: Article, doc: EditorDoc): string[] {
  const authored = readAuthored();
  const names = namesByPassage(index, article);
  return articleCoverage(
    article,
    (id) => names.get(id) ?? [],
    citedByDownload(authored, doc),
    authored.allowList,
    doc,
  )
    .filter((row) => row.coverage.state === 'open')
    .map((row) => row.passage);
}

const uncitedReports = (problems: readonly string[]) =>
  problems.flatMap((p) => /passage [\w-]+#([\w-]+) names .* but no feature cites it/.exec(p)?.[1] ?? []);

describe('what the editor asks about agrees with geo:check', () => {
  it.each([
    ['the seed article', () => [...readAuthored().articles.values()][0]],
    ['a new article', () => imported().article],
  ])('names the same passages as the coverage rule in %s', (_, articleOf) => {
    const article = articleOf();
    if (!article) throw new Error('no article');
    const names = namesByPassage(index, article);
    const rows = coverageRows([article], [], {});
    expect(rows.map((row) => [row.passage, row.names])).toEqual(
      article.passages.map((p) => [p.id, names.get(p.id)]),
    );
    expect(rows.some((row) => row.names.length > 0)).toBe(true);
  });

  it('asks about nothing in the seed corpus, which passes geo:check', () => {
    const [seed] = readAuthored().articles.values();
    if (!seed) throw new Error('the seed corpus has no article');
    expect(openPassages(seed, EMPTY_DOC)).toEqual([]);
  });

  it('asks about exactly the passages geo:check reports, and none once they have reasons', () => {
    const { article, doc } = mappedPort();
    expect(openPassages(article, doc)).toEqual(['lead', 'p3']);
    const authored = readAuthored();
    expect(uncitedReports(checkDownloaded(filesForDownload(authored, doc).files, root))).toEqual([
      'lead',
      'p3',
    ]);

    const reasoned = mark(mark(doc, article, 'lead', 'Buses in transit.'), article, 'p3', 'A delegation.');
    expect(openPassages(article, reasoned)).toEqual([]);
    expect(checkDownloaded(filesForDownload(authored, reasoned).files, root)).toEqual([]);
  });
});

describe('the passages a draft of a published feature stops citing', () => {
  it('are asked about too, as geo:check reports them after the download', () => {
    const authored = readAuthored();
    const ROUTE = 'evac-baku-makhachkala-road';
    const file = JSON.parse(readFileSync('geo/overlays/evacuation.geojson', 'utf8')) as {
      features: Array<{ properties: { id: string; sources: Array<{ passage: string }> } }>;
    };
    const route = file.features.find((f) => f.properties.id === ROUTE);
    if (!route) throw new Error(`no ${ROUTE}`);
    // p6 is cited by this route alone: its draft now cites p4 only.
    route.properties.sources = route.properties.sources.filter((source) => source.passage !== 'p6');
    const opened = openFiles(
      authored,
      EMPTY_DOC,
      [{ name: 'overlays/evacuation.geojson', text: JSON.stringify(file) }],
      // The route is derived at build time (no geometry in the file): as drawn again in the editor.
      () => ({
        type: 'LineString',
        coordinates: [
          [49.87, 40.41],
          [47.5, 42.98],
        ],
      }),
    );
    expect(opened.problems).toEqual([]);
    expect(opened.doc.articles).toEqual([]);
    const importer = { index, module: newArticleModule };
    const [seed] = authored.articles.values();
    expect(openPassagesOfDrafts(importer, authored, opened.doc)).toEqual([
      { article: seed?.id, passage: 'p6' },
    ]);
    expect(uncitedReports(checkDownloaded(filesForDownload(authored, opened.doc).files, root))).toEqual([
      'p6',
    ]);
    // Nothing to ask about while no draft replaces a published feature.
    expect(openPassagesOfDrafts(importer, authored, EMPTY_DOC)).toEqual([]);
  });
});

describe('a Nothing to map reason', () => {
  it('is required: a blank reason is refused, and a given one is kept trimmed', () => {
    const { article } = imported();
    expect(markNothingToMap(EMPTY_DOC, article, 'lead', '  \n ')).toEqual({
      ok: false,
      problem: 'reason-empty',
    });
    const doc = mark(EMPTY_DOC, article, 'lead', '  Buses in transit. ');
    expect(doc.nothingToMap).toEqual([{ article: article.id, passage: 'lead', reason: 'Buses in transit.' }]);
    // The new article joins the drafts, once; a second reason replaces the first.
    expect(doc.articles).toEqual([article]);
    const again = mark(doc, article, 'lead', 'Another reason.');
    expect(again.articles).toEqual([article]);
    expect(again.nothingToMap.map((n) => n.reason)).toEqual(['Another reason.']);
  });

  it('follows Undo and Redo, and can be taken back', () => {
    const { article } = imported();
    const marked = mark(EMPTY_DOC, article, 'lead', 'Buses in transit.');
    const history = commit(startHistory(EMPTY_DOC), marked);
    expect(undo(history).present.nothingToMap).toEqual([]);
    expect(redo(undo(history)).present).toBe(marked);
    expect(unmarkNothingToMap(marked, article.id, 'lead').nothingToMap).toEqual([]);
    expect(unmarkNothingToMap(marked, article.id, 'p3')).toBe(marked);
  });

  it('is asked for with the same words in both languages', () => {
    const words = (language: 'en' | 'ru') => [
      editorText(language, 'nothingToMap'),
      editorText(language, 'reason'),
    ];
    expect(words('en')).toEqual(['Nothing to map', 'Reason']);
    expect(words('ru')).toEqual(['Нечего наносить', 'Причина']);
  });

  it('is none in drafts saved before reasons existed', () => {
    const saved: SavedDoc = { features: [], articles: [], nextKey: 1, rejected: [] };
    expect(completeDoc(saved).nothingToMap).toEqual([]);
  });
});

describe('a published reason taken back', () => {
  /** The seed article and a passage coverage-allow.json gives a reason for (one that names places). */
  function publishedReason() {
    const authored = readAuthored();
    const [seed] = authored.articles.values();
    if (!seed) throw new Error('the seed corpus has no article');
    const names = namesByPassage(index, seed);
    const passage = seed.passages.find(
      (p) => authored.allowList[`${seed.id}#${p.id}`] !== undefined && (names.get(p.id) ?? []).length > 0,
    );
    if (!passage) throw new Error('no published reason for a passage that names places');
    return { authored, seed, passage: passage.id, key: `${seed.id}#${passage.id}` };
  }

  it('asks about the passage again, as geo:check reports it once the download leaves the reason out', () => {
    const { authored, seed, passage, key } = publishedReason();
    const doc = withdrawPublishedReason(EMPTY_DOC, authored.allowList, seed.id, passage);
    expect(doc.withdrawnReasons).toEqual([{ article: seed.id, passage }]);
    expect(openPassages(seed, doc)).toEqual([passage]);
    const importer = { index, module: newArticleModule };
    expect(openPassagesOfDrafts(importer, authored, doc)).toEqual([{ article: seed.id, passage }]);
    const { files } = filesForDownload(authored, doc);
    const allowFile = files.find((f) => f.path === 'coverage-allow.json');
    const written = JSON.parse(allowFile?.text ?? '{}') as Record<string, string>;
    expect(written[key]).toBeUndefined();
    expect(Object.keys(written)).toHaveLength(Object.keys(authored.allowList).length - 1);
    expect(uncitedReports(checkDownloaded(files, root))).toEqual([passage]);
  });

  it('is given again by a new reason, follows Undo, and is read back from the downloaded file', () => {
    const { authored, seed, passage } = publishedReason();
    const withdrawn = withdrawPublishedReason(EMPTY_DOC, authored.allowList, seed.id, passage);
    // Taking back twice, or a passage with no published reason, changes nothing.
    expect(withdrawPublishedReason(withdrawn, authored.allowList, seed.id, passage)).toBe(withdrawn);
    expect(withdrawPublishedReason(EMPTY_DOC, authored.allowList, seed.id, 'no-such-passage')).toBe(
      EMPTY_DOC,
    );
    const history = commit(startHistory(EMPTY_DOC), withdrawn);
    expect(undo(history).present.withdrawnReasons).toEqual([]);

    const reasoned = mark(withdrawn, seed, passage, 'A better reason.');
    expect(reasoned.withdrawnReasons).toEqual([]);
    expect(openPassages(seed, reasoned)).toEqual([]);

    const { files } = filesForDownload(authored, withdrawn);
    const opened = openFiles(
      authored,
      EMPTY_DOC,
      files.map((f) => ({ name: `changes/${f.path}`, text: f.text })),
      () => null,
    );
    expect(opened.problems).toEqual([]);
    expect(opened.reasonsTakenBack).toBe(1);
    expect(opened.doc.withdrawnReasons).toEqual(withdrawn.withdrawnReasons);
    // The published list read back gives the reason again.
    const restored = openFiles(
      authored,
      opened.doc,
      [{ name: 'coverage-allow.json', text: JSON.stringify(authored.allowList) }],
      () => null,
    );
    expect(restored.reasonsTakenBack).toBe(0);
    expect(restored.doc.withdrawnReasons).toEqual([]);
    expect(openPassages(seed, restored.doc)).toEqual([]);
  });

  it('is none in drafts saved before reasons could be taken back', () => {
    const saved: SavedDoc = { features: [], articles: [], nextKey: 1, rejected: [], nothingToMap: [] };
    expect(completeDoc(saved).withdrawnReasons).toEqual([]);
  });
});

describe('coverage-allow.json in Download changes', () => {
  const published = { 'b#p1': 'Second.', 'a#p2': 'First.' };

  it('merges the draft reasons into the published list, keys sorted, and is no change without them', () => {
    expect(allowListForDownload(published, EMPTY_DOC, new Set())).toBeNull();
    const doc: EditorDoc = {
      ...EMPTY_DOC,
      nothingToMap: [{ article: 'a', passage: 'lead', reason: 'New.' }],
    };
    const merged = allowListForDownload(published, doc, new Set());
    expect(Object.entries(merged ?? {})).toEqual([
      ['a#lead', 'New.'],
      ['a#p2', 'First.'],
      ['b#p1', 'Second.'],
    ]);
  });

  it('drops an entry whose passage a feature now cites, the published one included', () => {
    const doc: EditorDoc = {
      ...EMPTY_DOC,
      nothingToMap: [{ article: 'a', passage: 'lead', reason: 'New.' }],
    };
    expect(allowListForDownload(published, doc, new Set(['a#lead', 'b#p1']))).toEqual({ 'a#p2': 'First.' });
    expect(allowListForDownload(published, EMPTY_DOC, new Set(['a#lead']))).toBeNull();
  });

  it('is formatted like the repository file, and read back into the same draft reasons', async () => {
    const authored = readAuthored();
    const { article, doc } = mappedPort();
    const reasoned = mark(mark(doc, article, 'lead', 'Buses in transit.'), article, 'p3', 'A delegation.');
    const { files } = filesForDownload(authored, reasoned);
    const allowFile = files.find((f) => f.path === 'coverage-allow.json');
    if (!allowFile) throw new Error('no coverage-allow.json in the download');
    const prettierOptions = JSON.parse(readFileSync('.prettierrc.json', 'utf8')) as object;
    expect(await check(allowFile.text, { ...prettierOptions, parser: 'json' })).toBe(true);
    const written = JSON.parse(allowFile.text) as Record<string, string>;
    expect(Object.keys(written)).toEqual(Object.keys(written).sort());
    expect(written).toMatchObject({ ...authored.allowList, [`${article.id}#lead`]: 'Buses in transit.' });

    const opened = openFiles(
      authored,
      EMPTY_DOC,
      // The allow-list first: it names passages of the article that comes after it.
      [...files].reverse().map((f) => ({ name: `changes/${f.path}`, text: f.text })),
      (raw) => raw.geometry as never,
    );
    expect(opened.problems).toEqual([]);
    expect(opened.doc.nothingToMap).toEqual(reasoned.nothingToMap);
    const again = filesForDownload(authored, opened.doc).files.find((f) => f.path === 'coverage-allow.json');
    expect(again).toEqual(allowFile);
  });

  it('reports entries that name no known passage or give no reason', () => {
    const opened = openFiles(
      readAuthored(),
      EMPTY_DOC,
      [{ name: 'coverage-allow.json', text: JSON.stringify({ 'nowhere#p1': 'Why.', 'x#': 'Bad key.' }) }],
      () => null,
    );
    expect(opened.doc.nothingToMap).toEqual([]);
    // The file is the whole list, as geo:check reads it: what it leaves out is taken back, and said.
    expect(opened.reasonsTakenBack).toBe(Object.keys(readAuthored().allowList).length);
    expect(opened.problems).toEqual([
      "coverage-allow.json: 'nowhere#p1' names no known passage",
      "coverage-allow.json: 'x#' names no known passage",
    ]);
  });
});

describe('the corpus the editor bundles', () => {
  it('is the repository’s: overlays, articles, allow-list and not-mapped risks', () => {
    expect(readAuthoredCorpus()).toEqual(readAuthored());
  });
});
