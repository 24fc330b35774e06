// What the app's JavaScript is made of: each output chunk broken down by npm package (and the app's own
// src/), from the bundler's per-module output. A diagnosis tool for the JS-size budget, not part of
// `npm run bench`. Usage: npx tsx bench/jsBreakdown.ts
//
// Each package's modules, as the bundler rendered them into the chunk (after tree-shaking), are minified
// and gzipped together here; the last column scales those shares onto the chunk's real gzip size, so the
// column adds up to what ships (gzip compresses across package boundaries too, hence the estimate).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Plugin } from 'vite';
import { packageOf } from './lib/packages';
import { KB } from './lib/report';

type ChunkParts = { fileName: string; codeByPackage: Map<string, string[]> };

function collector(chunks: ChunkParts[]): Plugin {
  return {
    name: 'risk-atlas-bench-js-breakdown',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const codeByPackage = new Map<string, string[]>();
        for (const [id, module] of Object.entries(output.modules)) {
          if (!module.code) continue;
          const name = packageOf(id);
          codeByPackage.set(name, [...(codeByPackage.get(name) ?? []), module.code]);
        }
        chunks.push({ fileName: output.fileName, codeByPackage });
      }
    },
  };
}

async function main(): Promise<void> {
  const outDir = join(tmpdir(), 'risk-atlas-bench-js-breakdown');
  const chunks: ChunkParts[] = [];
  await build({
    logLevel: 'warn',
    plugins: [collector(chunks)],
    build: { outDir, emptyOutDir: true, copyPublicDir: false },
  });
  for (const chunk of chunks) {
    const minified = readFileSync(join(outDir, chunk.fileName));
    const realGzip = gzipSync(minified).length;
    const parts = [...chunk.codeByPackage.entries()]
      .map(([name, code]) => {
        const minifiedPart = minifySync(`${name}.js`, code.join('\n')).code;
        return { name, minified: minifiedPart.length, gzip: gzipSync(minifiedPart).length };
      })
      .sort((a, b) => b.gzip - a.gzip);
    const partsGzip = parts.reduce((sum, part) => sum + part.gzip, 0) || 1;
    console.info(
      `\n${chunk.fileName}: ${(minified.length / KB).toFixed(1)} KB minified, ${(realGzip / KB).toFixed(1)} KB gzip`,
    );
    console.info(`${'minified KB'.padStart(12)}  ${'gzip KB'.padStart(8)}  ${'share'.padStart(6)}  package`);
    for (const part of parts) {
      const share = part.gzip / partsGzip;
      if (share < 0.002) continue;
      console.info(
        `${(part.minified / KB).toFixed(1).padStart(12)}  ${((share * realGzip) / KB).toFixed(1).padStart(8)}  ${(share * 100).toFixed(1).padStart(5)}%  ${part.name}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
