// The notice about a link's ignored parts speaks the interface's language, every reason included.
import { describe, expect, it } from 'vitest';
import { describeIgnoredParts, explainLinkProblem } from '../../src/state/linkNotice';
import { parseHash, type KnownIds, type LinkProblem } from '../../src/state/urlHash';

const EVERY_PROBLEM: readonly LinkProblem[] = [
  { code: 'viewParts', count: 1 },
  { code: 'notNumber', part: 'latitude' },
  { code: 'outOfRange', part: 'zoom', min: 0, max: 22 },
  { code: 'notLayer' },
  { code: 'badId', what: 'feature' },
  { code: 'unknownId', what: 'region' },
  { code: 'unknownPassageInArticle', article: 'second' },
  { code: 'unknownSetting' },
  { code: 'repeated' },
  { code: 'noValue' },
  { code: 'tooLong', max: 2000 },
  { code: 'badEncoding' },
  { code: 'notDate' },
  { code: 'badLanguage' },
  { code: 'mustBeOne', key: 'embed' },
  { code: 'toBeforeFrom', from: '2026-04-01' },
  { code: 'unreadable' },
  { code: 'more', count: 30 },
];

const known: KnownIds = { features: new Set(['f1']), passages: new Set(['p1']), regions: new Set() };

describe('why a part of a link was ignored', () => {
  it('is worded in full in both languages, every value filled in', () => {
    for (const problem of EVERY_PROBLEM) {
      const english = explainLinkProblem('en', problem);
      const russian = explainLinkProblem('ru', problem);
      expect(english).toMatch(/^[^{}]+$/);
      expect(russian).toMatch(/^[^{}]+$/);
      expect(russian).not.toBe(english);
    }
  });

  it('names the part of the view, the kind of id and the values in the reader’s language', () => {
    expect(explainLinkProblem('en', { code: 'outOfRange', part: 'zoom', min: 0, max: 22 })).toBe(
      'zoom must be between 0 and 22',
    );
    expect(explainLinkProblem('ru', { code: 'outOfRange', part: 'zoom', min: 0, max: 22 })).toBe(
      'масштаб: ожидается число от 0 до 22',
    );
    expect(explainLinkProblem('ru', { code: 'unknownId', what: 'feature' })).toBe('нет объекта с таким id');
    expect(explainLinkProblem('en', { code: 'viewParts', count: 1 })).toMatch(/got 1 part$/);
    expect(explainLinkProblem('en', { code: 'more', count: 2 })).toBe('2 more ignored parts');
  });
});

describe('the notice', () => {
  it('names up to four parts with their reasons and counts the rest, in Russian', () => {
    const { ignored } = parseHash('#sel=nope&layers=floods&lang=xx&zz=1&from=soon&embed=yes', known);
    expect(describeIgnoredParts('ru', ignored)).toBe(
      'Часть ссылки не учтена: sel=nope (нет объекта с таким id); layers=floods (на этой карте нет такого слоя); ' +
        "lang=xx (язык должен быть 'en' или 'ru'); zz=1 (неизвестный параметр) и ещё 2.",
    );
  });

  it('reads as before in English', () => {
    const { ignored } = parseHash('#map=abc&layers=foo', known);
    expect(describeIgnoredParts('en', ignored)).toBe(
      'Parts of the link were ignored: map=abc (expected zoom/latitude/longitude or ' +
        'zoom/latitude/longitude/bearing/pitch, got 1 part); layers=foo (not a layer of this map).',
    );
  });
});
