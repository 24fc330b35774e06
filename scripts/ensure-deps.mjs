// Installs the app's dependencies on a fresh clone, so `npm start` and `npm test` are the only set-up steps.
// Uses no dependencies itself: it runs before node_modules exists.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const lockfile = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';

function needsInstall() {
  if (!existsSync(marker)) return true;
  return statSync(lockfile).mtimeMs > statSync(marker).mtimeMs + 1000;
}

if (needsInstall()) {
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

const { engines } = JSON.parse(readFileSync('package.json', 'utf8'));
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`Node ${engines.node} is required; this is ${process.version}.`);
  process.exit(1);
}
