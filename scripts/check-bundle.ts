// `npm run bundle:check` (part of `npm test`, after `npm run build`): the JavaScript budget on the built
// files. Usage: tsx scripts/check-bundle.ts [dist folder, default dist]. Exits 1 when over the budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  GZIP_LEVEL,
  judgeBundle,
  MAPLIBRE_OWN_FILES,
  scriptsOfBuild,
  type BuildManifest,
  type Script,
  type SizedFile,
} from './bundle-budget';

const distFolder = process.argv[2] ?? 'dist';
const manifestPath = join(distFolder, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`bundle:check: ${manifestPath} is missing: run npm run build first`);
  process.exit(1);
}

const sized = (path: string, file: string, role: string): SizedFile => {
  const body = readFileSync(path);
  return { file, role, rawBytes: body.length, gzipBytes: gzipSync(body, { level: GZIP_LEVEL }).length };
};
const built = (script: Script) => sized(join(distFolder, script.file), script.file, script.role);

const { firstLoad, onDemand } = scriptsOfBuild(
  JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest,
);
const verdict = judgeBundle({
  firstLoad: firstLoad.map(built),
  onDemand: onDemand.map(built),
  maplibre: MAPLIBRE_OWN_FILES.map((file) => sized(file, file, "MapLibre's own")),
});
console.info(verdict.report);
if (verdict.pass) console.info(verdict.message);
else {
  console.error(verdict.message);
  process.exit(1);
}
