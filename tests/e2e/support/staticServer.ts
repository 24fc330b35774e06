// A bare static file server over a folder the test may change, standing in for a host the app is deployed to.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** A file whose requests wait: `requested` settles when one has arrived, `release` lets them all through. */
export type Hold = { requested: Promise<void>; release: () => void };

export type StaticServer = { origin: string; hold: (pathname: string) => Hold; close: () => Promise<void> };

/** `bytes=start-end` or `bytes=start-` within a file of `size` bytes, or null (then the whole file is sent). */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Math.min(match[2] ? Number(match[2]) : size - 1, size - 1);
  return { start, end };
}

/**
 * Serves `folder` the way common static hosts (and `vite preview`) do: Last-Modified from the file, no
 * Cache-Control, so the browser's HTTP cache applies its heuristic freshness just as it would in the field.
 * With `ranges`, `Range` requests get the part asked for (206), as most hosts and CDNs answer them; without,
 * the whole file (200), as a host that ignores `Range` does.
 */
export async function serveFolder(folder: string, options: { ranges?: boolean } = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const holds = new Map<string, { arrived: () => void; released: Promise<void> }>();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const held = holds.get(pathname);
    if (held) {
      held.arrived();
      await held.released;
    }
    const path = resolve(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const stats = path.startsWith(root + sep) ? statSync(path, { throwIfNoEntry: false }) : undefined;
    if (!stats?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Last-Modified': stats.mtime.toUTCString(),
    };
    const range = options.ranges ? byteRange(request.headers.range, stats.size) : null;
    if (range && range.start > range.end) {
      response.writeHead(416, { 'Content-Range': `bytes */${stats.size}` }).end();
      return;
    }
    if (range) {
      response.writeHead(206, {
        ...headers,
        'Accept-Ranges': 'bytes',
        'Content-Length': range.end - range.start + 1,
        'Content-Range': `bytes ${range.start}-${range.end}/${stats.size}`,
      });
      createReadStream(path, range).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': stats.size });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hold: (pathname) => {
      let arrived = () => {};
      let release = () => {};
      const requested = new Promise<void>((done) => (arrived = done));
      const released = new Promise<void>((done) => (release = done));
      holds.set(pathname, { arrived, released });
      return {
        requested,
        release: () => {
          holds.delete(pathname);
          release();
        },
      };
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
