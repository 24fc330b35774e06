// Files loaded when something needs them: each fetched once for every caller, a failure fetched again.
import { beforeEach, describe, expect, it } from 'vitest';
import { partProperties, splitAtlas } from '../../../src/data/atlasFiles';
import {
  attachDetails,
  attachGeometry,
  forgetLoadedFiles,
  loadArticleText,
  loadFeatureDetails,
  loadGeometries,
  loadWholeFeatures,
  peekArticleText,
  peekFeatureDetails,
} from '../../../src/data/onDemand';
import { fixtureCompiledAtlas, serveFixtureFiles } from '../panels/fixtureAtlas';
import { failure, messageOf } from '../support/loadFailure';

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
        return calls === 1 ? failure('broken') : { ok: true, value: compiled.articles[0]! };
      },
    });
    expect(messageOf(await loadArticleText('test-article'))).toBe('broken');
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
    expect(messageOf(await loadGeometries([moved]))).toBe(
      'geometry/risk-0.json has no geometry for xing-astara.',
    );
  });
});

describe('a feature’s long texts', () => {
  const whole = (id: string) => {
    const found = compiled.features.find((candidate) => candidate.properties.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it('load once from the details chunk named as the geometry chunk, and are then answered at once', async () => {
    expect(peekFeatureDetails(feature('risk-war'))).toBeUndefined();
    const [a, b] = await Promise.all([
      loadFeatureDetails([feature('risk-war'), feature('risk-north-iran')]),
      loadFeatureDetails([feature('risk-war')]),
    ]);
    expect(a.ok && a.value.get('risk-war')).toEqual(partProperties(whole('risk-war').properties).details);
    expect(b.ok && b.value.get('risk-war')?.summary).toEqual(whole('risk-war').properties.summary);
    expect(peekFeatureDetails(feature('risk-war'))?.rationale).toEqual(
      whole('risk-war').properties.rationale,
    );
    expect(served.requested).toEqual(['details/risk-0.json']);
  });

  it('of a draft come from memory', async () => {
    const draft = { ...feature('xing-astara'), chunk: 'draft' };
    const texts = {
      ...partProperties(whole('xing-astara').properties).details,
      summary: { en: 'Drafted.', ru: 'Черновик.' },
    };
    attachDetails(draft, texts);
    expect(peekFeatureDetails(draft)).toEqual(texts);
    expect(await loadFeatureDetails([draft])).toEqual({ ok: true, value: new Map([['xing-astara', texts]]) });
    expect(served.requested).toEqual([]);
  });

  it('say which chunk lacks a feature, and a failure is fetched again', async () => {
    const moved = { ...feature('xing-astara'), chunk: 'risk-0' };
    expect(messageOf(await loadFeatureDetails([moved]))).toBe(
      'details/risk-0.json has no details for xing-astara.',
    );
    let calls = 0;
    serveFixtureFiles(undefined, {
      details: async () => failure(`broken ${(calls += 1)}`),
    });
    expect(messageOf(await loadFeatureDetails([feature('risk-war')]))).toBe('broken 1');
    expect(messageOf(await loadFeatureDetails([feature('risk-war')]))).toBe('broken 2');
  });

  it('join the geometry and the index into whole features, as exports and the editor write them', async () => {
    const result = await loadWholeFeatures([feature('evac-road'), feature('risk-war')]);
    expect(result).toEqual({ ok: true, value: [whole('evac-road'), whole('risk-war')] });
    expect([...served.requested].sort()).toEqual([
      'details/evacuation-0.json',
      'details/risk-0.json',
      'geometry/evacuation-0.json',
      'geometry/risk-0.json',
    ]);
  });
});
