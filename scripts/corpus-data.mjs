// Before `npm start` and `npm run build`: with ATLAS_CORPUS set, the app's data (public/data) is compiled
// from that corpus folder first, so the app shows it; without it, the committed data of geo/ is used as is.
import { spawnSync } from 'node:child_process';

const corpus = process.env.ATLAS_CORPUS?.trim();
if (corpus) {
  console.info(`ATLAS_CORPUS=${corpus}: compiling its articles and overlays into public/data/`);
  const run = spawnSync('npm', ['run', '--silent', 'geo:build'], { stdio: 'inherit', env: process.env });
  process.exit(run.status ?? 1);
}
