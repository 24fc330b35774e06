// Finds a Chromium for the browser tests, installing Debian's package when that is possible.
// Playwright's own browser download cannot work on our machines (no network but the registries).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const installCommand = 'apt-get update && apt-get install -y chromium';

if (isDebian && isRoot) {
  console.log(`No Chromium found; installing Debian's package: ${installCommand}`);
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (run(['update']).status !== 0 || run(['install', '-y', 'chromium']).status !== 0) {
    console.error('Installing chromium failed; see the output above.');
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}

const os = existsSync('/etc/os-release')
  ? readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="(.*)"/)?.[1]
  : process.platform;
console.error(
  [
    `No Chromium found for the browser tests (looked at $CHROMIUM_PATH, /usr/bin/chromium and Playwright's browsers) on ${os}.`,
    isDebian ? `Run as root: ${installCommand}` : 'Install Chromium and set CHROMIUM_PATH to its executable.',
  ].join('\n'),
);
process.exit(1);
