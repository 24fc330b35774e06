import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load';

const respondWith = (body: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status })) as typeof fetch;

describe('loading the atlas data', () => {
  it('accepts the committed atlas', async () => {
    const body = readFileSync('public/data/atlas.json', 'utf8');
    const result = await loadAtlas('data/atlas.json', respondWith(body));
    expect(result.ok).toBe(true);
  });

  it('names the file and the status when the server fails', async () => {
    const result = await loadAtlas('data/atlas.json', respondWith('oops', 500));
    expect(result).toEqual({ ok: false, message: 'Could not download atlas.json: the server answered 500.' });
  });

  it('says when the file is truncated', async () => {
    const result = await loadAtlas('data/atlas.json', respondWith('{"version": 1, "articles": ['));
    expect(result).toEqual({ ok: false, message: 'atlas.json is not valid JSON (truncated or damaged).' });
  });

  it('says what is wrong when the shape is not an atlas', async () => {
    const result = await loadAtlas('data/atlas.json', respondWith('{"version": 2}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^atlas.json does not have the expected shape: version/);
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadAtlas('data/atlas.json', failing)).toEqual({
      ok: false,
      message: 'Could not download atlas.json: Failed to fetch.',
    });
  });
});
