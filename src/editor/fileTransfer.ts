// The bytes of "Download changes" and "Open files": one zip (fflate) out, zips or single files in.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CorpusFile } from './corpusFiles';

/** A fixed time in the zip's entries, so the same changes always make the same zip. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');
export const ZIP_NAME = 'risk-atlas-changes.zip';

export function zipFiles(files: readonly CorpusFile[]): Uint8Array {
  return zipSync(
    Object.fromEntries(files.map((file) => [file.path, [strToU8(file.text), { mtime: ZIP_TIME }]])),
    { level: 6 },
  );
}

export function saveBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The text files a person picked, unpacking zips. */
export async function readPickedFiles(
  files: readonly File[],
): Promise<Array<{ name: string; text: string }>> {
  const read: Array<{ name: string; text: string }> = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (file.name.toLowerCase().endsWith('.zip')) {
      for (const [name, content] of Object.entries(unzipSync(bytes))) {
        if (!name.endsWith('/')) read.push({ name, text: strFromU8(content) });
      }
    } else read.push({ name: file.name, text: strFromU8(bytes) });
  }
  return read;
}
