// geo:check on imported articles: drafts pass but are listed; citations whose quote left the passage are
// listed with the feature, the old quote, the passage and where the quote now parts from the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../../geo/lib/gazetteer';
import { checkCorpus, type CorpusInput } from '../../../geo/validate';
import { OverlayFeatureSchema } from '../../../src/data/schema';
import { buildArticle } from '../../../src/text/buildArticle';
import { draftsFromProposals } from '../../../src/text/drafts';
import { parseArticleText } from '../../../src/text/parseArticle';
import { proposeMentions } from '../../../src/text/proposals';
import { ROOT, realCorpus } from './corpus-fixtures';
import * as v from 'valibot';

const built = buildArticle(
  parseArticleText(readFileSync(`${ROOT}/tests/fixtures/place-mentions/test-ru.txt`, 'utf8')),
  {},
);
if (!built.ok) throw new Error(built.problem);
const article = built.article;
const placeIds = new Set(
  (JSON.parse(readFileSync(`${ROOT}/geo/lib/places.json`, 'utf8')) as { id: string }[]).map((p) => p.id),
);
const { drafts } = draftsFromProposals(proposeMentions(gazetteerIndex(ROOT), article), new Set(), placeIds);

function corpusWith(features: unknown[]): CorpusInput {
  const real = realCorpus();
  return {
    ...real,
    articles: [...real.articles, { file: `geo/articles/${article.id}.json`, data: article }],
    overlays: {
      ...real.overlays,
      sites: { file: 'geo/overlays/sites.geojson', data: { type: 'FeatureCollection', features } },
    },
  };
}

describe('drafts in geo:check', () => {
  it('accepts draft sites and lists them', () => {
    expect(drafts.length).toBeGreaterThan(3);
    const { problems, corpus } = checkCorpus(corpusWith(drafts));
    expect(problems.filter((p) => p.featureId?.startsWith('draft-'))).toEqual([]);
    expect(corpus.drafts).toEqual(drafts.map((d) => `geo/overlays/sites.geojson › ${d.properties.id}`));
  });

  it('keeps the draft flag in the compiled feature, and only as true', () => {
    const { corpus } = checkCorpus(corpusWith(drafts));
    const compiled = corpus.features.find((f) => f.properties.id === 'draft-port-aktau');
    expect(compiled?.properties.draft).toBe(true);
    const notADraft = { ...compiled, properties: { ...compiled?.properties, draft: false } };
    expect(v.safeParse(OverlayFeatureSchema, notADraft).success).toBe(false);
  });
});

describe('stale citations in geo:check', () => {
  const cite = (passage: string, quote: string) => {
    const feature = structuredClone(drafts.find((d) => d.properties.id === 'draft-port-aktau'));
    if (feature === undefined) throw new Error('no Aktau draft');
    feature.properties.sources = [{ article: article.id, passage, quote }];
    return feature;
  };

  it('names the feature, the old quote, the passage and the look-alike character', () => {
    const { problems } = checkCorpus(corpusWith([cite('p2', '"Азербайджанская сторона')]));
    expect(problems).toContainEqual({
      file: 'geo/overlays/sites.geojson',
      featureId: 'draft-port-aktau',
      message: expect.stringMatching(
        /^source 0: quote not found in passage test-ru-caspian-freight#p2: «"Азербайджанская сторона»: look-alike characters: .*straight double quote \(U\+0022\) where the passage has left guillemet « \(U\+00AB\)/,
      ) as unknown,
    });
  });

  it('says where a quote went when the text moved it to another passage', () => {
    const { problems } = checkCorpus(corpusWith([cite('p1', 'загружены полностью')]));
    expect(problems.some((p) => p.message.includes('quote not found'))).toBe(false);
    const moved = checkCorpus(corpusWith([cite('lead', 'загружены полностью')])).problems;
    expect(moved.find((p) => p.featureId === 'draft-port-aktau')?.message).toMatch(
      /closest span «.*» at \d+-\d+; it is now in passage p1$/,
    );
  });
});
