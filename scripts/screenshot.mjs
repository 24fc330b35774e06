// Makes the README screenshots from a real headless run of the production build.
// Usage: npm run build && npm run screenshot
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const port = 4179;
const origin = `http://127.0.0.1:${port}`;
const shots = [
  { file: 'docs/screenshot-en.png', lang: 'en' },
  { file: 'docs/screenshot-ru.png', lang: 'ru' },
];

async function waitForServer(url, attempts = 100) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await waitForServer(origin);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  mkdirSync('docs', { recursive: true });
  for (const shot of shots) {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
      timeout: 60_000,
    });
    await page.getByRole('combobox', { name: 'Language' }).selectOption(shot.lang);
    await page.evaluate(() => new Promise((resolve) => window.riskAtlas.map.once('idle', resolve)));
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
