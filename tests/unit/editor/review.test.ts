// Rejections in review: a saved, undoable change, not offered again, written to the article's proposals
// file (which geo:check accepts and article:import keeps), and read back from it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAtlas } from '../../../geo/lib/compile';
import { loadCorpus } from '../../../geo/lib/corpus';
import { readGazetteer } from '../../../geo/lib/gazetteer';
import { formatProblem } from '../../../geo/validate';
import type { Article } from '../../../src/data/schema';
import { filesForDownload, openFiles, type AuthoredCorpus } from '../../../src/editor/corpusFiles';
import { EMPTY_DOC, withArticle } from '../../../src/editor/draft';
import { commit, startHistory, undo } from '../../../src/editor/history';
import { acceptMention, buildPlaceIndex, proposeMentions } from '../../../src/editor/newArticle';
import { decisionOf, rejectMention } from '../../../src/editor/review';
import { draftsFromProposals } from '../../../src/text/drafts';
import type { Proposals } from '../../../src/text/proposals';
import { standingRejections } from '../../../src/text/rejections';

const index = buildPlaceIndex(readGazetteer('.').entries);
const root = mkdtempSync(join(tmpdir(), 'atlas-rejections-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function seedArticle(): Article {
  const [file] = readdirSync('geo/articles');
  if (!file) throw new Error('the seed corpus has no article');
  return JSON.parse(readFileSync(join('geo/articles', file), 'utf8')) as Article;
}

const authoredWith = (article: Article): AuthoredCorpus => ({
  overlays: {},
  articles: new Map([[article.id, article]]),
  allowList: {},
  notMapped: [],
});

function firstTwoMentions(article: Article) {
  const { mentions } = proposeMentions(index, article);
  const [first, second] = mentions;
  if (!first || !second) throw new Error('the seed article names fewer than two places');
  return { mentions, first, second };
}

describe('rejecting a proposed mention', () => {
  it('is a change of the drafts that Undo takes back', () => {
    const article = seedArticle();
    const { first, second } = firstTwoMentions(article);
    const rejected = rejectMention(EMPTY_DOC, article, first);
    expect(decisionOf(rejected, article, first)).toBe('rejected');
    expect(decisionOf(rejected, article, second)).toBeUndefined();
    // Rejecting twice records it once.
    expect(rejectMention(rejected, article, first)).toBe(rejected);
    const history = undo(commit(startHistory(EMPTY_DOC), rejected));
    expect(decisionOf(history.present, article, first)).toBeUndefined();
  });

  it('tells an accepted mention from an open one by the draft that cites it', () => {
    const article = seedArticle();
    const { mentions } = firstTwoMentions(article);
    const acceptable = mentions.find((m) => acceptMention(EMPTY_DOC, article, m, new Set()).key !== null);
    if (!acceptable) throw new Error('no mention of the seed article makes a draft');
    const { doc } = acceptMention(EMPTY_DOC, article, acceptable, new Set());
    expect(decisionOf(doc, article, acceptable)).toBe('accepted');
  });

  it('is written to the proposals file, which the corpus check accepts and Open files reads back', () => {
    const article = seedArticle();
    const { first } = firstTwoMentions(article);
    const authored = authoredWith(article);
    const doc = rejectMention(EMPTY_DOC, article, first);
    const { files } = filesForDownload(authored, doc, (a) => proposeMentions(index, a));
    // The article is the corpus's own, unchanged: only its proposals file is new.
    expect(files.map((f) => f.path)).toEqual([`proposals/${article.id}.json`]);
    const written = JSON.parse(files[0]?.text ?? '{}') as Proposals;
    expect(written.article).toBe(article.id);
    expect(written.mentions.length).toBeGreaterThan(1);
    expect(written.rejected).toEqual([
      { passage: first.passage, start: first.start, end: first.end, quote: first.quote },
    ]);

    for (const part of ['articles', 'overlays', 'coverage-allow.json'])
      cpSync(join('geo', part), join(root, part), { recursive: true });
    mkdirSync(join(root, 'proposals'));
    for (const file of files) writeFileSync(join(root, file.path), file.text);
    const { input, problems } = loadCorpus(process.cwd(), { path: root, label: 'downloaded' });
    expect(problems).toEqual([]);
    expect(compileAtlas(input).problems.map(formatProblem)).toEqual([]);

    const opened = openFiles(
      authored,
      EMPTY_DOC,
      [{ name: files[0]?.path ?? '', text: files[0]?.text ?? '' }],
      () => null,
    );
    expect(opened.problems).toEqual([]);
    expect(decisionOf(opened.doc, article, first)).toBe('rejected');
  });

  it('is kept by a re-import while its words stay where they were, and gets no draft', () => {
    const article = seedArticle();
    const { mentions, first } = firstTwoMentions(article);
    const previous = {
      article: article.id,
      mentions,
      rejected: [first, { ...first, start: first.start + 1 }],
    };
    const standing = standingRejections(previous, article);
    expect(standing).toHaveLength(1);
    const proposals: Proposals = { article: article.id, mentions: [first], rejected: standing };
    const outcome = draftsFromProposals(proposals, new Set(), new Set());
    expect(outcome.drafts).toEqual([]);
    expect(outcome.skipped).toEqual([{ quote: first.quote, reason: 'rejected in review' }]);
  });
});

describe('an imported article, kept in the drafts at once', () => {
  const renamed = (article: Article): Article => ({
    ...article,
    id: 'test-imported-article',
    title: { ...article.title, en: 'An imported article' },
  });

  it('joins the drafts before anything in it is decided, as one step Undo takes back', () => {
    const article = renamed(seedArticle());
    const history = commit(startHistory(EMPTY_DOC), withArticle(EMPTY_DOC, article));
    expect(history.present.articles).toEqual([article]);
    expect(undo(history).present.articles).toEqual([]);
    // A download carries it: nothing imported is lost, decided or not.
    const { files } = filesForDownload(authoredWith(seedArticle()), history.present, (a) =>
      proposeMentions(index, a),
    );
    expect(files.map((f) => f.path)).toContain(`articles/${article.id}.json`);
  });

  it('changes nothing when the same text is imported again, and replaces the text when it differs', () => {
    const article = renamed(seedArticle());
    const once = withArticle(EMPTY_DOC, article);
    expect(withArticle(once, { ...article })).toBe(once);
    const edited: Article = { ...article, title: { ...article.title, en: 'An imported article, edited' } };
    const twice = withArticle(once, edited);
    expect(twice.articles).toEqual([edited]);
  });
});
