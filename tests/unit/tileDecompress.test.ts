// The archives' directories and tiles are unpacked with the browser's DecompressionStream, and with fflate
// (loaded then) only in a browser without one: pmtiles' own fallback is cut from the first load.
import { gzipSync } from 'node:zlib';
import { Compression } from 'pmtiles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decompressArchiveBytes } from '../../src/map/tileDecompress';

const text = 'a vector tile, or a directory of an archive '.repeat(50);
const packed = () => {
  const bytes = gzipSync(Buffer.from(text));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
const read = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

describe('decompressArchiveBytes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('unpacks gzip with the browser’s DecompressionStream', async () => {
    const formats: string[] = [];
    const Native = globalThis.DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class extends Native {
        constructor(format: CompressionFormat) {
          super(format);
          formats.push(format);
        }
      },
    );
    expect(read(await decompressArchiveBytes(packed(), Compression.Gzip))).toBe(text);
    expect(formats).toEqual(['gzip']);
  });

  it('unpacks gzip with fflate in a browser without DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    expect(read(await decompressArchiveBytes(packed(), Compression.Gzip))).toBe(text);
  });

  it('passes bytes that are not compressed through, and names a method it cannot read', async () => {
    const plain = new TextEncoder().encode(text).buffer;
    expect(await decompressArchiveBytes(plain, Compression.None)).toBe(plain);
    expect(await decompressArchiveBytes(plain, Compression.Unknown)).toBe(plain);
    await expect(decompressArchiveBytes(plain, Compression.Brotli)).rejects.toThrow(/method 3/);
  });
});
