// The import command's work, callable in-process by the tests: text file -> DIR/articles/ID.json,
// DIR/proposals/ID.json and, with accept, draft features in DIR/overlays/sites.geojson. Every problem is one
// line naming the file; every file is written to a temporary name first and renamed only when all are ready.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import { buildArticle, type ArticleOptions } from '../../src/text/buildArticle';
import { draftsFromProposals, type DraftFeature } from '../../src/text/drafts';
import { parseArticleText } from '../../src/text/parseArticle';
import type { IdentifiedPassage } from '../../src/text/passageIds';
import type { PlaceIndex } from '../../src/text/placeIndex';
import { isAmbiguous, proposeMentions, type Proposals } from '../../src/text/proposals';
import { standingRejections } from '../../src/text/rejections';
import { decodeArticleBytes } from './articleFile';
import { PLACES_FILE } from './places';

export interface ImportRequest {
  file: string;
  corpus: string;
  options: ArticleOptions;
  accept: boolean;
  replace: boolean;
  /** Where places.json lives (the project root), for draft recipes that name a places.json point. */
  projectRoot: string;
  index: PlaceIndex;
}

export type ImportOutcome =
  { ok: true; lines: string[]; written: string[]; articleId: string } | { ok: false; message: string };

class ImportProblem extends Error {}
const fail = (file: string, problem: string): never => {
  throw new ImportProblem(`${file}: ${problem}`);
};

function checkCorpus(corpus: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(corpus).isDirectory();
  } catch (e) {
    return fail(corpus, `corpus folder cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (!isFolder) fail(corpus, 'corpus folder is not a folder');
  try {
    accessSync(corpus, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (e) {
    fail(
      corpus,
      `corpus folder cannot be read or written (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  for (const sub of ['articles', 'proposals', 'overlays']) {
    const path = join(corpus, sub);
    if (existsSync(path) && !statSync(path).isDirectory()) fail(path, 'is not a folder');
  }
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    return fail(path, `cannot be read as JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function previousPassages(path: string): IdentifiedPassage[] {
  const data = readJsonFile(path) as { passages?: unknown };
  if (!Array.isArray(data.passages)) return fail(path, 'has no passages array');
  return data.passages.filter(
    (p): p is IdentifiedPassage =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as IdentifiedPassage).id === 'string' &&
      typeof (p as IdentifiedPassage).text === 'string',
  );
}

/**
 * Articles and proposals hold no arrays of plain values, so JSON.stringify's layout is already Prettier's
 * (a test checks it); Prettier itself takes over a second on a long article's proposals.
 */
const plainJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/** Overlays have coordinate pairs, which Prettier keeps on one line: format them with Prettier itself. */
async function formatJson(data: unknown, path: string, projectRoot: string): Promise<string> {
  // The project's Prettier settings, also for a corpus folder outside the project ($ATLAS_CORPUS).
  const config = (await prettier.resolveConfig(join(projectRoot, 'package.json'))) ?? {};
  return prettier.format(JSON.stringify(data), { ...config, parser: 'json', filepath: path });
}

interface PendingWrite {
  path: string;
  text: string;
}

/** All or nothing: temporary files first, then renames; files whose text is unchanged are not touched. */
function writeAll(writes: readonly PendingWrite[]): string[] {
  // A target that is not a plain file would fail at its rename, after others were renamed: refuse up front.
  for (const w of writes) {
    if (existsSync(w.path) && !statSync(w.path).isFile()) fail(w.path, 'cannot be written: it is not a file');
  }
  const changed = writes.filter((w) => !existsSync(w.path) || readFileSync(w.path, 'utf8') !== w.text);
  const temps: string[] = [];
  try {
    for (const w of changed) {
      mkdirSync(dirname(w.path), { recursive: true });
      const temp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}.tmp`);
      writeFileSync(temp, w.text);
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    const target = changed[temps.length]?.path ?? '';
    return fail(
      target,
      `cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}); nothing was changed`,
    );
  }
  changed.forEach((w, i) => renameSync(temps[i] ?? '', w.path));
  return changed.map((w) => w.path);
}

function summary(proposals: Proposals, drafts: readonly DraftFeature[] | null, skipped: number): string[] {
  const byQuote = new Map<string, { count: number; candidates: string; note: string }>();
  for (const m of proposals.mentions) {
    const top = m.candidates[0];
    const key = top === undefined ? m.quote : top.id;
    const row = byQuote.get(key) ?? {
      count: 0,
      candidates: m.candidates.map((c) => c.id).join(', '),
      note: isAmbiguous(m.candidates) ? 'ambiguous' : '',
    };
    row.count += 1;
    byQuote.set(key, row);
  }
  const lines = ['place                              mentions  candidates'];
  for (const [key, row] of [...byQuote.entries()].sort(
    (a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]),
  )) {
    lines.push(
      `${key.padEnd(35)}${String(row.count).padStart(8)}  ${row.candidates}${row.note === '' ? '' : `  (${row.note})`}`,
    );
  }
  if (drafts !== null) {
    lines.push(
      `accepted: ${drafts.length} draft site(s): ${drafts.map((d) => d.properties.id).join(', ') || 'none'}; ${skipped} mention(s) not drafted (not a site, or ambiguous)`,
    );
  }
  return lines;
}

export async function importArticle(request: ImportRequest): Promise<ImportOutcome> {
  try {
    const corpus = resolve(request.corpus);
    checkCorpus(corpus);
    const file = request.file;
    let bytes: Buffer;
    try {
      if (!statSync(file).isFile()) fail(file, 'is not a file');
      bytes = readFileSync(file);
    } catch (e) {
      if (e instanceof ImportProblem) throw e;
      return fail(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) return fail(file, decoded.problem);
    const lines: string[] = [];
    if (decoded.note !== undefined) lines.push(`${file}: ${decoded.note}`);
    const parsed = parseArticleText(decoded.text);
    for (const w of parsed.warnings) lines.push(`${file}: ${w}`);
    const first = buildArticle(parsed, request.options);
    if (!first.ok) return fail(file, first.problem);
    const id = first.article.id;
    const articlePath = join(corpus, 'articles', `${id}.json`);
    const proposalsPath = join(corpus, 'proposals', `${id}.json`);
    let article = first.article;
    if (existsSync(articlePath)) {
      const previous = previousPassages(articlePath);
      const rebuilt = buildArticle(parsed, request.options, previous);
      if (!rebuilt.ok) return fail(file, rebuilt.problem);
      article = rebuilt.article;
      const sameText = JSON.stringify(readJsonFile(articlePath)) === JSON.stringify(article);
      if (!sameText && !request.replace) {
        fail(
          articlePath,
          `article '${id}' already exists with different text: use --replace to update it (passage ids are kept where the text allows)`,
        );
      }
    }
    const proposed = proposeMentions(request.index, article);
    // Rejections made in review stay while their words are still where they were.
    const rejected = isFile(proposalsPath) ? standingRejections(readJsonFile(proposalsPath), article) : [];
    const proposals = rejected.length > 0 ? { ...proposed, rejected } : proposed;
    const writes: PendingWrite[] = [
      { path: articlePath, text: plainJson(article) },
      { path: proposalsPath, text: plainJson(proposals) },
    ];
    let drafts: DraftFeature[] | null = null;
    let skipped = 0;
    if (request.accept) {
      const sitesPath = join(corpus, 'overlays', 'sites.geojson');
      const sites = existsSync(sitesPath)
        ? (readJsonFile(sitesPath) as { type?: unknown; features?: unknown })
        : { type: 'FeatureCollection', features: [] };
      if (sites.type !== 'FeatureCollection' || !Array.isArray(sites.features)) {
        fail(sitesPath, 'is not a GeoJSON FeatureCollection');
      }
      const features = sites.features as Array<{ properties?: { id?: unknown } }>;
      const existing = new Set(
        features.map((f) => f.properties?.id).filter((x): x is string => typeof x === 'string'),
      );
      const placesPath = join(request.projectRoot, PLACES_FILE);
      const placeIds = new Set(
        existsSync(placesPath) ? (readJsonFile(placesPath) as Array<{ id: string }>).map((p) => p.id) : [],
      );
      const outcome = draftsFromProposals(proposals, existing, placeIds);
      drafts = outcome.drafts;
      skipped = outcome.skipped.length;
      if (drafts.length > 0) {
        writes.push({
          path: sitesPath,
          text: await formatJson(
            { ...sites, features: [...features, ...drafts] },
            sitesPath,
            request.projectRoot,
          ),
        });
      }
    }
    const written = writeAll(writes);
    const where = (p: string): string => relative(process.cwd(), p) || p;
    lines.push(
      `${where(articlePath)}: ${article.passages.length} passages, ${proposals.mentions.length} place mentions` +
        (written.length === 0 ? ' (unchanged: nothing written)' : `; wrote ${written.map(where).join(', ')}`),
    );
    lines.push(...summary(proposals, drafts, skipped));
    return { ok: true, lines, written, articleId: id };
  } catch (e) {
    if (e instanceof ImportProblem) return { ok: false, message: e.message };
    throw e;
  }
}
