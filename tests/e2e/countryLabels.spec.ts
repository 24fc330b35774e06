import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForMapIdle } from './support/atlas';

type OpeningLabels = {
  language: unknown;
  /** Country labels drawn, whichever layer draws them: code and both names. */
  countries: { code: string; en: string; ru: string }[];
  cities: string[];
  /** Ids of the overlay points whose position is inside the view, and of those drawn with an icon. */
  pointsInView: string[];
  pointIconsDrawn: string[];
};

/** What the map has placed after it settled: read from MapLibre's own record of rendered symbols. */
async function readOpeningLabels(page: Page): Promise<OpeningLabels> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = window.riskAtlas?.map;
    if (!map) throw new Error('window.riskAtlas.map is missing');
    const rendered = map.queryRenderedFeatures();
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const bounds = map.getBounds();
    const pointLayers = ['sites', 'infrastructure'];
    const pointsInView = pointLayers.flatMap((source) =>
      map
        .querySourceFeatures('overlays', { sourceLayer: source })
        .filter((feature) => feature.geometry.type === 'Point')
        .filter((feature) => {
          const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates;
          return bounds.contains([lng ?? 0, lat ?? 0]);
        })
        .map((feature) => text(feature.properties['id'])),
    );
    return {
      language: map.getGlobalState()['lang'],
      countries: rendered
        .filter((feature) => feature.sourceLayer === 'countryLabels')
        .map((feature) => ({
          code: text(feature.properties['adm0_a3']),
          en: text(feature.properties['name_en']),
          ru: text(feature.properties['name_ru']),
        })),
      cities: rendered
        .filter((feature) => feature.layer.id === 'label-cities')
        .map((feature) => text(feature.properties['name_en'])),
      pointsInView: [...new Set(pointsInView)].sort(),
      pointIconsDrawn: [
        ...new Set(
          rendered
            .filter((feature) => pointLayers.some((layer) => feature.layer.id === `${layer}-icons`))
            .map((feature) => text(feature.properties['id'])),
        ),
      ].sort(),
    };
  });
}

for (const { language, name } of [
  { language: 'en', name: 'Azerbaijan' },
  { language: 'ru', name: 'Азербайджан' },
] as const) {
  test(`at the opening view in ${language === 'en' ? 'English' : 'Russian'} the map names Azerbaijan, beside Baku and every overlay point`, async ({
    page,
  }, testInfo) => {
    await openAtlas(page, `#lang=${language}`);
    const labels = await readOpeningLabels(page);
    // A picture of the opening view to look at when this fails (software WebGL is too unsteady to compare pixels).
    await page.screenshot({ path: testInfo.outputPath(`opening-view-${language}.png`) });

    expect(labels.language).toBe(language);
    const azerbaijan = labels.countries.find((country) => country.code === 'AZE');
    expect(
      azerbaijan,
      `country labels drawn: ${labels.countries.map((c) => c.code).join(', ')}`,
    ).toBeDefined();
    expect(azerbaijan?.[language]).toBe(name);
    // The country's name does not push the city the article is about off the map.
    expect(labels.cities).toContain('Baku');
    expect(labels.pointsInView.length).toBeGreaterThan(5);
    expect(labels.pointIconsDrawn).toEqual(expect.arrayContaining(labels.pointsInView));
  });
}
