import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { serviceWorker } from './build/serviceWorkerPlugin';

/**
 * The production page's Content Security Policy. MapLibre needs its worker from our origin, images from
 * data:/blob: (icons are decoded from bundled SVG) and nothing else; no eval, no inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP meta tag to the built page only: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'risk-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker({ source: 'build/sw.js' })],
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
