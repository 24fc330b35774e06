// article:import end to end, in-process, on temporary corpus folders: what it writes, what it refuses.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import * as prettier from 'prettier';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../../geo/lib/gazetteer';
import { importArticle, type ImportRequest } from '../../../geo/lib/importArticle';
import type { Article } from '../../../src/data/schema';
import type { Proposals } from '../../../src/text/proposals';
import { ROOT } from './corpus-fixtures';

const index = gazetteerIndex(ROOT);
let work: string;
let corpus: string;

const ARTICLE = [
  '---',
  'title: Паромы через Каспий',
  'outlet: Тестовое издание',
  'date: 2026-03-10',
  'id: test-ferries',
  '---',
  'Это тестовый текст. Паромы из Актау идут в Баку через Каспийское море.',
  '',
  '## Граница',
  '',
  'На КПП Астара – очередь; из Ирана грузы идут медленно.',
].join('\n');

function write(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const request = (file: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  file,
  corpus,
  options: {},
  accept: false,
  replace: false,
  projectRoot: ROOT,
  index,
  ...extra,
});

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  corpus = join(work, 'corpus');
  mkdirSync(corpus);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('article:import', () => {
  it('writes the article in the corpus format and the proposals contract', async () => {
    const outcome = await importArticle(request(write('a.txt', ARTICLE)));
    expect(outcome.ok).toBe(true);
    expect(listing(corpus)).toEqual(['articles/test-ferries.json', 'proposals/test-ferries.json']);
    const article = readJson<Article>(join(corpus, 'articles/test-ferries.json'));
    expect(article.passages.map((p) => p.id)).toEqual(['lead', 'h1', 'p1']);
    const proposals = readJson<Proposals>(join(corpus, 'proposals/test-ferries.json'));
    expect(proposals.article).toBe('test-ferries');
    expect(proposals.mentions.map((m) => m.quote)).toEqual([
      'Актау',
      'Баку',
      'Каспийское море',
      'КПП Астара',
      'Ирана',
    ]);
    for (const m of proposals.mentions) {
      const passage = article.passages.find((p) => p.id === m.passage);
      expect(passage?.text.slice(m.start, m.end)).toBe(m.quote);
      expect(Object.keys(m.candidates[0] ?? {})).toEqual([
        'id',
        'name',
        'kind',
        'lon',
        'lat',
        'precision_km',
        'source',
      ]);
    }
  });

  it('writes files that pass the prettier check the repository runs', async () => {
    await importArticle(request(write('a.txt', ARTICLE), { accept: true }));
    for (const file of listing(corpus)) {
      const path = join(corpus, file);
      const options = {
        ...((await prettier.resolveConfig(join(ROOT, 'package.json'))) ?? {}),
        filepath: path,
      };
      expect(await prettier.check(readFileSync(path, 'utf8'), options), file).toBe(true);
    }
  });

  it('changes nothing on disk when the same text is imported again', async () => {
    const file = write('a.txt', ARTICLE);
    await importArticle(request(file));
    const before = statSync(join(corpus, 'articles/test-ferries.json')).mtimeMs;
    const again = await importArticle(request(file));
    expect(again.ok && again.written).toEqual([]);
    expect(statSync(join(corpus, 'articles/test-ferries.json')).mtimeMs).toBe(before);
  });

  it('refuses different text under an existing id without --replace, and keeps passage ids with it', async () => {
    await importArticle(request(write('a.txt', ARTICLE)));
    const edited = write('b.txt', ARTICLE.replace('очередь;', 'длинная очередь;'));
    const refused = await importArticle(request(edited));
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(
        /test-ferries\.json: article 'test-ferries' already exists with different text: use --replace/,
      ),
    });
    const replaced = await importArticle(request(edited, { replace: true }));
    expect(replaced.ok).toBe(true);
    const article = readJson<Article>(join(corpus, 'articles/test-ferries.json'));
    expect(article.passages.map((p) => [p.id, p.text.includes('длинная')])).toEqual([
      ['lead', false],
      ['h1', false],
      ['p1', true],
    ]);
  });

  it('keeps citations valid across an edit wherever their quote is still in their passage', async () => {
    await importArticle(request(write('a.txt', ARTICLE), { accept: true }));
    const sites = readJson<{
      features: Array<{ properties: { sources: Array<{ passage: string; quote: string }> } }>;
    }>(join(corpus, 'overlays/sites.geojson'));
    const citations = sites.features.flatMap((f) => f.properties.sources);
    expect(citations.map((c) => [c.passage, c.quote])).toEqual([
      ['lead', 'Актау'],
      ['p1', 'КПП Астара'],
    ]);
    const edited = ARTICLE.replace('Это тестовый текст. ', 'Это тестовый текст, исправленный. ').replace(
      '## Граница',
      'Вставленный абзац о погоде.\n\n## Граница',
    );
    expect((await importArticle(request(write('b.txt', edited), { replace: true }))).ok).toBe(true);
    const passages = readJson<Article>(join(corpus, 'articles/test-ferries.json')).passages;
    expect(passages.map((p) => p.id)).toEqual(['lead', 'p2', 'h1', 'p1']);
    for (const c of citations) expect(passages.find((p) => p.id === c.passage)?.text).toContain(c.quote);
  });

  it('writes draft sites with --accept', async () => {
    const outcome = await importArticle(request(write('a.txt', ARTICLE), { accept: true }));
    expect(outcome.ok).toBe(true);
    const sites = readJson<{ features: Array<{ properties: { id: string; draft: boolean } }> }>(
      join(corpus, 'overlays/sites.geojson'),
    );
    expect(sites.features.map((f) => [f.properties.id, f.properties.draft])).toEqual([
      ['draft-port-aktau', true],
      ['draft-xing-astara', true],
    ]);
  });

  it('converts a Windows-1251 text and says so', async () => {
    const outcome = await importArticle(request(write('cp1251.txt', iconv.encode(ARTICLE, 'windows-1251'))));
    expect(outcome.ok && outcome.lines[0]).toMatch(
      /cp1251\.txt: was windows-1251 \(detected by chardet\), converted to UTF-8/,
    );
    expect(readJson<Article>(join(corpus, 'articles/test-ferries.json')).title.ru).toBe(
      'Паромы через Каспий',
    );
  });

  const refusals: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => write('empty.txt', '\n  \n'), /empty\.txt: is empty$/],
    [
      'a binary file',
      () => write('bin.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /bin\.txt: is a binary file/,
    ],
    [
      'a 5 MB text',
      () => write('big.txt', `${ARTICLE}\n\n${'Длинный абзац. '.repeat(200_000)}`),
      /big\.txt: is 5\.\d MB; an article may be at most 2\.0 MB/,
    ],
    [
      'a date that is not a date',
      () => write('date.txt', ARTICLE.replace('2026-03-10', '2026-02-30')),
      /date\.txt: date '2026-02-30' is not a date/,
    ],
    ['a missing file', () => join(work, 'nope.txt'), /nope\.txt: cannot be read \(ENOENT\)/],
  ];

  it.each(refusals)(
    'refuses %s with one line naming the file, writing nothing',
    async (_what, make, message) => {
      const outcome = await importArticle(request(make()));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.message).toMatch(message);
      expect(outcome.message).not.toContain('\n');
      expect(listing(corpus)).toEqual([]);
    },
  );

  it('refuses a corpus folder that cannot be read', async () => {
    const file = write('a.txt', ARTICLE);
    const missing = await importArticle(request(file, { corpus: join(work, 'no-such-corpus') }));
    expect(missing).toEqual({
      ok: false,
      message: expect.stringMatching(/no-such-corpus: corpus folder cannot be read \(ENOENT\)$/),
    });
    const notFolder = await importArticle(request(file, { corpus: file }));
    expect(notFolder).toEqual({
      ok: false,
      message: expect.stringMatching(/a\.txt: corpus folder is not a folder$/),
    });
  });

  it('keeps the rejections of an earlier proposals file while their words are where they were', async () => {
    expect((await importArticle(request(write('a.txt', ARTICLE)))).ok).toBe(true);
    const path = join(corpus, 'proposals/test-ferries.json');
    const proposals = JSON.parse(readFileSync(path, 'utf8')) as Proposals;
    const [first] = proposals.mentions;
    if (!first) throw new Error('the test article names no place');
    const kept = { passage: first.passage, start: first.start, end: first.end, quote: first.quote };
    const moved = { ...kept, start: kept.start + 1, end: kept.end + 1 };
    writeFileSync(path, JSON.stringify({ ...proposals, rejected: [kept, moved] }));
    expect((await importArticle(request(write('a.txt', ARTICLE)))).ok).toBe(true);
    expect((JSON.parse(readFileSync(path, 'utf8')) as Proposals).rejected).toEqual([kept]);
  });

  it('leaves nothing half-written when one of the files cannot be written', async () => {
    mkdirSync(join(corpus, 'proposals/test-ferries.json'), { recursive: true });
    const outcome = await importArticle(request(write('a.txt', ARTICLE)));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringContaining('proposals/test-ferries.json: cannot be written'),
    });
    expect(listing(corpus)).toEqual([]);
  });
});

describe('the article:import command', () => {
  const run = promisify(execFile);
  const command = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'geo/importArticle.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });

  it('writes into $ATLAS_CORPUS and exits non-zero with one line on bad input', async () => {
    const ok = await command([write('a.txt', ARTICLE)], { ATLAS_CORPUS: corpus });
    expect(ok.stdout).toContain('5 place mentions');
    expect(listing(corpus)).toEqual(['articles/test-ferries.json', 'proposals/test-ferries.json']);
    const bad = await command([write('d.txt', ARTICLE), '--date', 'soon', '--corpus', corpus]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr.trim()).toMatch(/^\S*d\.txt: date 'soon' is not a date \(YYYY-MM-DD\)$/);
  });
});
