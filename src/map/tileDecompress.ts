// How the archives' gzipped directories and tiles are unpacked: with the browser's own DecompressionStream,
// and only where a browser has none, with fflate loaded then. pmtiles' own fallback imports fflate up front,
// 8 KB gzip of inflate code in every reader's first load; vite.config.ts cuts that import, so this function
// must be the one every archive reader is given (tileArchives.ts).
import { Compression, type DecompressFunc } from 'pmtiles';
import { archiveError } from './archiveProblem';

/** A gzip stream that fails to unpack rejects with the browser's "Failed to fetch": named for what it is. */
const damaged = () =>
  archiveError({ code: 'damaged' }, 'a tile or directory of the archive is not valid gzip');

async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  if (typeof globalThis.DecompressionStream === 'function') {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().catch(() => Promise.reject(damaged()));
  }
  const { gunzipSync } = await import('fflate');
  let unpacked: Uint8Array;
  try {
    unpacked = gunzipSync(new Uint8Array(bytes));
  } catch {
    throw damaged();
  }
  return unpacked.buffer.slice(unpacked.byteOffset, unpacked.byteOffset + unpacked.byteLength) as ArrayBuffer;
}

export const decompressArchiveBytes: DecompressFunc = async (bytes, compression) => {
  if (compression === Compression.None || compression === Compression.Unknown) return bytes;
  if (compression === Compression.Gzip) return gunzip(bytes);
  throw archiveError(
    { code: 'compression', method: compression },
    `tiles compressed with method ${compression}, which the app does not read (gzip or none)`,
  );
};
