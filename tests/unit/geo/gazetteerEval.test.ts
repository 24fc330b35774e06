// The place finder measured against the hand labels in tests/fixtures/place-mentions/.
import { describe, expect, it } from 'vitest';
import { gazetteerIndex, readGazetteer } from '../../../geo/lib/gazetteer';
import { evaluateLabels, labelFiles } from '../../../geo/lib/mentionEval';
import { ROOT } from './corpus-fixtures';

const index = gazetteerIndex(ROOT);
const files = labelFiles(ROOT);

describe('place mentions against the hand labels', () => {
  it('has the seed article and a Russian and an English test article labelled', () => {
    expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual([
      'test-en.labels.json',
      'test-ru.labels.json',
      'vk-2026-03-06-putin-aliyev-evacuation.labels.json',
    ]);
  });

  it.each(files)(
    'finds at least 95%% of the labelled mentions, at least 90%% of proposals right: %s',
    (file) => {
      const result = evaluateLabels(ROOT, file, index);
      expect(result.expected).toBeGreaterThan(20);
      expect({ recall: result.recall >= 0.95, missed: result.missed }).toEqual({
        recall: true,
        missed: result.missed,
      });
      expect({ precision: result.precision >= 0.9, wrong: result.wrong }).toEqual({
        precision: true,
        wrong: result.wrong,
      });
    },
  );
});

describe('the committed gazetteer', () => {
  const gazetteer = readGazetteer(ROOT);

  it('credits its sources and has unique ids', () => {
    expect(gazetteer.about).toContain('GeoNames');
    expect(gazetteer.about).toContain('CC-BY 4.0');
    const ids = gazetteer.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(1000);
  });

  it('keeps GeoNames places inside the atlas box', () => {
    const places = gazetteer.entries.filter((e) => e.id.startsWith('gn-'));
    expect(places.length).toBeGreaterThan(500);
    const outside = places.filter((e) => e.lon < 34 || e.lon > 62 || e.lat < 22 || e.lat > 50);
    expect(outside).toEqual([]);
  });
});
