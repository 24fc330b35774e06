import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainLinkProblem } from '../../src/state/linkNotice';
import {
  EMPTY_HASH_STATE,
  HASH_LAYER_IDS,
  LAT_MAX,
  parseHash,
  roundView,
  serialiseHash,
  type HashState,
  type KnownIds,
} from '../../src/state/urlHash';
import type { Camera } from '../../src/state/camera';

const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const safeId = fc.stringMatching(ID);

/** Mixes exact range ends and zeros in with arbitrary doubles, since those are where rounding goes wrong. */
const within = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min, max, noNaN: true }),
    fc.constantFrom(min, max, 0),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  );

/** A real calendar day between 1990 and 2099. */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const validView: fc.Arbitrary<Camera> = fc.record({
  zoom: within(0, 22),
  lat: within(-LAT_MAX, LAT_MAX),
  lng: within(-180, 180),
  bearing: fc.oneof(within(-180, 180), fc.constant(0)),
  pitch: fc.oneof(within(0, 85), fc.constant(0)),
});

/** A valid state plus a KnownIds that contains its ids (and some others). */
const validStateWithKnown: fc.Arbitrary<{ state: HashState; known: KnownIds }> = fc
  .record({
    view: fc.option(validView, { nil: null }),
    layers: fc.option(fc.subarray([...HASH_LAYER_IDS]), { nil: null }),
    sel: fc.option(safeId, { nil: null }),
    a: fc.option(safeId, { nil: null }),
    p: fc.option(safeId, { nil: null }),
    region: fc.option(safeId, { nil: null }),
    range: fc.option(fc.tuple(isoDate, isoDate), { nil: null }),
    lang: fc.constantFrom('en' as const, 'ru' as const, null),
    // Any text a reader may type, in the form links carry it (as `q=` reads it back).
    q: fc.option(
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .filter((text) => text !== ''),
      { nil: null },
    ),
    edit: fc.boolean(),
    extra: fc.array(safeId, { maxLength: 5 }),
  })
  .map(({ extra, range, q, ...rest }) => {
    const [from, to] = range ? [range[0], range[1]].sort() : [null, null];
    const state: HashState = { ...rest, ...(q === null ? {} : { q }), from: from ?? null, to: to ?? null };
    const passages = new Set([...extra, ...(state.p === null ? [] : [state.p])]);
    return {
      state,
      known: {
        features: new Set([...extra, ...(state.sel === null ? [] : [state.sel])]),
        passages,
        regions: new Set([...extra, ...(state.region === null ? [] : [state.region])]),
        articles: new Map(state.a === null ? [] : [[state.a, passages]]),
      },
    };
  });

const rounded = (s: HashState): HashState => ({ ...s, view: s.view === null ? null : roundView(s.view) });

describe('urlHash round trip (property-based)', () => {
  it('parses what it serialises back to the same state, with the view rounded', () => {
    fc.assert(
      fc.property(validStateWithKnown, ({ state, known }) => {
        const { state: back, ignored } = parseHash(serialiseHash(state), known);
        expect(ignored).toEqual([]);
        expect(back).toEqual(rounded(state));
      }),
      { numRuns: 2000 },
    );
  });

  it('serialise(parse(serialise(s))) equals serialise(s)', () => {
    fc.assert(
      fc.property(validStateWithKnown, ({ state, known }) => {
        const once = serialiseHash(state);
        expect(serialiseHash(parseHash(once, known).state)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('roundView is idempotent and keeps a valid view valid', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const r = roundView(v);
        expect(roundView(r)).toEqual(r);
        expectViewInRange(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes -0 or a number with trailing zeros', () => {
    fc.assert(
      fc.property(validStateWithKnown, ({ state }) => {
        const h = serialiseHash(state);
        const map = /(?:^#|&)map=([^&]*)/.exec(h)?.[1];
        if (map === undefined) return;
        for (const n of map.split('/')) {
          expect(n).not.toBe('-0');
          expect(n).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a link that parses from any finite view, even out of range', () => {
    const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(
        fc.record({ zoom: anyFinite, lat: anyFinite, lng: anyFinite, bearing: anyFinite, pitch: anyFinite }),
        (v) => {
          const h = serialiseHash({ ...emptyState(), view: v });
          const { state, ignored } = parseHash(h, noIds);
          expect(ignored).toEqual([]);
          expect(state.view).toEqual(roundView(v));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ------------------------------------------------------------------------------------------------ fuzzing

const knownFuzz: KnownIds = {
  features: new Set(['baku-port', 'f1', 'btc_pipeline']),
  passages: new Set(['passage-12', 'p1']),
  regions: new Set(['absheron', 'south-caucasus']),
};
const noIds: KnownIds = { features: new Set(), passages: new Set(), regions: new Set() };
const emptyState = (): HashState => ({ ...EMPTY_HASH_STATE });

const KEYS = [
  'map',
  'layers',
  'sel',
  'p',
  'region',
  'q',
  'lang',
  'MAP',
  'Lang',
  '',
  'x',
  'zoom',
  '__proto__',
  'constructor',
  'toString',
  '%6Dap',
  'map ',
  ' map',
  '#map',
  '?map',
  'sel[]',
  '<script>',
  'javascript:alert(1)',
  '\uD800',
  '😀',
];
const FRAGMENTS = [
  ...HASH_LAYER_IDS,
  ...knownFuzz.features,
  ...knownFuzz.passages,
  ...knownFuzz.regions,
  'en',
  'ru',
  'EN',
  'fr',
  '',
  '5/41/48',
  '5.5/41.2/48.9',
  '8/40.4/49.87/-30.5/45',
  '0/0/0',
  '22/85.0511/180/359.9/85',
  '1/-85.0511/-180/-180/0',
  '23/0/0',
  '5/90/0',
  '5/0/181',
  '5/0/0/400/0',
  '5/0/0/0/90',
  '5/0/0/0',
  '-0/-0/-0/-0/-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e-400',
  '0x10',
  '.5',
  '5.',
  '-',
  '--1',
  '00012',
  '9'.repeat(400),
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '<img src=x onerror=alert(1)>',
  '%3Cscript%3E',
  '%3c',
  'javascript%3Aalert(1)',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%00',
  '%0A',
  '\uD800',
  '\uDC00',
  '\uD83D\uDE00',
  '\u0000',
  '\u202E',
  '\uFEFF',
  '/',
  '//',
  ',',
  ',,',
  '=',
  '==',
  '&',
  '&&',
  '#',
  '?',
  '+',
  ' ',
  '\t',
  '\n',
  'risk,risk,bogus',
  'aid,,sites,',
  'baku-port,f1',
  'a'.repeat(80),
  'a'.repeat(81),
  'x'.repeat(2001),
];
const SEPARATORS = ['&', '=', '&&', '%', '#', '?', '/', ',', ''];

const fragment = fc.constantFrom(...FRAGMENTS);
const value = fc.oneof(
  { weight: 6, arbitrary: fragment },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fragment, fc.constantFrom(...SEPARATORS)), { maxLength: 6 })
      .map((xs) => xs.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fragment.map(encodeURIComponentLenient) },
);
const HASH_KEYS = ['map', 'layers', 'sel', 'p', 'region', 'lang'];
/** Mostly real keys, '=' and '&' so that many hashes carry some valid parts among the junk. */
const structuredHash = fc
  .tuple(
    fc.constantFrom('', '#', '#', '?', '#?', '##', ' '),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...HASH_KEYS) },
          { weight: 2, arbitrary: fc.constantFrom(...KEYS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
        ),
        fc.oneof(
          { weight: 8, arbitrary: fc.constant('=') },
          { weight: 1, arbitrary: fc.constantFrom('', '==') },
        ),
        value,
      ),
      { maxLength: 8 },
    ),
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constant('&') },
        { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(
    ([prefix, parts, seps]) =>
      prefix +
      parts
        .map(([k, eq, v], i) => `${k}${eq}${v}${i < parts.length - 1 ? (seps[i % seps.length] ?? '&') : ''}`)
        .join(''),
  );

/** A valid link with junk spliced in at random places: near-misses of real links. */
const mutatedValidHash = fc
  .tuple(
    fc.record({
      view: fc.option(validView, { nil: null }),
      layers: fc.option(fc.subarray([...HASH_LAYER_IDS]), { nil: null }),
      sel: fc.option(fc.constantFrom(...knownFuzz.features), { nil: null }),
      p: fc.option(fc.constantFrom(...knownFuzz.passages), { nil: null }),
      region: fc.option(fc.constantFrom(...knownFuzz.regions), { nil: null }),
      lang: fc.constantFrom('en' as const, 'ru' as const, null),
      edit: fc.boolean(),
    }),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fragment, fc.constantFrom(...SEPARATORS))), { maxLength: 3 }),
  )
  .map(([state, inserts]) =>
    inserts.reduce(
      (h, [at, junk]) => {
        const i = at % (h.length + 1);
        return h.slice(0, i) + junk + h.slice(i);
      },
      serialiseHash({ ...EMPTY_HASH_STATE, ...state }),
    ),
  );

/** Lone surrogates make encodeURIComponent throw; a fuzz input must be built without throwing. */
function encodeURIComponentLenient(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}

const anyHash = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('&', '=', '%', 'map', 'sel', '/'),
      ),
      { maxLength: 40 },
    )
    .map((xs) => xs.join('')),
  structuredHash,
  structuredHash,
  mutatedValidHash,
);

function expectViewInRange(v: Camera): void {
  expect(Object.keys(v).sort()).toEqual(['bearing', 'lat', 'lng', 'pitch', 'zoom']);
  for (const n of Object.values(v)) {
    expect(Number.isFinite(n)).toBe(true);
    expect(Object.is(n, -0)).toBe(false);
  }
  expect(v.zoom).toBeGreaterThanOrEqual(0);
  expect(v.zoom).toBeLessThanOrEqual(22);
  expect(Math.abs(v.lat)).toBeLessThanOrEqual(LAT_MAX);
  expect(Math.abs(v.lng)).toBeLessThanOrEqual(180);
  expect(Math.abs(v.bearing)).toBeLessThanOrEqual(180);
  expect(v.pitch).toBeGreaterThanOrEqual(0);
  expect(v.pitch).toBeLessThanOrEqual(85);
}

function expectSafeState(state: HashState, known: KnownIds): void {
  if (state.view !== null) expectViewInRange(state.view);
  if (state.layers !== null) {
    expect(state.layers).toEqual(HASH_LAYER_IDS.filter((id) => state.layers?.includes(id)));
  }
  if (state.sel !== null) expect(known.features.has(state.sel)).toBe(true);
  if (state.p !== null) expect(known.passages.has(state.p)).toBe(true);
  if (state.region !== null) expect(known.regions.has(state.region)).toBe(true);
  for (const id of [state.sel, state.p, state.region]) if (id !== null) expect(id).toMatch(ID);
  expect([null, 'en', 'ru']).toContain(state.lang);
  // The name search is the reader's own text, any text (shown only as text, never as markup): tidy and
  // bounded. Everything else a link sets is an id, a number or a word of a closed list.
  const { q, ...closed } = state;
  if (q !== undefined && q !== null) {
    expect(q).toBe(q.replace(/\s+/g, ' ').trim());
    expect(q.length).toBeGreaterThan(0);
    expect(q.length).toBeLessThanOrEqual(200);
  }
  const text = JSON.stringify(closed);
  expect(text).not.toContain('<');
  expect(text.toLowerCase()).not.toContain('javascript:');
}

describe('urlHash fuzzing', () => {
  it('never throws on arbitrary hashes and returns only safe, valid state that round-trips', () => {
    // Known ids that are themselves hostile: the safe-id pattern must still keep them out of the state.
    const known: KnownIds = {
      features: new Set([...knownFuzz.features, '<script>alert(1)</script>', 'javascript:alert(1)']),
      passages: knownFuzz.passages,
      regions: new Set([...knownFuzz.regions, '<img src=x onerror=alert(1)>']),
    };
    fc.assert(
      fc.property(anyHash, (hash) => {
        let result: ReturnType<typeof parseHash> | undefined;
        expect(() => {
          result = parseHash(hash, known);
        }).not.toThrow();
        if (result === undefined) return;
        const { state, ignored } = result;
        expectSafeState(state, known);
        for (const part of ignored) {
          expect(Array.from(part.key).length).toBeLessThanOrEqual(61);
          expect(Array.from(part.value).length).toBeLessThanOrEqual(61);
          expect(explainLinkProblem('en', part.reason)).toMatch(/^[^{}]+$/);
        }
        expect(ignored.length).toBeLessThanOrEqual(51);
        // Parsed views are already rounded, so the state itself survives a round trip unchanged.
        const again = serialiseHash(state);
        expect(parseHash(again, known)).toEqual({ state, ignored: [] });
        expect(serialiseHash(parseHash(again, known).state)).toBe(again);
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws on hashes with 100,000-character parts', () => {
    const big = fc
      .constantFrom('x', '%', '&', '=', '/', ',', '9', '\uD800', '%E0%A4%A')
      .map((s) => s.repeat(Math.ceil(100_000 / s.length)));
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), big, (key, v) => {
        const { state } = parseHash(`#${key}=${v}&lang=ru`, knownFuzz);
        expectSafeState(state, knownFuzz);
      }),
      { numRuns: 50 },
    );
  });
});
