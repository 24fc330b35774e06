// The JavaScript budget, judged on the built files: what the reader's first load runs (the page's entry
// chunk, the chunks it imports statically and MapLibre's worker) may weigh, gzipped, at most MapLibre's own
// JavaScript plus a fixed allowance. Pure: scripts/check-bundle.ts reads dist/ and gzips, this decides.

export const KB = 1024;
/** What the app may add to MapLibre's own JavaScript, gzipped (the project guide's budget). */
export const JS_ALLOWANCE_OVER_MAPLIBRE_BYTES = 100 * KB;
/** Fixed, so the byte counts depend only on the files. */
export const GZIP_LEVEL = 9;
/** MapLibre's own JavaScript as it ships in the package: the ES module and its worker. */
export const MAPLIBRE_OWN_FILES = [
  'node_modules/maplibre-gl/dist/maplibre-gl.mjs',
  'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
] as const;
const MAPLIBRE_WORKER_SOURCE = 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs';

/** The parts of Vite's build manifest (`build.manifest`) read here. */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
export type BuildManifest = Record<string, ManifestChunk>;

export type ScriptRole = 'entry' | 'static import' | 'MapLibre worker' | 'loaded on demand';
export type Script = { file: string; role: ScriptRole };

/**
 * The scripts of the build: those the first load runs (the HTML page's entry chunk, everything it imports
 * statically, MapLibre's worker) and, apart, the chunks loaded on demand, which the budget leaves out.
 * Throws when the manifest has no page entry or no MapLibre worker: a budget over nothing would pass.
 */
export function scriptsOfBuild(manifest: BuildManifest): { firstLoad: Script[]; onDemand: Script[] } {
  const entries = Object.entries(manifest).filter(([key, chunk]) => chunk.isEntry && key.endsWith('.html'));
  if (entries.length === 0) throw new Error('the build manifest has no HTML entry (index.html)');
  const worker = manifest[MAPLIBRE_WORKER_SOURCE];
  if (worker === undefined) {
    throw new Error(`the build manifest has no MapLibre worker (${MAPLIBRE_WORKER_SOURCE})`);
  }
  const firstLoad: Script[] = [];
  const seen = new Set<string>();
  const visit = (key: string, role: ScriptRole) => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    firstLoad.push({ file: chunk.file, role });
    for (const imported of chunk.imports ?? []) visit(imported, 'static import');
  };
  for (const [key] of entries) visit(key, 'entry');
  firstLoad.push({ file: worker.file, role: 'MapLibre worker' });
  const firstLoadFiles = new Set(firstLoad.map((script) => script.file));
  const onDemand = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js') && !firstLoadFiles.has(chunk.file))
    .map((chunk): Script => ({ file: chunk.file, role: 'loaded on demand' }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  return { firstLoad, onDemand };
}

export type SizedFile = { file: string; role: string; rawBytes: number; gzipBytes: number };

export type BundleVerdict = {
  pass: boolean;
  appGzipBytes: number;
  maplibreGzipBytes: number;
  limitBytes: number;
  /** A table of every file with its sizes, then the total against the limit. */
  report: string;
  /** One sentence: the verdict, the figures and, when over, which chunks weigh what. */
  message: string;
};

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const sum = (files: readonly SizedFile[]) => files.reduce((total, file) => total + file.gzipBytes, 0);

export function judgeBundle(input: {
  firstLoad: readonly SizedFile[];
  onDemand: readonly SizedFile[];
  maplibre: readonly SizedFile[];
  allowanceBytes?: number;
}): BundleVerdict {
  const allowanceBytes = input.allowanceBytes ?? JS_ALLOWANCE_OVER_MAPLIBRE_BYTES;
  const appGzipBytes = sum(input.firstLoad);
  const maplibreGzipBytes = sum(input.maplibre);
  const limitBytes = maplibreGzipBytes + allowanceBytes;
  const pass = appGzipBytes <= limitBytes;
  const row = (file: SizedFile) =>
    `${kb(file.rawBytes).padStart(11)}  ${kb(file.gzipBytes).padStart(10)}  ${file.role.padEnd(17)}  ${file.file}`;
  const report = [
    `${'raw'.padStart(11)}  ${'gzip -9'.padStart(10)}  ${'counts as'.padEnd(17)}  file`,
    ...input.firstLoad.map(row),
    ...input.onDemand.map(row),
    ...input.maplibre.map(row),
    '',
    `first load: ${kb(appGzipBytes)} gzip; limit: MapLibre's own ${kb(maplibreGzipBytes)} + ${kb(allowanceBytes)} = ${kb(limitBytes)}`,
  ].join('\n');
  const chunks = input.firstLoad.map((file) => `${file.file} ${kb(file.gzipBytes)}`).join(', ');
  const message = pass
    ? `JS budget: pass, the first load runs ${kb(appGzipBytes)} gzip, ${kb(limitBytes - appGzipBytes)} under the limit of ${kb(limitBytes)}.`
    : `JS budget exceeded: the first load runs ${kb(appGzipBytes)} gzip (${chunks}), ` +
      `${kb(appGzipBytes - limitBytes)} over the limit of MapLibre's own ${kb(maplibreGzipBytes)} + ${kb(allowanceBytes)} = ${kb(limitBytes)}. ` +
      'Load what the first view does not need on demand; npx tsx bench/jsBreakdown.ts shows what each chunk is made of.';
  return { pass, appGzipBytes, maplibreGzipBytes, limitBytes, report, message };
}
