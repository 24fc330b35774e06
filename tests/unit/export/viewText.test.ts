// @vitest-environment jsdom
// The words that go with an exported view: citation, embed code, file name, scale bar.
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { citeView } from '../../../src/export/citation';
import { embedCode, embedDimension, EMBED_SIZE_LIMITS } from '../../../src/export/embedCode';
import { metresPerPixel, scaleBar } from '../../../src/export/scaleBar';
import { exportFileName, filterNotes, viewArticles, viewTitle } from '../../../src/export/viewDescription';
import { imageLegend } from '../../../src/export/imageExport';
import { fixtureAtlas } from '../panels/fixtureAtlas';

const atlas = fixtureAtlas();
const article = atlas.articles[0];
if (!article) throw new Error('fixture has no article');
const link = 'http://127.0.0.1:4173/#sel=xing-astara&lang=en';
const accessed = new Date(2026, 11, 2, 10, 30);

describe('Cite this view', () => {
  it('names the view, the article with its outlet and date, the link and the access date in English', () => {
    const text = citeView({
      language: 'en',
      viewTitle: 'Astara crossing',
      articles: [article],
      link,
      accessed,
    });
    expect(text).toBe(
      `Risk Atlas: Astara crossing. Map after “Test article”, Test Outlet, March 6, 2026. ${link} (accessed December 2, 2026).`,
    );
  });

  it('follows Russian bibliographic usage in the Russian interface', async () => {
    await loadLanguage('ru');
    const text = citeView({ language: 'ru', viewTitle: 'КПП Астара', articles: [article], link, accessed });
    expect(text).toBe(
      `Атлас рисков: КПП Астара. Карта по материалам: «Тестовая статья» // Тестовое издание. 6 марта 2026 г. URL: ${link} (дата обращения: 02.12.2026).`,
    );
  });

  it('titles the view by the selected feature, else the region, else the atlas’s area', () => {
    expect(viewTitle(atlas, { selectedId: 'xing-astara', regionId: 'caspian', language: 'en' })).toBe(
      'Astara crossing',
    );
    expect(viewTitle(atlas, { selectedId: null, regionId: 'caspian', language: 'en' })).toBe('Caspian Sea');
    expect(viewTitle(null, { selectedId: null, regionId: null, language: 'en' })).toBe(
      'South Caucasus and the Caspian',
    );
  });

  it('rests on the articles the selection or the shown features cite', () => {
    expect(viewArticles(atlas, 'xing-astara', []).map((a) => a.id)).toEqual(['test-article']);
    expect(viewArticles(atlas, null, [])).toEqual([]);
    expect(viewArticles(atlas, null, atlas.features).map((a) => a.id)).toEqual(['test-article']);
  });
});

describe('file names', () => {
  it('carry the region or the selection, and the day', () => {
    const day = new Date(2026, 11, 2);
    expect(exportFileName({ selectedId: null, regionId: 'caspian', language: 'en' }, day, 'png')).toBe(
      'risk-atlas-caspian-2026-12-02.png',
    );
    expect(exportFileName({ selectedId: 'xing-astara', regionId: null, language: 'en' }, day, 'csv')).toBe(
      'risk-atlas-xing-astara-2026-12-02.csv',
    );
    expect(exportFileName({ selectedId: null, regionId: null, language: 'en' }, day, 'geojson')).toBe(
      'risk-atlas-view-2026-12-02.geojson',
    );
  });
});

describe('embed code', () => {
  it('is an iframe of the link at the asked size, its attributes escaped', () => {
    const code = embedCode({ link: 'http://x/#a=1&embed=1', width: 640, height: 480, title: 'A "view" <b>' });
    expect(code).toBe(
      '<iframe src="http://x/#a=1&amp;embed=1" width="640" height="480" title="A &quot;view&quot; &lt;b&gt;" style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(parsed?.getAttribute('src')).toBe('http://x/#a=1&embed=1');
    expect(parsed?.getAttribute('title')).toBe('A "view" <b>');
  });

  it('takes whole pixels within limits, and the default for anything else', () => {
    expect(embedDimension('640.4', 800)).toBe(640);
    expect(embedDimension('5', 800)).toBe(EMBED_SIZE_LIMITS.min);
    expect(embedDimension('99999', 800)).toBe(EMBED_SIZE_LIMITS.max);
    expect(embedDimension('', 800)).toBe(800);
    expect(embedDimension('abc', 800)).toBe(800);
  });
});

describe('scale bar', () => {
  it('is a round length that fits, at the map’s metres per pixel', () => {
    const bar = scaleBar(6, 41, 120);
    expect(bar.widthPx).toBeLessThanOrEqual(120);
    expect(bar.widthPx).toBeGreaterThan(120 / 5);
    expect(bar.widthPx * metresPerPixel(6, 41)).toBeCloseTo(bar.metres, 6);
    expect(bar.label).toMatch(/^(1|2|5)0* km$/);
  });

  it('matches the equator’s figure: 78.27 km per pixel at zoom 0', () => {
    expect(metresPerPixel(0, 0) / 1000).toBeCloseTo(78.27, 2);
    expect(scaleBar(13, 0, 100).label).toBe('500 m');
  });
});

describe('the notes a picture of the view carries about its filters', () => {
  const days = ['2026-03-06', '2026-04-26', '2026-03-20'];
  const all = { dateRange: { from: null, to: null }, minSeverity: 1, riskShown: true };

  it('says nothing when nothing is filtered', () => {
    expect(filterNotes('en', all, days)).toEqual([]);
  });

  it('names the dates shown, an open end being the corpus’s first or last day, in either language', async () => {
    await loadLanguage('ru');
    expect(filterNotes('en', { ...all, dateRange: { from: '2026-04-01', to: null } }, days)).toEqual([
      'Reported April 1, 2026 – April 26, 2026',
    ]);
    expect(filterNotes('ru', { ...all, dateRange: { from: null, to: '2026-03-31' } }, days)).toEqual([
      'По сообщениям с 6 марта 2026 г. по 31 марта 2026 г.',
    ]);
  });

  it('names the severity floor while risk zones are shown, before the dates', () => {
    const filtered = { dateRange: { from: '2026-04-01', to: '2026-04-15' }, minSeverity: 4, riskShown: true };
    expect(filterNotes('en', filtered, days)).toEqual([
      'Severity 4 and above',
      'Reported April 1, 2026 – April 15, 2026',
    ]);
    expect(filterNotes('en', { ...filtered, riskShown: false }, days)).toHaveLength(1);
  });
});

describe('the picture’s legend', () => {
  it('lists the layers shown and carries the filters’ notes', () => {
    const base = {
      language: 'en' as const,
      visibleLayers: { evacuation: true, aid: false, risk: true, infrastructure: false, sites: true },
      minSeverity: 1,
      dateRange: { from: null, to: null },
      data: { kind: 'ready' as const, atlas },
      featureQuery: '',
    };
    expect(imageLegend(base)).toMatchObject({
      heading: 'Legend',
      entries: [{ layer: 'evacuation' }, { layer: 'risk' }, { layer: 'sites' }],
      notes: [],
    });
    expect(imageLegend({ ...base, dateRange: { from: '2026-03-06', to: '2026-03-06' } }).notes).toEqual([
      'Reported March 6, 2026 – March 6, 2026',
    ]);
  });

  it('says what the name search marks, after the filters, and nothing when it marks nothing', () => {
    const base = {
      language: 'en' as const,
      visibleLayers: { evacuation: true, aid: true, risk: true, infrastructure: true, sites: true },
      minSeverity: 4,
      dateRange: { from: null, to: null },
      data: { kind: 'ready' as const, atlas },
    };
    const crossings = atlas.features.filter((f) => /crossing/i.test(f.properties.name.en)).length;
    expect(crossings).toBeGreaterThan(0);
    expect(imageLegend({ ...base, featureQuery: '  Crossing ' }).notes).toEqual([
      'Severity 4 and above',
      `Marked: names containing “Crossing” (${crossings})`,
    ]);
    expect(imageLegend({ ...base, featureQuery: 'no such name' }).notes).toEqual(['Severity 4 and above']);
    // Counted as drawn: both crossings are sites, so with the sites hidden the picture marks none.
    const hidden = { ...base.visibleLayers, sites: false };
    expect(imageLegend({ ...base, visibleLayers: hidden, featureQuery: 'crossing' }).notes).toEqual([
      'Severity 4 and above',
    ]);
  });
});
