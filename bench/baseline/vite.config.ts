// Builds the bare-MapLibre baseline page with the app's public folder (basemap, fonts, data), so the
// baseline loads exactly the files the app loads, from its own origin.
import { fileURLToPath } from 'node:url';
import { precompressedBuild } from '../../build/precompress';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('../../public'),
  // Relative asset URLs, like the app's `document.baseURI`-based style, so the page works from any folder.
  base: './',
  // Served as the app is, pre-compressed, so the pages compare like for like.
  plugins: [precompressedBuild()],
  build: {
    outDir: here('../../dist-bench-baseline'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4191, strictPort: true },
});
