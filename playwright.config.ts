import { defineConfig } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

// Overridable so that two checkouts (or two people) can run the browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173);
const outDir = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Software WebGL cost grows with pixels; this size keeps the suite quick and still shows both panels.
    viewport: { width: 1100, height: 700 },
    // The offline test opts in; elsewhere request interception must see every request.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: (findChromium as () => string | undefined)() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS as string[],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
