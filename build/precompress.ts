// The build ships each text file also as `.br` (brotli, quality 11) and `.gz` (gzip, level 9), as hosts that
// serve pre-compressed files expect (nginx gzip_static/brotli_static, Caddy's precompressed, many CDNs).
// Compressing once at build time lets the slowest, tightest settings pay off: brotli 11 is too slow for a
// host to run per request, and it makes the JavaScript about a fifth smaller than on-the-fly gzip.
// `vite preview` (the tests, the bench, Lighthouse) serves these files through the middleware below, which
// answers as such a host does.
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import {
  brotliCompress as brotliCallback,
  constants as zlibConstants,
  gzip as gzipCallback,
} from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing, with the type a host sends for each. Archives and fonts are compressed already. */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Below this a compressed copy saves less than the headers that announce it (the size nginx's docs suggest). */
export const MIN_COMPRESSIBLE_BYTES = 1024;

const brotli = promisify(brotliCallback);
const gzip = promisify(gzipCallback);

// Node runs these on its thread pool, so a build compresses several files at once.
export const ENCODINGS = [
  {
    name: 'br',
    suffix: '.br',
    compress: (bytes: Buffer) =>
      brotli(bytes, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  { name: 'gzip', suffix: '.gz', compress: (bytes: Buffer) => gzip(bytes, { level: 9 }) },
] as const;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export type PrecompressReport = { files: number; rawBytes: number; written: Record<string, number> };

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file in `folder` that is big enough and that
 * each encoding makes smaller. Deterministic (gzip carries no name or time), so the same build gives the same
 * bytes.
 */
export async function precompressFolder(folder: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, rawBytes: 0, written: { br: 0, gzip: 0 } };
  const jobs: Array<Promise<void>> = [];
  for (const path of filesUnder(folder).sort()) {
    if (!(extname(path) in COMPRESSIBLE_TYPES)) continue;
    const bytes = readFileSync(path);
    if (bytes.length < MIN_COMPRESSIBLE_BYTES) continue;
    report.files += 1;
    report.rawBytes += bytes.length;
    for (const encoding of ENCODINGS) {
      jobs.push(
        encoding.compress(bytes).then((compressed) => {
          if (compressed.length >= bytes.length) return;
          writeFileSync(path + encoding.suffix, compressed);
          report.written[encoding.name] = (report.written[encoding.name] ?? 0) + compressed.length;
        }),
      );
    }
  }
  await Promise.all(jobs);
  return report;
}

/** Whether an Accept-Encoding header allows `encoding` (a `q=0` refuses it). */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== encoding) return false;
    const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    return quality === undefined || Number(quality) > 0;
  });
}

type Next = (error?: unknown) => void;

function freshCopy(path: string, original: Stats): Stats | null {
  const copy = statSync(path, { throwIfNoEntry: false });
  // A file changed after the build (a hand-edited index.html, a replaced data file) must not be answered
  // with the compressed bytes of what it was.
  return copy?.isFile() && copy.mtimeMs >= original.mtimeMs ? copy : null;
}

/**
 * Answers a GET or HEAD for a compressible file with its `.br` or `.gz` copy when the browser accepts it and
 * the copy is at least as new as the file; anything else (ranges, other files, no copy) goes on to `next`.
 */
export function servePrecompressed(folder: string) {
  const root = resolve(folder);
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.range) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      return next();
    }
    const path = resolve(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const type = COMPRESSIBLE_TYPES[extname(path)];
    if (!type || !path.startsWith(root + sep)) return next();
    const original = statSync(path, { throwIfNoEntry: false });
    if (!original?.isFile()) return next();
    const accepted = request.headers['accept-encoding'];
    for (const encoding of ENCODINGS) {
      if (!acceptsEncoding(accepted, encoding.name)) continue;
      const copy = freshCopy(path + encoding.suffix, original);
      if (!copy) continue;
      const etag = `W/"${encoding.name}-${original.size}-${Math.floor(original.mtimeMs)}"`;
      response.setHeader('Vary', 'Accept-Encoding');
      response.setHeader('ETag', etag);
      response.setHeader('Last-Modified', original.mtime.toUTCString());
      response.setHeader('Cache-Control', 'no-cache');
      if (request.headers['if-none-match'] === etag) {
        response.statusCode = 304;
        response.end();
        return;
      }
      response.setHeader('Content-Type', type);
      response.setHeader('Content-Encoding', encoding.name);
      response.setHeader('Content-Length', copy.size);
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(path + encoding.suffix).pipe(response);
      return;
    }
    next();
  };
}

/** Writes the compressed copies after every build and serves them from `vite preview`. */
export function precompressedBuild(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'risk-atlas-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build' && !config.build.watch;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (building) await precompressFolder(outDir);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(outDir));
    },
  };
}
