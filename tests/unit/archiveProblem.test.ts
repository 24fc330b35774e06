import { describe, expect, it } from 'vitest';
import { archiveError, type ArchiveProblem } from '../../src/map/archiveProblem';
import {
  archiveProblemOf,
  describeArchiveProblem,
  describeFailureDetail,
} from '../../src/map/archiveProblemWords';
import { RangeOrWholeSource } from '../../src/map/archiveSource';
import { decompressArchiveBytes } from '../../src/map/tileDecompress';
import { Compression } from 'pmtiles';

const messageOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('it did not fail');
};

describe("a tile archive's problems, found again from the message a map error carries", () => {
  it("knows the app's own problems by the message they were raised with", () => {
    const error = archiveError({ code: 'status', status: 503 }, 'the server answered 503');
    expect(error.message).toBe('the server answered 503');
    expect(archiveProblemOf('the server answered 503')).toEqual({ code: 'status', status: 503 });
  });

  it.each<[string, ArchiveProblem]>([
    ['Wrong magic number for PMTiles archive', { code: 'notArchive' }],
    [
      'Archive is spec version 4 but this library supports up to spec version 3',
      { code: 'specVersion', version: '4' },
    ],
    ['Unimplemented type: 6', { code: 'damaged' }],
    ['Expected varint not more than 10 bytes', { code: 'damaged' }],
    ['Empty directory is invalid', { code: 'damaged' }],
    ['the archive changed (ETag "b")', { code: 'changed' }],
  ])("knows pmtiles' and the decoder's wording: %s", (message, problem) => {
    expect(archiveProblemOf(message)).toEqual(problem);
  });

  it("leaves others' words alone (the browser's, say): they are shown as they come", () => {
    expect(archiveProblemOf('Failed to fetch')).toBeNull();
    expect(describeFailureDetail('ru', 'Failed to fetch')).toBe('Failed to fetch');
    expect(describeFailureDetail('ru', 'Wrong magic number for PMTiles archive')).toBe(
      'файл — не архив тайлов PMTiles',
    );
  });

  it('names a response that is neither the range nor the whole file by its status', async () => {
    const source = new RangeOrWholeSource('x.pmtiles', async () => new Response('gone', { status: 410 }));
    const message = await messageOf(source.getBytes(0, 16384));
    expect(archiveProblemOf(message)).toEqual({ code: 'status', status: 410 });
  });

  it('names a short whole file as truncated, not as a failed download', async () => {
    const source = new RangeOrWholeSource('x.pmtiles', async () => new Response(new Uint8Array(100)));
    await source.getBytes(0, 16384);
    const message = await messageOf(source.getBytes(5000, 100));
    expect(archiveProblemOf(message)).toEqual({ code: 'truncated' });
  });

  it('names bytes that are not gzip as a damaged tile (the browser would say "Failed to fetch")', async () => {
    const notGzip = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
    const message = await messageOf(decompressArchiveBytes(notGzip, Compression.Gzip));
    expect(archiveProblemOf(message)).toEqual({ code: 'damaged' });
  });

  it('names a compression the app does not read, with its method', async () => {
    const message = await messageOf(decompressArchiveBytes(new ArrayBuffer(4), Compression.Zstd));
    expect(archiveProblemOf(message)).toEqual({ code: 'compression', method: Compression.Zstd });
  });

  it('words every problem in both languages, with its values', () => {
    const problems: ArchiveProblem[] = [
      { code: 'status', status: 404 },
      { code: 'truncated' },
      { code: 'changed' },
      { code: 'notArchive' },
      { code: 'specVersion', version: '4' },
      { code: 'damaged' },
      { code: 'compression', method: 4 },
    ];
    for (const problem of problems) {
      for (const language of ['en', 'ru'] as const) {
        const words = describeArchiveProblem(language, problem);
        expect(words).not.toMatch(/[{}]/);
        expect(words).toMatch(language === 'ru' ? /[а-я]/ : /^[a-z]/);
      }
    }
    expect(describeArchiveProblem('ru', { code: 'status', status: 404 })).toBe('сервер ответил 404');
    expect(describeArchiveProblem('en', { code: 'specVersion', version: '4' })).toContain('version 4');
  });
});
