// @vitest-environment node
// The basemap check runs on temporary folders, so it does not depend on public/basemap being built.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBasemap, manifestEntries } from '../../../geo/lib/basemap-manifest';
import { tempFolder } from '../support/tempFolder';

const GEOJSON = '{"type":"FeatureCollection","features":[]}';
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function basemap(files: Record<string, string>, manifest?: unknown): string {
  const root = tempFolder('risk-atlas-basemap-');
  mkdirSync(join(root, 'public/basemap'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'public/basemap', name), text);
  if (manifest !== undefined)
    writeFileSync(join(root, 'public/basemap/manifest.json'), JSON.stringify(manifest));
  return root;
}

describe('checkBasemap', () => {
  it('reports a missing manifest clearly', () => {
    expect(checkBasemap(basemap({}))).toEqual([
      {
        file: 'public/basemap/manifest.json',
        message: 'is missing: the basemap has not been built into public/basemap/ yet',
      },
    ]);
  });

  it('accepts files that match their manifest', () => {
    const root = basemap({ 'a.geojson': GEOJSON }, { files: [{ file: 'a.geojson', sha256: sha(GEOJSON) }] });
    expect(checkBasemap(root)).toEqual([]);
  });

  it('reports a listed file that is missing', () => {
    const root = basemap({}, { files: [{ file: 'a.geojson', sha256: sha(GEOJSON) }] });
    expect(checkBasemap(root)).toEqual([
      { file: 'public/basemap/a.geojson', message: 'is listed in the manifest but missing' },
    ]);
  });

  it('reports a file whose sha256 differs', () => {
    const root = basemap({ 'a.geojson': GEOJSON }, { files: [{ file: 'a.geojson', sha256: sha('other') }] });
    expect(checkBasemap(root)).toEqual([
      {
        file: 'public/basemap/a.geojson',
        message: expect.stringContaining('sha256 differs from the manifest'),
      },
    ]);
  });

  it('reports a file that is not GeoJSON', () => {
    const text = '{"hello":"world"}';
    const root = basemap({ 'a.geojson': text }, { files: [{ file: 'a.geojson', sha256: sha(text) }] });
    expect(checkBasemap(root)).toEqual([
      { file: 'public/basemap/a.geojson', message: 'is not GeoJSON: no GeoJSON "type" at the top level' },
    ]);
  });

  it('refuses a manifest entry that points outside the basemap folder', () => {
    const root = basemap({}, { files: [{ file: '../../package.json', sha256: sha('x') }] });
    expect(checkBasemap(root)[0]?.message).toContain('points outside public/basemap');
  });
});

describe('manifestEntries', () => {
  it('reads a list of entries and a map of names to hashes', () => {
    expect(manifestEntries({ files: [{ path: 'a.geojson', sha256: 'x' }] })).toEqual([
      { path: 'a.geojson', sha256: 'x' },
    ]);
    expect(manifestEntries({ files: { 'b.geojson': 'y' } })).toEqual([{ path: 'b.geojson', sha256: 'y' }]);
  });

  it('explains a manifest it does not understand', () => {
    expect(manifestEntries({ files: 3 })).toMatch(/is not understood/);
  });
});
