// @vitest-environment node
import { readFileSync } from 'node:fs';
import { EtagMismatch, PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { RangeOrWholeSource } from '../../src/map/archiveSource';

const archive = new Uint8Array(readFileSync('public/tiles/basemap.pmtiles'));
const URL_OF_ARCHIVE = 'http://host/tiles/basemap.pmtiles';

type Host = { fetch: typeof fetch; requests: (string | null)[] };

/** A host that answers ranges (206), ignores them (200, the whole file), or fails with a status. */
function host(kind: 'ranges' | 'whole' | number, etag?: string): Host {
  const requests: (string | null)[] = [];
  const fetchBytes = async (_url: string | URL | Request, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range');
    requests.push(range);
    const headers: Record<string, string> = etag ? { ETag: etag } : {};
    if (typeof kind === 'number') return new Response('no', { status: kind });
    if (kind === 'whole' || range === null) return new Response(archive, { status: 200, headers });
    const [, start, end] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
    return new Response(archive.slice(Number(start), Number(end) + 1), { status: 206, headers });
  };
  return { fetch: fetchBytes as typeof fetch, requests };
}

describe('reading a tile archive', () => {
  it('asks for ranges and gets just those bytes where the host answers ranges', async () => {
    const ranges = host('ranges');
    const source = new RangeOrWholeSource(URL_OF_ARCHIVE, ranges.fetch);
    const read = await source.getBytes(0, 7);
    expect(new TextDecoder().decode(read.data)).toBe('PMTiles');
    expect(ranges.requests).toEqual(['bytes=0-6']);
  });

  it('downloads the whole file once where the host ignores Range, and reads every tile from it', async () => {
    const whole = host('whole');
    const reader = new PMTiles(new RangeOrWholeSource(URL_OF_ARCHIVE, whole.fetch));
    const header = await reader.getHeader();
    const tile = await reader.getZxy(header.maxZoom, 160, 97);
    expect(tile?.data.byteLength).toBeGreaterThan(0);
    expect(await reader.getZxy(4, 10, 6)).toBeDefined();
    expect(whole.requests).toHaveLength(1);
  });

  it('answers reads inside the first 16 KB read from it: the lowest-zoom tiles come with the header', async () => {
    const ranges = host('ranges', '"v1"');
    const source = new RangeOrWholeSource(URL_OF_ARCHIVE, ranges.fetch);
    await source.getBytes(0, 16384);
    const inside = await source.getBytes(5000, 1000, undefined, '"v1"');
    expect(new Uint8Array(inside.data)).toEqual(archive.slice(5000, 6000));
    expect(inside.etag).toBe('"v1"');
    expect(ranges.requests).toEqual(['bytes=0-16383']);
    // A read that runs past the kept bytes goes to the host.
    const across = await source.getBytes(16000, 1000);
    expect(new Uint8Array(across.data)).toEqual(archive.slice(16000, 17000));
    expect(ranges.requests).toEqual(['bytes=0-16383', 'bytes=16000-16999']);

    // Through the official reader, on the overlay archive: zoomed out to zoom 2 and 3, its tiles need no
    // read of their own (the basemap's zoom-2 tile alone is bigger than 16 KB).
    const overlays = new Uint8Array(readFileSync('public/data/overlays.pmtiles'));
    const reads: string[] = [];
    const overlayHost = async (_url: string | URL | Request, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('Range') ?? '';
      reads.push(range);
      const [, start, end] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
      return new Response(overlays.slice(Number(start), Number(end) + 1), { status: 206 });
    };
    const reader = new PMTiles(
      new RangeOrWholeSource('http://host/data/overlays.pmtiles', overlayHost as typeof fetch),
    );
    for (const [z, x, y] of [
      [2, 2, 1],
      [3, 4, 3],
      [3, 5, 3],
    ] as const)
      expect((await reader.getZxy(z, x, y))?.data.byteLength).toBeGreaterThan(0);
    expect(reads).toEqual(['bytes=0-16383']);
  });

  it('names the status of a failed answer and keeps nothing of it', async () => {
    const source = new RangeOrWholeSource(URL_OF_ARCHIVE, host(404).fetch);
    await expect(source.getBytes(0, 16384)).rejects.toThrow('the server answered 404');
  });

  it('refuses to read a tile past the end of a truncated archive, whole or by ranges', async () => {
    const truncated = archive.subarray(0, 20_000);
    const wholeHost = (async () => new Response(truncated, { status: 200 })) as typeof fetch;
    const whole = new PMTiles(new RangeOrWholeSource(URL_OF_ARCHIVE, wholeHost));
    expect((await whole.getHeader()).maxZoom).toBe(8);
    await expect(whole.getZxy(8, 160, 97)).rejects.toThrow(/truncated/);
    const rangeHost = (async () => new Response(truncated.subarray(19_990), { status: 206 })) as typeof fetch;
    const source = new RangeOrWholeSource(URL_OF_ARCHIVE, rangeHost);
    await expect(source.getBytes(19_990, 400)).rejects.toThrow(/truncated/);
  });

  it('says when the archive changed under a reader (a new deploy), so the reader starts over', async () => {
    const source = new RangeOrWholeSource(URL_OF_ARCHIVE, host('ranges', '"v2"').fetch);
    await expect(source.getBytes(0, 7, undefined, '"v1"')).rejects.toBeInstanceOf(EtagMismatch);
    const wholeSource = new RangeOrWholeSource(URL_OF_ARCHIVE, host('whole', '"v2"').fetch);
    await expect(wholeSource.getBytes(0, 7, undefined, '"v1"')).rejects.toBeInstanceOf(EtagMismatch);
  });
});
