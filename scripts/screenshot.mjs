// Makes the README screenshots from a real headless run of the production build.
// Usage: npm run build && npm run screenshot
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const port = 4179;
const origin = `http://127.0.0.1:${port}`;
const view = 'map=5.1/40.3/47.6&sel=evac-tehran-astara-road';
const shots = [
  { file: 'docs/screenshot-en.png', hash: `#${view}` },
  { file: 'docs/screenshot-ru.png', hash: `#${view}&lang=ru` },
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
  mkdirSync('docs', { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 860 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/${shot.hash}`);
    await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
      timeout: 60_000,
    });
    // Let the details panel and any late tiles settle before the picture is taken.
    await page.getByRole('region', { name: /Details|Подробности/ }).waitFor();
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.riskAtlas.map.once('idle', resolve);
          window.riskAtlas.map.triggerRepaint();
        }),
    );
    await page.screenshot({ path: shot.file });
    await context.close();
    console.log(`wrote ${shot.file}`);
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
