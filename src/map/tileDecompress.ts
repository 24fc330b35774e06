// How the archives' gzipped directories and tiles are unpacked: with the browser's own DecompressionStream,
// and only where a browser has none, with fflate loaded then. pmtiles' own fallback imports fflate up front,
// 8 KB gzip of inflate code in every reader's first load; vite.config.ts cuts that import, so this function
// must be the one every archive reader is given (tileArchives.ts).
import { Compression, type DecompressFunc } from 'pmtiles';

async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  if (typeof globalThis.DecompressionStream === 'function') {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }
  const { gunzipSync } = await import('fflate');
  const unpacked = gunzipSync(new Uint8Array(bytes));
  return unpacked.buffer.slice(unpacked.byteOffset, unpacked.byteOffset + unpacked.byteLength) as ArrayBuffer;
}

export const decompressArchiveBytes: DecompressFunc = async (bytes, compression) => {
  if (compression === Compression.None || compression === Compression.Unknown) return bytes;
  if (compression === Compression.Gzip) return gunzip(bytes);
  throw new Error(`tiles compressed with method ${compression}, which the app does not read (gzip or none)`);
};
