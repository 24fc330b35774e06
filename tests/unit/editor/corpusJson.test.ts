import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusJson } from '../../../src/editor/corpusJson';

const corpusFiles = [
  ...readdirSync('geo/overlays').map((f) => join('geo/overlays', f)),
  ...readdirSync('geo/articles').map((f) => join('geo/articles', f)),
  'geo/coverage-allow.json',
];

describe('corpusJson', () => {
  it.each(corpusFiles)('writes %s exactly as it is committed (the formatter’s layout)', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(corpusJson(JSON.parse(text))).toBe(text);
  });

  it('puts short arrays on one line and long number arrays in filled lines', () => {
    expect(corpusJson({ at: [49.1, 40.2] })).toBe('{\n  "at": [49.1, 40.2]\n}\n');
    const long = corpusJson({ xs: Array.from({ length: 40 }, (_, i) => i * 1000.5) });
    expect(long.split('\n').length).toBeGreaterThan(3);
    expect(long.split('\n').every((line) => line.length <= 110)).toBe(true);
  });
});
