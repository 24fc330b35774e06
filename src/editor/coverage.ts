// geo:check's coverage rule in the editor, pure: a passage that names places or movements needs a feature
// citing it or a reason in coverage-allow.json. Which passages still need one, "Nothing to map" reasons as
// changes to the drafts (so they follow Undo and a reload), and the allow-list the download writes.
import type { Article } from '../data/schema';
import { allowListKey, parseAllowListKey } from '../text/allowListKey';
import { publishable, type ArticleDates, type EditorDoc, type NothingToMap, type PassageRef } from './draft';

/** geo/coverage-allow.json: `<article-id>#<passage-id>` → why the passage has no feature. */
export type AllowList = Readonly<Record<string, string>>;

/** A published feature or not-mapped risk as the editor bundles it: its id and what it cites. */
type AuthoredCiting = { id: string; properties: Record<string, unknown> };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The passages a file's properties cite: its sources and its changes' sources, as geo:check counts them. */
function citedIn(properties: Record<string, unknown>): string[] {
  const sources = Array.isArray(properties['sources']) ? properties['sources'] : [];
  const changes = Array.isArray(properties['changes']) ? properties['changes'] : [];
  const refs = [...sources, ...changes.map((c) => (isRecord(c) ? c['source'] : undefined))];
  return refs.flatMap((ref) =>
    isRecord(ref) && typeof ref['article'] === 'string' && typeof ref['passage'] === 'string'
      ? [allowListKey(ref['article'], ref['passage'])]
      : [],
  );
}

/**
 * The passages cited by what the download leaves in the corpus: each draft that passes the checks (it
 * replaces the published feature of its id), and every published feature or not-mapped risk it does not
 * replace. An unfinished draft is left out of the download, so its citations do not count yet.
 */
export function citedPassageKeys(
  published: readonly AuthoredCiting[],
  doc: EditorDoc,
  dateOf: ArticleDates,
): Set<string> {
  const finished = doc.features.flatMap((draft) => publishable(draft, dateOf) ?? []);
  const replaced = new Set(finished.map((f) => f.properties.id));
  const cited = new Set<string>();
  for (const feature of finished) {
    for (const source of [
      ...feature.properties.sources,
      ...(feature.properties.changes ?? []).map((c) => c.source),
    ])
      cited.add(allowListKey(source.article, source.passage));
  }
  for (const feature of published) {
    if (!replaced.has(feature.id)) for (const key of citedIn(feature.properties)) cited.add(key);
  }
  return cited;
}

/** Published features and not-mapped risks with their ids, as citedPassageKeys takes them. */
export function authoredCiting(
  features: ReadonlyArray<{ properties: Record<string, unknown> }>,
  notMapped: ReadonlyArray<Record<string, unknown>>,
): AuthoredCiting[] {
  const withId = (properties: Record<string, unknown>) =>
    typeof properties['id'] === 'string' ? [{ id: properties['id'], properties }] : [];
  return [...features.flatMap((f) => withId(f.properties)), ...notMapped.flatMap(withId)];
}

/** Where a passage stands with the coverage rule. */
export type PassageCoverage =
  | { state: 'names-nothing' }
  | { state: 'cited' }
  | { state: 'reason'; reason: string; draft: boolean }
  /** Names places or movements, with no feature and no reason: geo:check would report it. */
  | { state: 'open'; names: readonly string[] };

const draftReason = (doc: EditorDoc, article: string, passage: string) =>
  doc.nothingToMap.find((n) => n.article === article && n.passage === passage);

const samePassage = (article: string, passage: string) => (ref: PassageRef) =>
  ref.article === article && ref.passage === passage;

const isWithdrawn = (doc: EditorDoc, article: string, passage: string) =>
  doc.withdrawnReasons.some(samePassage(article, passage));

/** Each passage of the article with what it names (`namesOf`, by passage id) against the rule. */
export function articleCoverage(
  article: Article,
  namesOf: (passage: string) => readonly string[],
  cited: ReadonlySet<string>,
  published: AllowList,
  doc: EditorDoc,
): Array<{ passage: string; coverage: PassageCoverage }> {
  return article.passages.map(({ id }) => {
    const key = allowListKey(article.id, id);
    const names = namesOf(id);
    const drafted = draftReason(doc, article.id, id);
    const publishedReason = isWithdrawn(doc, article.id, id) ? undefined : published[key];
    const coverage: PassageCoverage = cited.has(key)
      ? { state: 'cited' }
      : drafted
        ? { state: 'reason', reason: drafted.reason, draft: true }
        : publishedReason !== undefined
          ? { state: 'reason', reason: publishedReason, draft: false }
          : names.length > 0
            ? { state: 'open', names }
            : { state: 'names-nothing' };
    return { passage: id, coverage };
  });
}

export type NothingToMapResult = { ok: true; doc: EditorDoc } | { ok: false; problem: 'reason-empty' };

/**
 * "Nothing to map here, because …": the article joins the drafts (once) and the passage gets the reason,
 * replacing an earlier one. A blank reason is refused, as geo:check refuses it.
 */
export function markNothingToMap(
  doc: EditorDoc,
  article: Article,
  passage: string,
  reason: string,
): NothingToMapResult {
  const given = reason.trim();
  if (given === '') return { ok: false, problem: 'reason-empty' };
  const articles = doc.articles.some((a) => a.id === article.id) ? doc.articles : [...doc.articles, article];
  const others = doc.nothingToMap.filter((n) => n.article !== article.id || n.passage !== passage);
  const withdrawnReasons = doc.withdrawnReasons.filter((ref) => !samePassage(article.id, passage)(ref));
  return {
    ok: true,
    doc: {
      ...doc,
      articles,
      nothingToMap: [...others, { article: article.id, passage, reason: given }],
      withdrawnReasons:
        withdrawnReasons.length === doc.withdrawnReasons.length ? doc.withdrawnReasons : withdrawnReasons,
    },
  };
}

/** Takes a draft's reason back: the passage needs a feature or a reason again. */
export function unmarkNothingToMap(doc: EditorDoc, article: string, passage: string): EditorDoc {
  if (!draftReason(doc, article, passage)) return doc;
  return {
    ...doc,
    nothingToMap: doc.nothingToMap.filter((n) => n.article !== article || n.passage !== passage),
  };
}

/**
 * Takes back a reason coverage-allow.json already gives (a draft reason for the passage goes too): the
 * download leaves it out, and the passage needs a feature or a reason again. Unchanged if the published
 * list has no reason for it.
 */
export function withdrawPublishedReason(
  doc: EditorDoc,
  published: AllowList,
  article: string,
  passage: string,
): EditorDoc {
  if (published[allowListKey(article, passage)] === undefined || isWithdrawn(doc, article, passage))
    return doc;
  return {
    ...doc,
    nothingToMap: doc.nothingToMap.filter((n) => !samePassage(article, passage)(n)),
    withdrawnReasons: [...doc.withdrawnReasons, { article, passage }],
  };
}

const sameList = (a: AllowList, b: AllowList) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The allow-list the download writes: the published one less the reasons taken back, with the drafts'
 * reasons, keys sorted, less the passages a feature now cites (geo:check refuses a passage both cited and
 * allowed). Null when that is the published list itself: the file is not a change then.
 */
export function allowListForDownload(
  published: AllowList,
  doc: EditorDoc,
  cited: ReadonlySet<string>,
): Record<string, string> | null {
  const merged: Record<string, string> = { ...published };
  for (const ref of doc.withdrawnReasons) delete merged[allowListKey(ref.article, ref.passage)];
  for (const n of doc.nothingToMap) merged[allowListKey(n.article, n.passage)] = n.reason;
  const kept = Object.keys(merged)
    .filter((key) => !cited.has(key))
    .sort()
    .map((key): [string, string] => [key, merged[key] ?? '']);
  const written = Object.fromEntries(kept);
  return sameList(written, published) ? null : written;
}

/** What an allow-list file says against the published one. */
export type AllowListRead = {
  /** Entries that differ from the published list: draft reasons. */
  reasons: NothingToMap[];
  /** Every entry with a known passage and a reason. */
  listed: PassageRef[];
  /** Published entries the file leaves out, not because a feature now cites their passage. */
  withdrawn: PassageRef[];
  problems: string[];
};

/**
 * An allow-list file read back: its entries that differ from the published list become draft reasons
 * (those of passages `hasPassage` does not know, or with no reason, are problems). The file is the whole
 * list, as the download writes it: a published entry it leaves out was taken back, unless a feature of
 * the files read with it (`cited`) now cites that passage, which is why the download left it out.
 */
export function reasonsFromAllowList(
  published: AllowList,
  data: unknown,
  hasPassage: (article: string, passage: string) => boolean,
  cited: ReadonlySet<string>,
): AllowListRead {
  if (!isRecord(data))
    return { reasons: [], listed: [], withdrawn: [], problems: ['not an object of reasons'] };
  const reasons: NothingToMap[] = [];
  const listed: PassageRef[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const place = parseAllowListKey(key);
    const reason = typeof value === 'string' ? value.trim() : '';
    if (!place || !hasPassage(place.article, place.passage)) problems.push(`'${key}' names no known passage`);
    else if (reason === '') problems.push(`'${key}' gives no reason`);
    else {
      listed.push(place);
      if (published[key] !== reason) reasons.push({ ...place, reason });
    }
  }
  const withdrawn = Object.keys(published)
    .filter((key) => !(key in data) && !cited.has(key))
    .sort()
    .flatMap((key) => parseAllowListKey(key) ?? []);
  return { reasons, listed, withdrawn, problems };
}

/**
 * The drafts with what a file said: its reasons, each replacing a draft reason for the same passage, the
 * published reasons it took back, and those it gives again (no longer taken back).
 */
export function withReasons(doc: EditorDoc, read: Omit<AllowListRead, 'problems'>): EditorDoc {
  const { reasons, listed, withdrawn } = read;
  if (reasons.length === 0 && withdrawn.length === 0 && doc.withdrawnReasons.length === 0) return doc;
  const keyOf = (ref: PassageRef) => allowListKey(ref.article, ref.passage);
  const replaced = new Set([...reasons, ...withdrawn].map(keyOf));
  const said = new Set([...listed, ...withdrawn].map(keyOf));
  return {
    ...doc,
    nothingToMap: [...doc.nothingToMap.filter((n) => !replaced.has(keyOf(n))), ...reasons],
    withdrawnReasons: [...doc.withdrawnReasons.filter((r) => !said.has(keyOf(r))), ...withdrawn],
  };
}
