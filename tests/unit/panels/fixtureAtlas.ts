// A small hand-made atlas for the panel tests: one article, a route, a crossing, two risk zones, one unmapped risk.
// The panels read its index (`fixtureAtlas`); its articles' texts and geometries are served from memory as the
// app would load them (`serveFixtureFiles`).
import { splitAtlas } from '../../../src/data/atlasFiles';
import { forgetLoadedFiles } from '../../../src/data/onDemand';
import type { Atlas, CompiledAtlas, OverlayFeature } from '../../../src/data/schema';
import { failure } from '../support/loadFailure';

const ARTICLE = 'test-article';
const source = (passage: string, quote: string) => ({ article: ARTICLE, passage, quote });

const square = (west: number, south: number, east: number, north: number): OverlayFeature['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

export const PASSAGE_TEXT = 'Граждан эвакуировали через Азербайджан. Помощь шла по железной дороге.';

export function fixtureCompiledAtlas(): CompiledAtlas {
  return {
    version: 1,
    articles: [
      {
        id: ARTICLE,
        title: { en: 'Test article', ru: 'Тестовая статья' },
        lead: { ru: 'Вводка.' },
        outlet: { en: 'Test Outlet', ru: 'Тестовое издание' },
        date: '2026-03-06',
        language: 'ru',
        passages: [
          { id: 'p1', kind: 'paragraph', text: PASSAGE_TEXT },
          { id: 'h1', kind: 'heading', text: 'Риски' },
          { id: 'p2', kind: 'paragraph', text: 'Есть риск нестабильности и риск терактов.' },
        ],
      },
    ],
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [48.87, 38.44],
            [49.86, 40.4],
          ],
        },
        properties: {
          id: 'evac-road',
          layer: 'evacuation',
          kind: 'route',
          name: { en: 'Evacuation road', ru: 'Дорога эвакуации' },
          summary: { en: 'By road to Baku.', ru: 'По дороге в Баку.' },
          basis: 'inferred',
          basis_note: { en: 'The road is inferred.', ru: 'Дорога — предположение.' },
          mode: 'road',
          direction: { en: 'Astara → Baku', ru: 'Астара → Баку' },
          precision_km: 15,
          geometry_source: 'test',
          sources: [source('p1', 'эвакуировали через Азербайджан')],
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [48.873, 38.44] },
        properties: {
          id: 'xing-astara',
          layer: 'sites',
          kind: 'border_crossing',
          name: { en: 'Astara crossing', ru: 'КПП Астара' },
          summary: { en: 'A crossing.', ru: 'Переход.' },
          basis: 'stated',
          basis_note: { en: 'Named in the text.', ru: 'Названо в тексте.' },
          precision_km: 1.5,
          geometry_source: 'test',
          sources: [source('p1', 'через Азербайджан')],
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [48.4, 41.55] },
        properties: {
          id: 'xing-samur',
          layer: 'sites',
          kind: 'border_crossing',
          name: { en: 'Samur crossing', ru: 'МАПП Самур' },
          summary: { en: 'A crossing.', ru: 'Переход.' },
          basis: 'stated',
          basis_note: { en: 'Named in the text.', ru: 'Названо в тексте.' },
          precision_km: 4,
          geometry_source: 'test',
          sources: [source('p1', 'Помощь шла по железной дороге')],
        },
      },
      {
        type: 'Feature',
        geometry: square(44, 36, 50, 40),
        properties: {
          id: 'risk-north-iran',
          layer: 'risk',
          kind: 'zone',
          name: { en: 'Northern Iran', ru: 'Север Ирана' },
          summary: { en: 'Risky.', ru: 'Опасно.' },
          severity: 3,
          rationale: { en: 'Possible.', ru: 'Возможно.' },
          basis: 'inferred',
          basis_note: { en: 'Inferred.', ru: 'Предположение.' },
          precision_km: 20,
          geometry_source: 'test',
          sources: [source('p2', 'риск нестабильности')],
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            square(45, 38, 47, 39).coordinates as number[][][] as [number, number][][],
            square(60, 30, 61, 31).coordinates as number[][][] as [number, number][][],
          ],
        },
        properties: {
          id: 'risk-war',
          layer: 'risk',
          kind: 'zone',
          name: { en: 'War zone', ru: 'Зона войны' },
          summary: { en: 'Fighting.', ru: 'Бои.' },
          severity: 5,
          rationale: { en: 'Happening.', ru: 'Идут.' },
          basis: 'stated',
          basis_note: { en: 'Stated.', ru: 'Сказано в тексте.' },
          precision_km: 2,
          geometry_source: 'test',
          sources: [source('p2', 'риск')],
        },
      },
    ],
    metrics: {
      'evac-road': {
        length_km: 1234.56,
        crossings: [{ id: 'xing-astara', name: { en: 'Astara crossing', ru: 'КПП Астара' } }],
      },
      'risk-north-iran': {
        area_km2: 250000,
        exposed: {
          pipelines: [{ id: 'pipe', name: { en: 'A pipeline', ru: 'Трубопровод' }, length_km: 12.3 }],
          sites: [{ id: 'xing-astara', name: { en: 'Astara crossing', ru: 'КПП Астара' } }],
        },
      },
    },
    notMapped: [
      {
        id: 'risk-terror',
        name: { en: 'Terrorism', ru: 'Терроризм' },
        summary: { en: 'Terror may grow.', ru: 'Террор может вырасти.' },
        severity: 3,
        rationale: { en: 'Named as possible.', ru: 'Назван возможным.' },
        basis: 'stated',
        basis_note: { en: 'No place given.', ru: 'Место не указано.' },
        sources: [source('p2', 'риск терактов')],
      },
    ],
  };
}

/**
 * The fixture plus `count` copies of its Astara crossing named "Site 0000"…, each citing passage p1 (twice,
 * which must count once): enough features for the windowed list, the capped chips and the index at scale.
 */
export function fixtureCompiledWithManySites(count: number): CompiledAtlas {
  const atlas = fixtureCompiledAtlas();
  const crossing = atlas.features.find((feature) => feature.properties.id === 'xing-astara');
  if (!crossing) throw new Error('fixture has no crossing');
  const cites = source('p1', 'через Азербайджан');
  const sites: OverlayFeature[] = Array.from({ length: count }, (_, index) => {
    const name = `Site ${String(index).padStart(4, '0')}`;
    return {
      ...crossing,
      properties: {
        ...crossing.properties,
        id: `site-${index}`,
        name: { en: name, ru: name },
        sources: [cites, cites],
      },
    };
  });
  return { ...atlas, features: [...atlas.features, ...sites] };
}

/** The index the panels load first. */
export const fixtureAtlas = (): Atlas => splitAtlas(fixtureCompiledAtlas()).index;

export const fixtureWithManySites = (count: number): Atlas =>
  splitAtlas(fixtureCompiledWithManySites(count)).index;

/**
 * Answers the app's on-demand loads (article texts, geometry and details chunks) from `atlas`'s files, as the server
 * would, but for the loaders `instead` replaces; `requested` counts what was asked for.
 */
export function serveFixtureFiles(
  atlas: CompiledAtlas = fixtureCompiledAtlas(),
  instead: Parameters<typeof forgetLoadedFiles>[0] = {},
): { requested: string[] } {
  const files = splitAtlas(atlas);
  const requested: string[] = [];
  forgetLoadedFiles({
    article: async (id) => {
      requested.push(`articles/${id}.json`);
      const article = files.articles.find((candidate) => candidate.id === id);
      return article ? { ok: true, value: article } : failure(`no article ${id}`);
    },
    chunk: async (id) => {
      requested.push(`geometry/${id}.json`);
      const chunk = files.chunks.find((candidate) => candidate.chunk === id);
      return chunk ? { ok: true, value: chunk } : failure(`no chunk ${id}`);
    },
    details: async (id) => {
      requested.push(`details/${id}.json`);
      const chunk = files.details.find((candidate) => candidate.chunk === id);
      return chunk ? { ok: true, value: chunk } : failure(`no details ${id}`);
    },
    ...instead,
  });
  return { requested };
}
