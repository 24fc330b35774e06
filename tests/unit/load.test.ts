import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticle, loadAtlas, loadDetailsChunk, loadGeometryChunk } from '../../src/data/load';
import { messageOf } from './support/loadFailure';

const respondWith = (body: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status })) as typeof fetch;

describe('loading the atlas data', () => {
  it('accepts the committed atlas', async () => {
    const body = readFileSync('public/data/index.json', 'utf8');
    const result = await loadAtlas('data/index.json', respondWith(body));
    expect(result.ok).toBe(true);
  });

  it('names the file and the status when the server fails', async () => {
    const result = await loadAtlas('data/index.json', respondWith('oops', 500));
    expect(messageOf(result)).toBe('Could not download index.json: the server answered 500.');
  });

  it('says when the file is truncated', async () => {
    const result = await loadAtlas('data/index.json', respondWith('{"version": 1, "articles": ['));
    expect(messageOf(result)).toBe('index.json is not valid JSON (truncated or damaged).');
  });

  it('says what is wrong when the shape is not an atlas', async () => {
    const result = await loadAtlas('data/index.json', respondWith('{"version": 1}'));
    expect(result.ok).toBe(false);
    expect(messageOf(result)).toMatch(/^index.json does not have the expected shape: version/);
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(messageOf(await loadAtlas('data/index.json', failing))).toBe(
      'Could not download index.json: Failed to fetch.',
    );
  });
});

describe('loading the files the index points to', () => {
  const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as {
    articles: Array<{ id: string }>;
    features: Array<{ chunk: string }>;
  };
  const articleId = index.articles[0]?.id ?? '';
  const chunk = index.features[0]?.chunk ?? '';

  it('accepts the committed article text and geometry chunk', async () => {
    expect(articleId).not.toBe('');
    const article = await loadArticle(
      articleId,
      undefined,
      respondWith(readFileSync(`public/data/articles/${articleId}.json`, 'utf8')),
    );
    expect(article.ok && article.value.passages.length).toBeGreaterThan(0);
    const geometries = await loadGeometryChunk(
      chunk,
      undefined,
      respondWith(readFileSync(`public/data/geometry/${chunk}.json`, 'utf8')),
    );
    expect(geometries.ok && geometries.value.geometries.length).toBeGreaterThan(0);
    const details = await loadDetailsChunk(
      chunk,
      undefined,
      respondWith(readFileSync(`public/data/details/${chunk}.json`, 'utf8')),
    );
    expect(details.ok && details.value.details.length).toBe(
      geometries.ok ? geometries.value.geometries.length : -1,
    );
  });

  it('names the file with its folder when it fails', async () => {
    expect(messageOf(await loadArticle('a-b', undefined, respondWith('oops', 404)))).toBe(
      'Could not download articles/a-b.json: the server answered 404.',
    );
    expect(
      messageOf(await loadGeometryChunk('risk-0', undefined, respondWith('{"chunk": "risk-0", "geom'))),
    ).toBe('geometry/risk-0.json is not valid JSON (truncated or damaged).');
    expect(
      messageOf(await loadDetailsChunk('risk-0', undefined, respondWith('{"chunk": "risk-0", "deta'))),
    ).toBe('details/risk-0.json is not valid JSON (truncated or damaged).');
    const summaryless = await loadDetailsChunk(
      'risk-0',
      undefined,
      respondWith('{"chunk": "risk-0", "details": [{"id": "a-b"}]}'),
    );
    expect(messageOf(summaryless)).toMatch(/^details\/risk-0\.json does not have the expected shape: /);
    const shape = await loadArticle('a-b', undefined, respondWith('{"id": "a-b"}'));
    expect(messageOf(shape)).toMatch(/^articles\/a-b\.json does not have the expected shape: /);
  });

  it('refuses a file that holds another article or chunk', async () => {
    const text = readFileSync(`public/data/articles/${articleId}.json`, 'utf8');
    expect(messageOf(await loadArticle('another', undefined, respondWith(text)))).toBe(
      `articles/another.json holds article ${articleId}, not another.`,
    );
    const chunkText = readFileSync(`public/data/geometry/${chunk}.json`, 'utf8');
    expect(messageOf(await loadGeometryChunk('sites-9', undefined, respondWith(chunkText)))).toBe(
      `geometry/sites-9.json holds chunk ${chunk}, not sites-9.`,
    );
    const detailsText = readFileSync(`public/data/details/${chunk}.json`, 'utf8');
    expect(messageOf(await loadDetailsChunk('sites-9', undefined, respondWith(detailsText)))).toBe(
      `details/sites-9.json holds chunk ${chunk}, not sites-9.`,
    );
  });
});
