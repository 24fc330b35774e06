// Time: when a feature was reported, what it was like as of a day, and the map reading the same facts.
import { readFileSync } from 'node:fs';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { getAtlasIndex } from '../../src/data/atlasIndex';
import { filteredOut, filterVerdicts } from '../../src/data/featureFilters';
import {
  asOfDay,
  datedChanges,
  inDateRange,
  newestArticleIn,
  reportedSpan,
  stateAsOf,
} from '../../src/data/reported';
import { whatsHere, zonesToLoad } from '../../src/panels/whatsHere';
import { splitAtlas } from '../../src/data/atlasFiles';
import type { Atlas, CompiledAtlas } from '../../src/data/schema';
import { overlayLayerFilter } from '../../src/map/atlasStyle';
import { buildOverlaySources } from '../../src/map/overlaySources';
import { asOfRangeEnd, rangeGlobalState } from '../../src/map/timeStyle';
import { articleHistogram, barInRange } from '../../src/time/histogram';
import { fixtureCompiledAtlas } from './panels/fixtureAtlas';

/** The fixture with two later articles: one raising the war zone's severity, one lowering it. */
function atlasOverTime(): CompiledAtlas {
  const atlas = fixtureCompiledAtlas();
  const [first] = atlas.articles;
  if (!first) throw new Error('fixture has no article');
  const later = (id: string, date: string) => ({ ...first, id, date });
  const war = atlas.features.find((feature) => feature.properties.id === 'risk-north-iran');
  if (!war || war.properties.layer !== 'risk') throw new Error('fixture has no risk zone');
  const text = first.passages.find((passage) => passage.id === 'p2')?.text ?? '';
  war.properties.changes = [
    {
      source: { article: 'a-later', passage: 'p2', quote: text.slice(0, 8) },
      severity: 5,
      note: { en: 'up', ru: 'выше' },
    },
    {
      source: { article: 'b-latest', passage: 'p2', quote: text.slice(0, 8) },
      severity: 1,
      note: { en: 'down', ru: 'ниже' },
    },
  ];
  return { ...atlas, articles: [first, later('a-later', '2026-04-01'), later('b-latest', '2026-05-01')] };
}

describe('reported dates and dated changes', () => {
  const atlas = atlasOverTime();
  const index = getAtlasIndex(splitAtlas(atlas).index);
  const war = index.featuresById.get('risk-north-iran');
  if (!war) throw new Error('no war zone');

  it('spans from the first to the last article citing a feature, changes included', () => {
    expect(reportedSpan(war.properties, index.articlesById)).toEqual({
      first: atlas.articles[0]?.date,
      last: '2026-05-01',
    });
    expect(datedChanges(war.properties, index.articlesById).map((change) => change.date)).toEqual([
      '2026-04-01',
      '2026-05-01',
    ]);
  });

  it('keeps a feature in a range it was in the news during, and drops it outside', () => {
    const span = { first: '2026-03-06', last: '2026-04-01' };
    expect(inDateRange(span, { from: null, to: null })).toBe(true);
    expect(inDateRange(span, { from: '2026-03-20', to: '2026-03-25' })).toBe(true);
    expect(inDateRange(span, { from: '2026-04-02', to: null })).toBe(false);
    expect(inDateRange(span, { from: null, to: '2026-03-05' })).toBe(false);
  });

  it('gives the state as of a day: the changes dated by then applied in order', () => {
    const base = war.properties.severity;
    expect(stateAsOf(war.properties, index.articlesById, '2026-03-31').severity).toBe(base);
    expect(stateAsOf(war.properties, index.articlesById, '2026-04-01').severity).toBe(5);
    expect(stateAsOf(war.properties, index.articlesById, null).severity).toBe(1);
  });

  it('says since when each part of the state holds, and gives the same object when no change applies', () => {
    expect(stateAsOf(war.properties, index.articlesById, '2026-03-31')).toMatchObject({
      severitySince: null,
    });
    expect(stateAsOf(war.properties, index.articlesById, '2026-04-20')).toMatchObject({
      severity: 5,
      severitySince: '2026-04-01',
      statusSince: null,
    });
    expect(asOfDay(war.properties, index.articlesById, '2026-03-31')).toBe(war.properties);
    const latest = asOfDay(war.properties, index.articlesById, null);
    expect(latest).toMatchObject({ id: 'risk-north-iran', severity: 1 });
    expect(war.properties.severity).toBe(3);
    const unchanged = index.featuresById.get('risk-war')?.properties;
    expect(unchanged && asOfDay(unchanged, index.articlesById, null)).toBe(unchanged);
  });

  it('names the zones at a point with their severity as of the range’s end, most severe first', () => {
    const geometries = new Map(atlas.features.map((feature) => [feature.properties.id, feature.geometry]));
    const atlasIndex = splitAtlas(atlas).index;
    const zonesAt = (to: string | null) => {
      const filters = { minSeverity: 1, dateRange: { from: null, to } };
      const wanted = new Map(
        zonesToLoad([46, 38.5], atlasIndex, filters).flatMap((zone) => {
          const geometry = geometries.get(zone.properties.id);
          return geometry ? [[zone.properties.id, geometry] as const] : [];
        }),
      );
      return whatsHere([46, 38.5], atlasIndex, null, wanted, filters).riskZones.map(
        ({ id, severity }) => `${id} ${severity}`,
      );
    };
    expect(zonesAt('2026-03-31')).toEqual(['risk-war 5', 'risk-north-iran 3']);
    expect(zonesAt('2026-04-15').sort()).toEqual(['risk-north-iran 5', 'risk-war 5']);
    expect(zonesAt(null)).toEqual(['risk-war 5', 'risk-north-iran 1']);
  });

  it('filters by the severity as of the range’s end', () => {
    const april = { minSeverity: 5, dateRange: { from: null, to: '2026-04-15' } };
    expect(filteredOut(war.properties, april, index)).toBeNull();
    expect(filteredOut(war.properties, { ...april, dateRange: { from: null, to: null } }, index)).toBe(
      'severity',
    );
    expect(
      filteredOut(war.properties, { minSeverity: 1, dateRange: { from: '2026-06-01', to: null } }, index),
    ).toBe('dates');
  });

  it('judges every feature at once as each one alone, once per change of the filters', () => {
    const features = splitAtlas(atlas).index.features;
    const ranges = [
      { from: null, to: null },
      { from: null, to: '2026-04-15' },
      { from: '2026-06-01', to: null },
    ];
    for (const dateRange of ranges) {
      for (const minSeverity of [1, 5]) {
        const filters = { minSeverity, dateRange };
        const verdicts = filterVerdicts(features, filters, index);
        const shownByLayer: Record<string, number> = {};
        for (const { properties } of features) {
          const alone = filteredOut(properties, filters, index);
          expect(verdicts.of(properties)).toBe(alone);
          if (alone === null) shownByLayer[properties.layer] = (shownByLayer[properties.layer] ?? 0) + 1;
        }
        for (const [layer, count] of Object.entries(verdicts.shownByLayer))
          expect(count, layer).toBe(shownByLayer[layer] ?? 0);
        // Asked again by another panel with the same filters: the same judgement, not a second pass.
        expect(filterVerdicts(features, { minSeverity, dateRange }, index)).toBe(verdicts);
      }
    }
    const before = filterVerdicts(features, { minSeverity: 5, dateRange: { from: null, to: null } }, index);
    expect(before.of(war.properties)).toBe('severity');
    const april = filterVerdicts(
      features,
      { minSeverity: 5, dateRange: { from: null, to: '2026-04-15' } },
      index,
    );
    expect(april.of(war.properties)).toBeNull();
  });

  it('judges the test corpus of 21 articles as each feature alone, for every pair of its days and every severity', () => {
    const corpus = JSON.parse(readFileSync('tests/fixtures/corpus-time/data/index.json', 'utf8')) as Atlas;
    const corpusIndex = getAtlasIndex(corpus);
    const days = [null, ...new Set(corpus.articles.map((article) => article.date))];
    expect(corpus.features.some(({ properties }) => properties.changes)).toBe(true);
    const seen = new Set<string>();
    for (const from of days)
      for (const to of days)
        for (const minSeverity of [1, 2, 3, 4, 5]) {
          const filters = { minSeverity, dateRange: { from, to } };
          const verdicts = filterVerdicts(corpus.features, filters, corpusIndex);
          for (const { properties } of corpus.features) {
            const alone = filteredOut(properties, filters, corpusIndex);
            expect(verdicts.of(properties), `${properties.id} ${from}..${to} ≥${minSeverity}`).toBe(alone);
            seen.add(String(alone));
          }
          // A panel's own list (newest first here) keeps its order and loses what is out of the dates.
          const list = corpus.features.map(({ properties }) => properties).reverse();
          expect(verdicts.withinDates(list)).toEqual(
            list.filter((properties) => filteredOut(properties, filters, corpusIndex) !== 'dates'),
          );
        }
    // Every verdict occurs, so the comparison covers each branch.
    expect([...seen].sort()).toEqual(['dates', 'null', 'severity']);
  });

  it('is what the map draws: the style’s expressions on the flat properties agree, day by day', () => {
    const flat = buildOverlaySources(atlas).risk.features.find((f) => f.properties.id === 'risk-north-iran');
    if (!flat) throw new Error('no flat war zone');
    const days = ['2026-03-01', '2026-03-06', '2026-04-01', '2026-04-30', '2026-05-01', '2026-06-01'];
    expect(days.length).toBeGreaterThan(0);
    for (const to of days) {
      for (const from of [null, '2026-03-07', '2026-05-02']) {
        const range = { from, to };
        const globals = rangeGlobalState(range);
        const feature = { type: 3 as const, properties: flat.properties, geometry: [] } as never;
        const severity = createExpression(asOfRangeEnd('severity'), 'paint.fill-color', null, globals);
        if (severity.result !== 'success') throw new Error('bad expression');
        const evaluated = severity.value.evaluate({ zoom: 6 } as never, feature);
        expect(evaluated).toBe(stateAsOf(war.properties, index.articlesById, to).severity);
        for (const minSeverity of [1, 3, 5]) {
          const filter = overlayLayerFilter('risk-fill', minSeverity);
          const mapShows = featureFilter(filter, 'filter', globals).filter(
            { zoom: 6, globalState: globals } as never,
            feature,
          );
          expect(mapShows).toBe(
            filteredOut(war.properties, { minSeverity, dateRange: range }, index) === null,
          );
        }
      }
    }
  });
});

describe('the article open until the reader chooses one', () => {
  const newestFirst = [{ date: '2026-04-02' }, { date: '2026-03-09' }, { date: '2026-03-06' }];

  it('is the newest of all when every date is shown', () => {
    expect(newestArticleIn(newestFirst, { from: null, to: null })).toBe(newestFirst[0]);
  });

  it('is the newest within a range, both ends included', () => {
    expect(newestArticleIn(newestFirst, { from: null, to: '2026-03-31' })).toBe(newestFirst[1]);
    expect(newestArticleIn(newestFirst, { from: '2026-03-06', to: '2026-03-06' })).toBe(newestFirst[2]);
  });

  it('is the newest of all when no article falls in the range', () => {
    expect(newestArticleIn(newestFirst, { from: '2026-05-01', to: null })).toBe(newestFirst[0]);
    expect(newestArticleIn([], { from: null, to: null })).toBeUndefined();
  });
});

describe('the timeline histogram', () => {
  it('has a bar per day from the first article to the last, empty days included', () => {
    const bars = articleHistogram(['2026-03-06', '2026-03-08', '2026-03-08']);
    expect(bars.map((bar) => [bar.from, bar.count])).toEqual([
      ['2026-03-06', 1],
      ['2026-03-07', 0],
      ['2026-03-08', 2],
    ]);
    expect(bars.filter((bar) => barInRange(bar, { from: '2026-03-07', to: null })).length).toBe(2);
  });

  it('counts by week for a long corpus', () => {
    const bars = articleHistogram(['2026-01-01', '2026-12-31']);
    expect(bars.length).toBe(53);
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(2);
  });
});
