import { describe, expect, it } from 'vitest';
import {
  JS_ALLOWANCE_OVER_MAPLIBRE_BYTES,
  judgeBundle,
  KB,
  scriptsOfBuild,
  type BuildManifest,
  type SizedFile,
} from '../../scripts/bundle-budget';

// The shape Vite writes to dist/.vite/manifest.json for this app: a page entry that imports a shared
// chunk, lazy panels, and MapLibre's worker as an asset.
const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-b.js'],
    dynamicImports: ['src/panels/Lazy.tsx'],
  },
  '_vendor-b.js': { file: 'assets/vendor-b.js', imports: ['_shared-c.js'] },
  '_shared-c.js': { file: 'assets/shared-c.js', imports: ['index.html'] },
  'src/panels/Lazy.tsx': {
    file: 'assets/Lazy-d.js',
    src: 'src/panels/Lazy.tsx',
    isDynamicEntry: true,
    imports: ['_shared-c.js'],
  },
  'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': {
    file: 'assets/maplibre-gl-worker-e.mjs',
    src: 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
  },
};

const file = (name: string, gzipKb: number, role = 'entry'): SizedFile => ({
  file: name,
  role,
  rawBytes: gzipKb * 4 * KB,
  gzipBytes: gzipKb * KB,
});
const maplibre = [file('maplibre-gl.mjs', 290, "MapLibre's own"), file('maplibre-gl-worker.mjs', 145, 'own')];

describe('what the first load runs', () => {
  it('is the page entry, everything it imports statically and MapLibre’s worker, not the lazy chunks', () => {
    const { firstLoad, onDemand } = scriptsOfBuild(manifest);
    expect(firstLoad).toEqual([
      { file: 'assets/index-a.js', role: 'entry' },
      { file: 'assets/vendor-b.js', role: 'static import' },
      { file: 'assets/shared-c.js', role: 'static import' },
      { file: 'assets/maplibre-gl-worker-e.mjs', role: 'MapLibre worker' },
    ]);
    expect(onDemand).toEqual([{ file: 'assets/Lazy-d.js', role: 'loaded on demand' }]);
  });

  it('cannot be judged without a page entry or without MapLibre’s worker', () => {
    const without = (key: string) => Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== key));
    expect(() => scriptsOfBuild(without('index.html'))).toThrow(/no HTML entry/);
    expect(() => scriptsOfBuild(without('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'))).toThrow(
      /no MapLibre worker/,
    );
  });
});

describe('the JavaScript budget', () => {
  it('allows MapLibre’s own JavaScript plus 100 KB gzip', () => {
    expect(JS_ALLOWANCE_OVER_MAPLIBRE_BYTES).toBe(100 * KB);
    const verdict = judgeBundle({
      firstLoad: [file('assets/index-a.js', 390), file('assets/maplibre-gl-worker-e.mjs', 145, 'worker')],
      onDemand: [file('assets/Lazy-d.js', 50, 'loaded on demand')],
      maplibre,
    });
    expect(verdict.limitBytes).toBe(535 * KB);
    expect(verdict.appGzipBytes).toBe(535 * KB);
    expect(verdict.pass).toBe(true);
    expect(verdict.message).toMatch(/^JS budget: pass/);
  });

  it('fails when exceeded, naming the total, each chunk’s size and the limit', () => {
    const verdict = judgeBundle({
      firstLoad: [file('assets/index-a.js', 391), file('assets/maplibre-gl-worker-e.mjs', 145, 'worker')],
      onDemand: [],
      maplibre,
    });
    expect(verdict.pass).toBe(false);
    expect(verdict.message).toContain('JS budget exceeded: the first load runs 536.0 KB gzip');
    expect(verdict.message).toContain('assets/index-a.js 391.0 KB, assets/maplibre-gl-worker-e.mjs 145.0 KB');
    expect(verdict.message).toContain(
      "1.0 KB over the limit of MapLibre's own 435.0 KB + 100.0 KB = 535.0 KB",
    );
  });

  it('leaves chunks loaded on demand out of the total but lists them', () => {
    const verdict = judgeBundle({
      firstLoad: [file('assets/index-a.js', 100)],
      onDemand: [file('assets/Lazy-d.js', 900, 'loaded on demand')],
      maplibre,
    });
    expect(verdict.pass).toBe(true);
    expect(verdict.report).toContain('assets/Lazy-d.js');
    expect(verdict.report).toContain('first load: 100.0 KB gzip');
  });
});
