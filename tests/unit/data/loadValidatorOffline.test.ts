// The data's checker loads beside the data: when its code cannot come, the load fails with a message
// (and Retry), rather than leaving the panels "loading" for ever.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { messageOf } from '../support/loadFailure';

vi.mock('../../../src/data/validation', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const { loadAtlas } = await import('../../../src/data/load');

describe('the data when the checker’s code cannot load', () => {
  it('is a failure that names the file and what went wrong', async () => {
    const body = readFileSync('public/data/index.json', 'utf8');
    const result = await loadAtlas('data/index.json', (async () => new Response(body)) as typeof fetch);
    expect(messageOf(result)).toMatch(/^Could not download index\.json: ./);
  });
});
