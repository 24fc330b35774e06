// The build's pre-compressed copies and the preview middleware that serves them as a host with
// gzip_static/brotli_static does: the right copy for what the browser accepts, never a stale one, never a range.
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsEncoding, precompressFolder, servePrecompressed } from '../../build/precompress';

const script = 'export const label = "Риски на Южном Кавказе";\n'.repeat(200);
const json = JSON.stringify({
  features: Array.from({ length: 200 }, (_, id) => ({ id, name: `feature ${id}` })),
});

function makeBuild(): string {
  const folder = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(folder, 'assets'));
  mkdirSync(join(folder, 'tiles'));
  writeFileSync(join(folder, 'index.html'), `<!doctype html><title>x</title>${'<p>text</p>'.repeat(200)}`);
  writeFileSync(join(folder, 'assets', 'index-abc.js'), script);
  writeFileSync(join(folder, 'data.json'), json);
  writeFileSync(join(folder, 'small.js'), 'export {};');
  writeFileSync(join(folder, 'tiles', 'basemap.pmtiles'), Buffer.alloc(4096, 7));
  writeFileSync(join(folder, 'font.woff2'), Buffer.alloc(4096, 1));
  return folder;
}

describe('precompressFolder', () => {
  it('writes a .br and a .gz next to each text file big enough, each unpacking to the very file', async () => {
    const folder = makeBuild();
    try {
      const report = await precompressFolder(folder);
      expect(report.files).toBe(3);
      for (const file of ['index.html', 'assets/index-abc.js', 'data.json']) {
        const original = readFileSync(join(folder, file));
        expect(brotliDecompressSync(readFileSync(join(folder, `${file}.br`)))).toEqual(original);
        expect(gunzipSync(readFileSync(join(folder, `${file}.gz`)))).toEqual(original);
        expect(readFileSync(join(folder, `${file}.br`)).length).toBeLessThan(original.length);
      }
      // Too small to gain anything; archives and fonts are compressed inside already.
      for (const file of ['small.js', 'tiles/basemap.pmtiles', 'font.woff2']) {
        expect(existsSync(join(folder, `${file}.br`))).toBe(false);
        expect(existsSync(join(folder, `${file}.gz`))).toBe(false);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives the same bytes for the same build', async () => {
    const [one, two] = [makeBuild(), makeBuild()];
    try {
      await precompressFolder(one);
      await precompressFolder(two);
      for (const file of ['index.html.br', 'index.html.gz', 'data.json.gz', 'assets/index-abc.js.br']) {
        expect(readFileSync(join(one, file))).toEqual(readFileSync(join(two, file)));
      }
    } finally {
      rmSync(one, { recursive: true, force: true });
      rmSync(two, { recursive: true, force: true });
    }
  });
});

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br', true],
    ['gzip, deflate, br, zstd', 'gzip', true],
    ['gzip, deflate', 'br', false],
    ['br;q=0, gzip', 'br', false],
    ['br;q=0.5', 'br', true],
    ['BR', 'br', true],
    ['brotli', 'br', false],
    [undefined, 'gzip', false],
    ['', 'gzip', false],
  ])('%s accepts %s: %s', (header, encoding, accepted) => {
    expect(acceptsEncoding(header, encoding)).toBe(accepted);
  });
});

describe('servePrecompressed', () => {
  let folder: string;
  let server: Server;
  let origin: { port: number };

  beforeAll(async () => {
    folder = makeBuild();
    await precompressFolder(folder);
    const middleware = servePrecompressed(folder);
    // What comes after the middleware: the plain static server answers "raw".
    server = createServer((req, res) => middleware(req, res, () => res.end('raw')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = { port: (server.address() as AddressInfo).port };
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: origin.port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });

  it('answers with brotli when the browser accepts it, else gzip, else passes on', async () => {
    const brotli = await get('/assets/index-abc.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotli.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

    const gzip = await get('/data.json', { 'Accept-Encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(json);

    expect((await get('/data.json')).body.toString()).toBe('raw');
    expect((await get('/small.js', { 'Accept-Encoding': 'br' })).body.toString()).toBe('raw');
    expect((await get('/tiles/basemap.pmtiles', { 'Accept-Encoding': 'br' })).body.toString()).toBe('raw');
  });

  it('serves the page itself for a folder path', async () => {
    const page = await get('/', { 'Accept-Encoding': 'br' });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>x</title>');
  });

  it('leaves ranges, other methods and paths outside the folder to the server behind it', async () => {
    expect((await get('/data.json', { 'Accept-Encoding': 'br', Range: 'bytes=0-9' })).body.toString()).toBe(
      'raw',
    );
    expect((await get('/data.json', { 'Accept-Encoding': 'br' }, 'POST')).body.toString()).toBe('raw');
    expect((await get('/../../etc/passwd.json', { 'Accept-Encoding': 'br' })).body.toString()).toBe('raw');
    expect((await get('/%E0%A4%A.json', { 'Accept-Encoding': 'br' })).body.toString()).toBe('raw');
  });

  it('answers HEAD with the headers only, and a matching If-None-Match with 304', async () => {
    const head = await get('/data.json', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBe(readFileSync(join(folder, 'data.json.br')).length);
    expect(head.body.length).toBe(0);
    const again = await get('/data.json', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(head.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('never answers with a copy older than the file (the file was changed after the build)', async () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(folder, 'data.json'), later, later);
    expect((await get('/data.json', { 'Accept-Encoding': 'gzip, br' })).body.toString()).toBe('raw');
  });
});
