// A PMTiles source over bytes in memory: lets the official reader read an archive the tests just wrote.
import type { RangeResponse, Source } from 'pmtiles';

export class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}
