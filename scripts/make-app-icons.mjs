// Renders the app icons (PNG, for the web app manifest) from public/favicon.svg with headless Chromium.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const { size, file, padding } of [
  { size: 192, file: 'public/icons/icon-192.png', padding: 0 },
  { size: 512, file: 'public/icons/icon-512.png', padding: 0 },
  { size: 512, file: 'public/icons/icon-512-maskable.png', padding: 0.1 },
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setContent(
    `<body style="margin:0;background:#1f3b57;display:grid;place-items:center;height:${size}px">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
      '</body>',
  );
  await page.screenshot({ path: file, omitBackground: false });
  await page.close();
  console.log(`wrote ${file}`);
}
await browser.close();
