import { describe, expect, it } from 'vitest';
import { explainLinkProblem } from '../../src/state/linkNotice';
import {
  EMPTY_HASH_STATE,
  HASH_LAYER_IDS,
  coordinateDecimals,
  parseHash,
  roundView,
  serialiseHash,
  type HashState,
  type KnownIds,
} from '../../src/state/urlHash';
import type { Camera } from '../../src/state/camera';

const known: KnownIds = {
  features: new Set(['baku-port', 'btc_pipeline', 'f1']),
  passages: new Set(['passage-12', 'p1']),
  regions: new Set(['absheron', 'south-caucasus']),
};

/** The parse, with each ignored part's reason worded in English as the notice words it. */
const parse = (hash: string, knownIds: KnownIds = known) => {
  const { state, ignored } = parseHash(hash, knownIds);
  return {
    state,
    ignored: ignored.map((part) => ({ ...part, reason: explainLinkProblem('en', part.reason) })),
  };
};
const state = (patch: Partial<HashState>): HashState => ({ ...EMPTY_HASH_STATE, ...patch });
const view = (patch: Partial<Camera>): Camera => ({
  zoom: 5,
  lat: 41,
  lng: 48,
  bearing: 0,
  pitch: 0,
  ...patch,
});

describe('parseHash: well-formed hashes', () => {
  it('reads an empty hash, a bare "#" and a bare "?" as the default state', () => {
    for (const h of ['', '#', '?', '#?', '   ']) {
      expect(parse(h)).toEqual({ state: EMPTY_HASH_STATE, ignored: [] });
    }
  });

  it('reads map=zoom/lat/lng in MapLibre/OSM order', () => {
    expect(parse('#map=5.5/41.2/48.9').state.view).toEqual({
      zoom: 5.5,
      lat: 41.2,
      lng: 48.9,
      bearing: 0,
      pitch: 0,
    });
  });

  it('reads the optional bearing and pitch', () => {
    expect(parse('#map=8/40.4/49.87/-30.5/45').state.view).toEqual({
      zoom: 8,
      lat: 40.4,
      lng: 49.87,
      bearing: -30.5,
      pitch: 45,
    });
  });

  it('accepts the hash with a leading "#", a leading "?", both, or neither', () => {
    const expected = parse('#map=5/41/48&lang=ru').state;
    for (const h of ['map=5/41/48&lang=ru', '?map=5/41/48&lang=ru', '#?map=5/41/48&lang=ru']) {
      expect(parse(h)).toEqual({ state: expected, ignored: [] });
    }
  });

  it('reads every key together', () => {
    const { state: s, ignored } = parse(
      '#map=6/41/45&layers=risk,aid&sel=baku-port&p=passage-12&region=absheron&lang=ru&edit=1',
    );
    expect(ignored).toEqual([]);
    expect(s).toEqual({
      view: { zoom: 6, lat: 41, lng: 45, bearing: 0, pitch: 0 },
      layers: ['aid', 'risk'],
      sel: 'baku-port',
      a: null,
      p: 'passage-12',
      region: 'absheron',
      from: null,
      to: null,
      lang: 'ru',
      edit: true,
    });
  });

  it('reads the article, a passage of it wherever p comes, and the date range', () => {
    const withArticles: KnownIds = { ...known, articles: new Map([['second', new Set(['p9'])]]) };
    const { state: s, ignored } = parse('#p=p9&a=second&from=2026-03-01&to=2026-03-31', withArticles);
    expect(ignored).toEqual([]);
    expect(s).toMatchObject({ a: 'second', p: 'p9', from: '2026-03-01', to: '2026-03-31' });
  });

  it('judges p against the first article when the link has no a (links from before a existed)', () => {
    const withArticles: KnownIds = { ...known, articles: new Map([['second', new Set(['p9'])]]) };
    expect(parseHash('#p=p1', withArticles).state.p).toBe('p1');
    const { state: s, ignored } = parse('#a=second&p=p1', withArticles);
    expect(s.p).toBeNull();
    expect(ignored).toEqual([{ key: 'p', value: 'p1', reason: 'no passage with this id in article second' }]);
  });

  it('drops dates that are not dates, and an end before the start', () => {
    const { state: s, ignored } = parse('#from=2026-02-30&to=yesterday');
    expect(s).toMatchObject({ from: null, to: null });
    expect(ignored.map((part) => part.key)).toEqual(['from', 'to']);
    const reversed = parse('#from=2026-04-01&to=2026-03-01');
    expect(reversed.state).toMatchObject({ from: '2026-04-01', to: null });
    expect(reversed.ignored[0]?.reason).toBe('is before from=2026-04-01');
  });

  it('does not depend on the order of keys', () => {
    expect(parse('#lang=en&sel=f1&map=5/41/48').state).toEqual(parse('#map=5/41/48&sel=f1&lang=en').state);
  });

  it('decodes percent-encoded values', () => {
    expect(parse('#sel=baku%2Dport&map=5%2F41%2F48&layers=risk%2Caid').state).toEqual(
      state({ sel: 'baku-port', view: view({}), layers: ['aid', 'risk'] }),
    );
  });

  it('skips empty parts such as "&&" and a trailing "&" without complaint', () => {
    expect(parse('#&&lang=ru&&')).toEqual({ state: state({ lang: 'ru' }), ignored: [] });
  });

  it('reads an empty value as the key left out, silently, so a later value still counts', () => {
    expect(parse('#sel=&p=&a=&region=&from=&to=&map=&lang=ru')).toEqual({
      state: state({ lang: 'ru' }),
      ignored: [],
    });
    expect(parse('#sel=&sel=f1')).toEqual({ state: state({ sel: 'f1' }), ignored: [] });
    expect(parse('#layers=').state.layers).toEqual([]);
    expect(parse('#sel').ignored.map((part) => part.reason)).toEqual(["has no value (expected 'key=value')"]);
  });

  it('rounds the view it reads, so a parsed state is already canonical', () => {
    expect(parse('#map=10.123456/41.123456789/48.987654321').state.view).toEqual({
      zoom: 10.12,
      lat: 41.1235,
      lng: 48.9877,
      bearing: 0,
      pitch: 0,
    });
  });
});

describe('parseHash: layers', () => {
  it('treats an absent layers key as the default (all visible)', () => {
    expect(parse('#lang=en').state.layers).toBeNull();
  });

  it('treats "layers=" as no layer visible', () => {
    expect(parse('#layers=')).toEqual({ state: state({ layers: [] }), ignored: [] });
  });

  it('returns layers de-duplicated and in canonical order', () => {
    expect(parse('#layers=sites,risk,aid,risk,sites').state.layers).toEqual(['aid', 'risk', 'sites']);
  });

  it('keeps an explicit list naming every layer explicit', () => {
    expect(parse(`#layers=${[...HASH_LAYER_IDS].reverse().join(',')}`).state.layers).toEqual([
      ...HASH_LAYER_IDS,
    ]);
  });

  it('drops only the unknown layer ids, keeps the valid ones, and reports each unknown one', () => {
    const { state: s, ignored } = parse('#layers=risk,floods,aid,RISK,<b>');
    expect(s.layers).toEqual(['aid', 'risk']);
    expect(ignored).toEqual([
      { key: 'layers', value: 'floods', reason: expect.stringMatching(/not a layer/) },
      { key: 'layers', value: 'RISK', reason: expect.stringMatching(/not a layer/) },
      { key: 'layers', value: '<b>', reason: expect.stringMatching(/not a layer/) },
    ]);
  });

  it('ignores empty items from stray commas', () => {
    expect(parse('#layers=,risk,,aid,')).toEqual({ state: state({ layers: ['aid', 'risk'] }), ignored: [] });
  });

  it('ignores a layers list of only unknown ids whole (every layer shown, as without the key), and reports them', () => {
    const { state: s, ignored } = parse('#layers=nope,floods');
    expect(s.layers).toBeNull();
    expect(ignored).toHaveLength(2);
  });

  it('still reads an empty layers list as no layer visible', () => {
    expect(parse('#layers=')).toEqual({ state: state({ layers: [] }), ignored: [] });
  });
});

describe('parseHash: ids', () => {
  it('accepts known feature, passage and region ids', () => {
    expect(parse('#sel=btc_pipeline&p=p1&region=south-caucasus').state).toEqual(
      state({ sel: 'btc_pipeline', p: 'p1', region: 'south-caucasus' }),
    );
  });

  it.each([
    ['sel', 'no-such-feature', /no feature/],
    ['p', 'no-such-passage', /no passage/],
    ['region', 'no-such-region', /no region/],
  ])('ignores an unknown %s id and says so', (key, id, reason) => {
    const { state: s, ignored } = parse(`#${key}=${id}`);
    expect(s).toEqual(EMPTY_HASH_STATE);
    expect(ignored).toEqual([{ key, value: id, reason: expect.stringMatching(reason) }]);
  });

  it('ignores an id that is known but does not match the safe id pattern', () => {
    const weird: KnownIds = { ...known, features: new Set(['Baku Port', '_x', 'a'.repeat(81)]) };
    for (const id of ['Baku%20Port', '_x', 'a'.repeat(81)]) {
      const { state: s, ignored } = parse(`#sel=${id}`, weird);
      expect(s.sel).toBeNull();
      expect(ignored[0]?.reason).toMatch(/not a valid feature id/);
    }
  });

  it('accepts an 80-character id and rejects an 81-character one', () => {
    const long = 'a'.repeat(80);
    const k: KnownIds = { ...known, features: new Set([long, `${long}b`]) };
    expect(parseHash(`#sel=${long}`, k).state.sel).toBe(long);
    expect(parseHash(`#sel=${long}b`, k).state.sel).toBeNull();
  });

  it('ignores script tags and javascript: URLs in ids', () => {
    const hostile: KnownIds = {
      features: new Set(['<script>alert(1)</script>']),
      passages: new Set(['javascript:alert(1)']),
      regions: new Set(),
    };
    const { state: s, ignored } = parse(
      '#sel=<script>alert(1)</script>&p=javascript:alert(1)&region=%3Cimg%20src%3Dx%3E',
      hostile,
    );
    expect(s).toEqual(EMPTY_HASH_STATE);
    expect(ignored.map((i) => i.key).sort()).toEqual(['p', 'region', 'sel']);
  });

  it('does not treat "__proto__" or "constructor" as special', () => {
    const { state: s, ignored } = parse('#__proto__=x&constructor=y&sel=__proto__&sel=constructor');
    expect(s).toEqual(EMPTY_HASH_STATE);
    expect(ignored).toHaveLength(4);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('parseHash: lang', () => {
  it('accepts en and ru', () => {
    expect(parse('#lang=en').state.lang).toBe('en');
    expect(parse('#lang=ru').state.lang).toBe('ru');
  });

  it.each(['fr', 'EN', 'ru-RU', ' en'])('ignores lang=%j and says so', (lang) => {
    const { state: s, ignored } = parse(`#lang=${encodeURIComponent(lang)}`);
    expect(s.lang).toBeNull();
    expect(ignored).toEqual([{ key: 'lang', value: lang, reason: expect.stringMatching(/en.*ru/) }]);
  });
});

describe('parseHash and serialiseHash: q (the name search)', () => {
  it('reads the search percent-encoded or with + for spaces, spaces folded and trimmed', () => {
    expect(parse('#q=baku%20port').state.q).toBe('baku port');
    expect(parse('#q=+baku++port+').state.q).toBe('baku port');
    expect(parse('#q=%D0%91%D0%B0%D0%BA%D1%83').state.q).toBe('Баку');
    expect(parse('#q=C%2B%2B').state.q).toBe('C++');
  });

  it('writes it percent-encoded after the region and before the dates, and nothing for an empty one', () => {
    expect(serialiseHash(state({ region: 'caspian', q: ' Баку  port ', from: '2026-03-01' }))).toBe(
      '#region=caspian&q=%D0%91%D0%B0%D0%BA%D1%83%20port&from=2026-03-01',
    );
    expect(serialiseHash(state({ q: '  ' }))).toBe('');
    expect(serialiseHash(state({ q: '&sel=x#' }))).toBe('#q=%26sel%3Dx%23');
    expect(parse(serialiseHash(state({ q: '&sel=x#' }))).state.q).toBe('&sel=x#');
  });

  it('ignores a search longer than 200 characters, and says so; writes none', () => {
    const long = 'a'.repeat(201);
    const { state: s, ignored } = parse(`#q=${long}&lang=ru`);
    expect(s.q).toBeUndefined();
    expect(s.lang).toBe('ru');
    expect(ignored).toEqual([
      { key: 'q', value: expect.stringMatching(/^a+…$/), reason: expect.any(String) },
    ]);
    expect(parse(`#q=${'a'.repeat(200)}`).state.q).toHaveLength(200);
    expect(serialiseHash(state({ q: long }))).toBe('');
  });

  it('writes none for text no URL can carry (a lone surrogate), and the rest of the link still', () => {
    expect(serialiseHash(state({ q: '\uD800', lang: 'ru' }))).toBe('#lang=ru');
  });
});

describe('parseHash and serialiseHash: edit', () => {
  it('opens the editor for edit=1 and writes it last', () => {
    expect(parse('#edit=1').state.edit).toBe(true);
    expect(serialiseHash(state({ lang: 'ru', edit: true }))).toBe('#lang=ru&edit=1');
  });

  it('leaves the editor closed by default and writes nothing for it', () => {
    expect(parse('#lang=ru').state.edit).toBe(false);
    expect(serialiseHash(state({ edit: false }))).toBe('');
  });

  it.each(['0', 'true', '11'])('ignores edit=%j and says so', (value) => {
    const { state: s, ignored } = parse(`#edit=${value}`);
    expect(s.edit).toBe(false);
    expect(ignored).toEqual([{ key: 'edit', value, reason: "edit must be '1'" }]);
  });
});

describe('parseHash: map', () => {
  const rejects = (value: string, reason: RegExp) => {
    const { state: s, ignored } = parse(`#map=${value}&lang=ru`);
    expect(s).toEqual(state({ lang: 'ru' }));
    expect(ignored).toEqual([{ key: 'map', value, reason: expect.stringMatching(reason) }]);
  };

  it('ignores a map with the wrong number of parts and says so', () => {
    rejects('5', /got 1 part$/);
    rejects('5/41', /got 2 parts/);
    rejects('5/41/48/10', /got 4 parts/);
    rejects('5/41/48/10/20/30', /got 6 parts/);
  });

  it('ignores non-numeric, NaN and Infinity parts and says so', () => {
    rejects('NaN/41/48', /zoom is not a plain decimal/);
    rejects('5/Infinity/48', /latitude is not a plain decimal/);
    rejects('5/41/-Infinity', /longitude is not a plain decimal/);
    rejects('5/41/48/abc/0', /bearing is not a plain decimal/);
    rejects('5/41/48/0/', /pitch is not a plain decimal/);
    rejects('5//48', /latitude/);
    rejects('1e1/41/48', /zoom/);
    rejects('0x5/41/48', /zoom/);
    rejects(' 5/41/48', /zoom/);
    rejects('5/41/48,5', /longitude/);
  });

  it('ignores a zoom outside 0..22 and says so', () => {
    rejects('-0.5/41/48', /zoom must be between 0 and 22/);
    rejects('22.01/41/48', /zoom must be between 0 and 22/);
    expect(parse('#map=0/41/48').state.view?.zoom).toBe(0);
    expect(parse('#map=22/41/48').state.view?.zoom).toBe(22);
  });

  it('ignores a latitude outside ±85.0511 and says so', () => {
    rejects('5/85.0512/48', /latitude must be between/);
    rejects('5/-90/48', /latitude must be between/);
    expect(parse('#map=12/85.0511/48').state.view?.lat).toBe(85.0511);
    expect(parse('#map=12/-85.0511/48').state.view?.lat).toBe(-85.0511);
  });

  it('ignores a longitude outside ±180 without wrapping it and says so', () => {
    rejects('5/41/180.5', /longitude must be between/);
    rejects('5/41/-181', /longitude must be between/);
    rejects('5/41/408', /longitude must be between/);
    expect(parse('#map=5/41/180').state.view?.lng).toBe(180);
    expect(parse('#map=5/41/-180').state.view?.lng).toBe(-180);
  });

  it('ignores a bearing outside -180..360 and says so', () => {
    rejects('5/41/48/-181/0', /bearing must be between/);
    rejects('5/41/48/361/0', /bearing must be between/);
  });

  it('normalises a 0..360 bearing to -180..180', () => {
    expect(parse('#map=5/41/48/270/0').state.view?.bearing).toBe(-90);
    expect(parse('#map=5/41/48/359.9/0').state.view?.bearing).toBe(-0.1);
    expect(parse('#map=5/41/48/360/0').state.view?.bearing).toBe(0);
    expect(parse('#map=5/41/48/180/0').state.view?.bearing).toBe(180);
  });

  it('ignores a pitch outside 0..85 and says so', () => {
    rejects('5/41/48/0/-1', /pitch must be between 0 and 85/);
    rejects('5/41/48/0/86', /pitch must be between 0 and 85/);
    expect(parse('#map=5/41/48/0/85').state.view?.pitch).toBe(85);
  });

  it('never returns -0', () => {
    const v = parse('#map=-0/-0.0/-0/-0/-0').state.view;
    expect(Object.keys(v ?? {})).toHaveLength(5);
    for (const n of Object.values(v ?? {})) expect(Object.is(n, -0)).toBe(false);
  });
});

describe('parseHash: bad parts', () => {
  it('ignores an unknown key and says so', () => {
    expect(parse('#zoom=5&lang=ru')).toEqual({
      state: state({ lang: 'ru' }),
      ignored: [{ key: 'zoom', value: '5', reason: 'unknown setting' }],
    });
  });

  it('treats keys as case-sensitive', () => {
    expect(parse('#MAP=5/41/48').ignored).toEqual([
      { key: 'MAP', value: '5/41/48', reason: 'unknown setting' },
    ]);
  });

  it('uses the first of a duplicated key and reports the later ones', () => {
    const { state: s, ignored } = parse('#lang=ru&lang=en&map=5/41/48&lang=fr&map=6/41/48');
    expect(s).toEqual(state({ lang: 'ru', view: view({}) }));
    expect(ignored).toEqual([
      { key: 'lang', value: 'en', reason: expect.stringMatching(/repeated/) },
      { key: 'lang', value: 'fr', reason: expect.stringMatching(/repeated/) },
      { key: 'map', value: '6/41/48', reason: expect.stringMatching(/repeated/) },
    ]);
  });

  it('still treats a later duplicate as a duplicate when the first one was invalid', () => {
    const { state: s, ignored } = parse('#lang=fr&lang=ru');
    expect(s.lang).toBeNull();
    expect(ignored.map((i) => i.reason)).toEqual([
      expect.stringMatching(/en.*ru/),
      expect.stringMatching(/repeated/),
    ]);
  });

  it('ignores a key without "=" and says so', () => {
    expect(parse('#layers&lang=ru')).toEqual({
      state: state({ lang: 'ru' }),
      ignored: [{ key: 'layers', value: '', reason: expect.stringMatching(/no value/) }],
    });
  });

  it('ignores broken percent-encoding and says so', () => {
    for (const bad of ['%E0%A4%A', '%', '%zz', '%D8%00%ZZ', 'risk%']) {
      const { state: s, ignored } = parse(`#layers=${bad}&lang=ru`);
      expect(s).toEqual(state({ lang: 'ru' }));
      expect(ignored).toEqual([{ key: 'layers', value: bad, reason: 'broken percent-encoding' }]);
    }
  });

  it('ignores encoded lone surrogates without throwing', () => {
    expect(parse('#sel=%ED%A0%80').ignored[0]?.reason).toBe('broken percent-encoding');
  });

  it('ignores raw lone surrogates and shows them as U+FFFD', () => {
    const { state: s, ignored } = parse('#sel=a\uD800b&\uDC00=1');
    expect(s).toEqual(EMPTY_HASH_STATE);
    expect(ignored).toEqual([
      { key: 'sel', value: 'a\uFFFDb', reason: expect.stringMatching(/not a valid/) },
      { key: '\uFFFD', value: '1', reason: 'unknown setting' },
    ]);
  });

  it('ignores values longer than 2,000 characters and truncates them for display', () => {
    const { state: s, ignored } = parse(`#sel=${'a'.repeat(2001)}&lang=ru`);
    expect(s).toEqual(state({ lang: 'ru' }));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.reason).toMatch(/longer than 2000/);
    expect(ignored[0]?.value).toBe(`${'a'.repeat(60)}…`);
  });

  it('copes with a 100,000-character value and a 100,000-character key', () => {
    const huge = 'x'.repeat(100_000);
    const { state: s, ignored } = parse(`#map=${huge}&${huge}=1&lang=en`);
    expect(s).toEqual(state({ lang: 'en' }));
    expect(ignored).toHaveLength(2);
    for (const part of ignored) {
      expect(part.key.length).toBeLessThanOrEqual(61);
      expect(part.value.length).toBeLessThanOrEqual(61);
    }
  });

  it('does not split a surrogate pair when truncating for display', () => {
    const { ignored } = parse(`#x=${'😀'.repeat(100)}`);
    expect(ignored[0]?.value).toBe(`${'😀'.repeat(60)}…`);
  });

  it('shows control characters as U+FFFD', () => {
    expect(parse('#x=a%00b%0Ac').ignored[0]?.value).toBe('a\uFFFDb\uFFFDc');
  });

  it('reports at most 50 problems and sums up the rest', () => {
    const { ignored } = parse(Array.from({ length: 80 }, (_, i) => `k${i}=1`).join('&'));
    expect(ignored).toHaveLength(51);
    expect(ignored[50]).toEqual({ key: '…', value: '', reason: '30 more ignored parts' });
  });

  it.each([
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '#map=javascript:alert(1)',
    '#sel=javascript:alert(1)',
    '##map=5/41/48',
    '??',
    '=',
    '==&==',
    '&=&',
    '#map==5/41/48',
    '#map=5/41/48=',
    '%',
    '%%%',
  ])('never throws and keeps nothing from %j', (hash) => {
    const { state: s } = parse(hash);
    expect(s).toEqual(EMPTY_HASH_STATE);
  });

  it('keeps nothing when the known-id sets throw', () => {
    const throwing = new Set<string>();
    throwing.has = () => {
      throw new Error('boom');
    };
    const { state: s, ignored } = parse('#lang=ru&sel=f1', { ...known, features: throwing });
    expect(s).toEqual(state({ lang: 'ru' }));
    expect(ignored).toHaveLength(1);
  });
});

describe('roundView and coordinateDecimals', () => {
  it('uses MapLibre’s half-pixel rule for coordinate decimals', () => {
    expect([0, 1, 5, 8, 10, 12, 15, 22].map(coordinateDecimals)).toEqual([1, 1, 2, 3, 4, 5, 5, 8]);
    expect(coordinateDecimals(Number.NaN)).toBe(0);
  });

  it('rounds zoom to 2 decimals, lat/lng by zoom, bearing to 1 decimal and pitch to an integer', () => {
    expect(roundView({ zoom: 5.0449, lat: 41.23456, lng: 48.98765, bearing: 12.345, pitch: 30.6 })).toEqual({
      zoom: 5.04,
      lat: 41.23,
      lng: 48.99,
      bearing: 12.3,
      pitch: 31,
    });
    expect(roundView(view({ zoom: 10, lat: 41.234567, lng: 48.987654 }))).toEqual(
      view({ zoom: 10, lat: 41.2346, lng: 48.9877 }),
    );
  });

  it('chooses the decimals from the rounded zoom, so rounding is idempotent', () => {
    const v = view({ zoom: 9.9999, lat: 41.123456, lng: 48.123456 });
    expect(roundView(roundView(v))).toEqual(roundView(v));
  });

  it('never rounds a latitude past ±85.0511', () => {
    expect(roundView(view({ zoom: 1, lat: 85.0511 })).lat).toBe(85);
    expect(roundView(view({ zoom: 1, lat: -85.0511 })).lat).toBe(-85);
  });

  it('brings finite out-of-range values from MapLibre back into range', () => {
    expect(roundView({ zoom: 24, lat: 85.051129, lng: 190, bearing: 200, pitch: 90 })).toEqual({
      zoom: 22,
      lat: 85.0511,
      lng: -170,
      bearing: -160,
      pitch: 85,
    });
  });

  it('never returns -0', () => {
    const v = roundView({ zoom: -0, lat: -0.000001, lng: -0.00001, bearing: -0.01, pitch: -0.2 });
    expect(Object.keys(v)).toHaveLength(5);
    for (const n of Object.values(v)) expect(Object.is(n, -0)).toBe(false);
  });

  it('turns non-finite values into NaN', () => {
    expect(roundView(view({ zoom: Infinity })).zoom).toBeNaN();
  });
});

describe('serialiseHash', () => {
  it('returns an empty string for the default state', () => {
    expect(serialiseHash(EMPTY_HASH_STATE)).toBe('');
  });

  it('writes the keys in the fixed order map, layers, sel, a, p, region, from, to, lang', () => {
    expect(
      serialiseHash({
        edit: false,
        lang: 'ru',
        to: '2026-04-01',
        from: '2026-03-01',
        region: 'absheron',
        p: 'p1',
        a: 'second-article',
        sel: 'f1',
        layers: ['risk', 'evacuation'],
        view: view({ zoom: 5.5, lat: 41.2, lng: 48.9 }),
      }),
    ).toBe(
      '#map=5.5/41.2/48.9&layers=evacuation,risk&sel=f1&a=second-article&p=p1&region=absheron&from=2026-03-01&to=2026-04-01&lang=ru',
    );
  });

  it('writes "layers=" for no visible layers and leaves the key out for the default', () => {
    expect(serialiseHash(state({ layers: [] }))).toBe('#layers=');
    expect(serialiseHash(state({ layers: null }))).toBe('');
  });

  it('writes an explicit full layer list in canonical order', () => {
    expect(
      serialiseHash(state({ layers: ['sites', 'aid', 'sites', 'risk', 'infrastructure', 'evacuation'] })),
    ).toBe('#layers=evacuation,aid,risk,infrastructure,sites');
  });

  it('rounds the view and trims trailing zeros', () => {
    expect(serialiseHash(state({ view: view({ zoom: 5.5, lat: 41.2, lng: 48.9 }) }))).toBe(
      '#map=5.5/41.2/48.9',
    );
    expect(serialiseHash(state({ view: view({ zoom: 10, lat: 41.23456, lng: 48.1 }) }))).toBe(
      '#map=10/41.2346/48.1',
    );
    expect(serialiseHash(state({ view: view({ zoom: 4.999, lat: 41.999, lng: 48.0001 }) }))).toBe(
      '#map=5/42/48',
    );
  });

  it('omits bearing and pitch only when both are 0', () => {
    expect(serialiseHash(state({ view: view({}) }))).toBe('#map=5/41/48');
    expect(serialiseHash(state({ view: view({ bearing: 0.04, pitch: 0.4 }) }))).toBe('#map=5/41/48');
    expect(serialiseHash(state({ view: view({ bearing: 12.34 }) }))).toBe('#map=5/41/48/12.3/0');
    expect(serialiseHash(state({ view: view({ pitch: 40 }) }))).toBe('#map=5/41/48/0/40');
  });

  it('never writes -0', () => {
    const h = serialiseHash(
      state({ view: { zoom: -0, lat: -0.00001, lng: -0, bearing: -0.01, pitch: -0.1 } }),
    );
    expect(h).toBe('#map=0/0/0');
  });

  it('leaves out a view that is not finite', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(serialiseHash(state({ view: view({ lat: bad }), lang: 'en' }))).toBe('#lang=en');
    }
  });

  it('leaves out ids, layers and languages that parseHash would reject, without throwing', () => {
    const s = {
      ...EMPTY_HASH_STATE,
      sel: '<script>',
      p: 'a\uD800',
      region: 'Not Safe',
      layers: ['risk', 'bogus'],
      lang: 'fr',
    } as unknown as HashState;
    expect(serialiseHash(s)).toBe('#layers=risk');
  });

  it('survives a parse round trip for a full example', () => {
    const s: HashState = {
      view: { zoom: 7.25, lat: 40.378, lng: 49.892, bearing: -45.5, pitch: 60 },
      layers: ['evacuation', 'sites'],
      sel: 'baku-port',
      a: null,
      p: 'passage-12',
      region: 'absheron',
      from: null,
      to: null,
      lang: 'en',
      edit: true,
    };
    const h = serialiseHash(s);
    expect(h).toBe(
      '#map=7.25/40.378/49.892/-45.5/60&layers=evacuation,sites&sel=baku-port&p=passage-12&region=absheron&lang=en&edit=1',
    );
    expect(parse(h)).toEqual({ state: s, ignored: [] });
  });
});

describe('parseHash: q that no link could carry back', () => {
  it('ignores a search with a lone surrogate, and says so', () => {
    const { state: s, ignored } = parse('#q=a\uD800b&lang=ru');
    expect(s.q).toBeUndefined();
    expect(s.lang).toBe('ru');
    expect(ignored.map((part) => part.key)).toEqual(['q']);
  });
});
