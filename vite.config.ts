import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { appAfterFirstPaint } from './build/appAfterFirstPaint';
import { contentSecurityPolicy, inlineScriptsOf } from './build/contentSecurityPolicy';
import { precompressedBuild } from './build/precompress';
import { serviceWorker } from './build/serviceWorkerPlugin';

/** Adds the CSP meta tag to the built page only: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicyTag(): Plugin {
  return {
    name: 'risk-atlas-csp',
    apply: 'build',
    // After the other plugins' changes to the page, so every inline script is in it to be hashed.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(inlineScriptsOf(html)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const PMTILES_FFLATE_STUB = '\0pmtiles-without-fflate';

/**
 * pmtiles imports fflate's inflate as a fallback for browsers without DecompressionStream: 8 KB gzip in the
 * first load. The app gives every archive reader its own decompress (src/map/tileDecompress.ts), which loads
 * fflate only in such a browser, so pmtiles' import is replaced by a stub that says so if it is ever reached.
 */
function pmtilesWithoutFflate(): Plugin {
  return {
    name: 'risk-atlas-pmtiles-without-fflate',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'fflate' && importer?.includes('/node_modules/pmtiles/') ? PMTILES_FFLATE_STUB : null,
    load: (id) =>
      id === PMTILES_FFLATE_STUB
        ? 'export function decompressSync() { throw new Error("pmtiles needs the app\u2019s decompress: src/map/tileDecompress.ts"); }'
        : null,
  };
}

export default defineConfig({
  plugins: [
    pmtilesWithoutFflate(),
    react(),
    appAfterFirstPaint(),
    contentSecurityPolicyTag(),
    serviceWorker({ source: 'build/sw.js' }),
    precompressedBuild(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks the page loads at once, for `npm run bundle:check`.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    // Every browser the app supports (ES2022) has modulepreload: the polyfill would be 0.2 KB of dead code.
    modulePreload: { polyfill: false },
    // Everything the page loads at once stays in one chunk. Without this, rolldown split modules that both
    // the entry and the on-demand chunks (share dialog, exports, embed) import into small chunks of their
    // own, loaded at once anyway, one request each.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
