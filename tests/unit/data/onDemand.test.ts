// Files loaded when something needs them: each fetched once for every caller, a failure fetched again.
import { beforeEach, describe, expect, it } from 'vitest';
import { splitAtlas } from '../../../src/data/atlasFiles';
import {
  attachGeometry,
  forgetLoadedFiles,
  loadArticleText,
  loadGeometries,
  peekArticleText,
} from '../../../src/data/onDemand';
import { fixtureCompiledAtlas, serveFixtureFiles } from '../panels/fixtureAtlas';

const compiled = fixtureCompiledAtlas();
const { index } = splitAtlas(compiled);
const feature = (id: string) => {
  const found = index.features.find((candidate) => candidate.properties.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

let served: { requested: string[] } = { requested: [] };
beforeEach(() => {
  served = serveFixtureFiles();
});

describe('an article’s text', () => {
  it('is fetched once however many ask, and then answered at once', async () => {
    expect(peekArticleText('test-article')).toBeUndefined();
    const [a, b] = await Promise.all([loadArticleText('test-article'), loadArticleText('test-article')]);
    expect(a).toEqual(b);
    expect(a.ok && a.value.passages[0]?.text).toMatch(/^Граждан/);
    expect(peekArticleText('test-article')?.id).toBe('test-article');
    await loadArticleText('test-article');
    expect(served.requested).toEqual(['articles/test-article.json']);
  });

  it('is fetched again after a failure', async () => {
    let calls = 0;
    forgetLoadedFiles({
      article: async () => {
        calls += 1;
        return calls === 1 ? { ok: false, message: 'broken' } : { ok: true, value: compiled.articles[0]! };
      },
    });
    expect(await loadArticleText('test-article')).toEqual({ ok: false, message: 'broken' });
    expect((await loadArticleText('test-article')).ok).toBe(true);
    expect(calls).toBe(2);
  });
});

describe('geometries', () => {
  it('load from the chunks that hold the features asked for, and no others', async () => {
    const result = await loadGeometries([feature('risk-war'), feature('risk-north-iran')]);
    expect(result.ok && [...result.value.keys()].sort()).toEqual(['risk-north-iran', 'risk-war']);
    const war = compiled.features.find((f) => f.properties.id === 'risk-war');
    expect(result.ok && result.value.get('risk-war')).toEqual(war?.geometry);
    expect(served.requested).toEqual(['geometry/risk-0.json']);
  });

  it('of a draft come from memory', async () => {
    const draft = { ...feature('xing-astara'), chunk: 'draft' };
    attachGeometry(draft, { type: 'Point', coordinates: [1, 2] });
    expect(await loadGeometries([draft])).toEqual({
      ok: true,
      value: new Map([['xing-astara', { type: 'Point', coordinates: [1, 2] }]]),
    });
    expect(served.requested).toEqual([]);
  });

  it('say which chunk lacks a feature', async () => {
    const moved = { ...feature('xing-astara'), chunk: 'risk-0' };
    expect(await loadGeometries([moved])).toEqual({
      ok: false,
      message: 'geometry/risk-0.json has no geometry for xing-astara.',
    });
  });
});
