// Builds the light baseline page: bare MapLibre drawing only Natural Earth 110m countries (npm `world-atlas`),
// turned into one GeoJSON file at build time, as a simple map product would ship it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { precompressedBuild } from '../../build/precompress';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const LIGHT_COUNTRIES_FILE = 'countries-110m.geojson';

function countriesAsGeoJson(): Plugin {
  return {
    name: 'light-countries-geojson',
    apply: 'build',
    generateBundle() {
      const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
      const countries = feature(topology, topology.objects.countries);
      this.emitFile({ type: 'asset', fileName: LIGHT_COUNTRIES_FILE, source: JSON.stringify(countries) });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  base: './',
  plugins: [countriesAsGeoJson(), precompressedBuild()],
  build: {
    outDir: here('../../dist-bench-light'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4192, strictPort: true },
});
