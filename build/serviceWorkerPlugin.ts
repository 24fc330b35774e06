// Emits the service worker with the exact list of files this build serves, so the app works offline after
// one visit and a new deploy (a new list, hence a new worker) replaces the old cache. The data files loaded on
// demand (articles/, geometry/) are left out of the list: the worker caches each as the page loads it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The same pattern as the worker's: an article's text or a chunk of geometries, loaded when needed. */
export const ON_DEMAND = /(^|\/)(articles|geometry)\/[a-z0-9-]+\.json$/;

export function serviceWorker(options: { source: string; publicDir?: string }): Plugin {
  const publicDir = options.publicDir ?? 'public';
  return {
    name: 'risk-atlas-service-worker',
    apply: 'build',
    generateBundle(_outputOptions, bundle) {
      const fromBundle = Object.keys(bundle).filter((file) => !file.endsWith('.map'));
      const fromPublic = filesUnder(publicDir).map((path) => relative(publicDir, path).split('\\').join('/'));
      const precached = fromPublic.filter((file) => !ON_DEMAND.test(file));
      const files = [...new Set(['', ...fromBundle, ...precached])].sort();
      // Bundle names carry content hashes already; public files do not, so their bytes go into the version.
      const hash = createHash('sha256').update(files.join('\n'));
      for (const file of fromPublic) hash.update(readFileSync(join(publicDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      const worker = readFileSync(options.source, 'utf8')
        .replace('self.__PRECACHE_FILES__', JSON.stringify(files))
        .replace('self.__PRECACHE_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker });
    },
  };
}
