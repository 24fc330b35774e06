// How the bytes of one tile archive are read: by HTTP range requests where the server (or the service
// worker) answers them, and from one whole download where the server ignores `Range`.
import { EtagMismatch, type RangeResponse, type Source } from 'pmtiles';
import { archiveError } from './archiveProblem';

/** One wording for every tile of a short archive, so the reader sees one notice, not one per tile. */
const TRUNCATED = 'the archive is truncated: it ends before a tile it lists';
const truncated = () => archiveError({ code: 'truncated' }, TRUNCATED);

/** A strong ETag (weak ones say nothing about the bytes). */
function strongEtag(response: Response): string | undefined {
  const etag = response.headers.get('ETag');
  return etag && !etag.startsWith('W/') ? etag : undefined;
}

/**
 * Bytes of one archive. A 206 answers the range asked for; a 200 is the whole file (a host or proxy that
 * ignores `Range`), kept and sliced for every later read, so such a host costs one download, not a
 * failure.
 */
export class RangeOrWholeSource implements Source {
  private whole: Promise<{ bytes: ArrayBuffer; etag: string | undefined }> | null = null;
  /**
   * The first read's bytes. The reader asks for 16 KB to get the header and root directory (1–2 KB); the
   * rest are the archive's first, lowest-zoom tiles, answered from here when the map zooms out to them.
   */
  private head: { bytes: ArrayBuffer; etag: string | undefined } | null = null;

  constructor(
    private readonly url: string,
    private readonly fetchBytes: typeof fetch = (...args) => fetch(...args),
  ) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(
    offset: number,
    length: number,
    signal?: AbortSignal,
    etag?: string,
  ): Promise<RangeResponse> {
    if (this.whole) return this.slice(await this.whole, offset, length, etag);
    if (this.head && offset > 0 && offset + length <= this.head.bytes.byteLength) {
      const { bytes, etag: headEtag } = this.head;
      return { data: bytes.slice(offset, offset + length), ...(headEtag ? { etag: headEtag } : {}) };
    }
    const response = await this.fetchBytes(this.url, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
      ...(signal ? { signal } : {}),
    });
    if (response.status === 200) {
      this.whole = response.arrayBuffer().then((bytes) => ({ bytes, etag: strongEtag(response) }));
      // A failed whole download must not be kept: the next read tries again.
      this.whole.catch(() => (this.whole = null));
      return this.slice(await this.whole, offset, length, etag);
    }
    if (response.status !== 206)
      throw archiveError(
        { code: 'status', status: response.status },
        `the server answered ${response.status}`,
      );
    const newEtag = strongEtag(response);
    if (etag && newEtag && newEtag !== etag) throw new EtagMismatch(`the archive changed (ETag ${newEtag})`);
    const data = await response.arrayBuffer();
    if (offset > 0 && data.byteLength < length) {
      throw truncated();
    }
    // A new first read (the reader starts over after the archive changed) replaces the kept one.
    if (offset === 0) this.head = { bytes: data, etag: newEtag };
    return { data, ...(newEtag ? { etag: newEtag } : {}) };
  }

  private slice(
    whole: { bytes: ArrayBuffer; etag: string | undefined },
    offset: number,
    length: number,
    etag: string | undefined,
  ): RangeResponse {
    if (etag && whole.etag && whole.etag !== etag) {
      this.whole = null;
      throw new EtagMismatch(`the archive changed (ETag ${whole.etag})`);
    }
    // Only the first read (the header, asked for with room to spare) may run past the end of the file.
    if (offset > 0 && offset + length > whole.bytes.byteLength) {
      throw truncated();
    }
    return { data: whole.bytes.slice(offset, offset + length), ...(whole.etag ? { etag: whole.etag } : {}) };
  }
}
