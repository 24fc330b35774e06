// Validates the corpus (articles, overlays, not-mapped risks, coverage allow-list) and resolves the overlay
// recipes into geometry. Pure: takes parsed file contents, returns problems; never throws on hostile input.
import {
  ArticleSchema,
  LAYER_IDS,
  OverlayFeatureSchema,
  findQuote,
  type Article,
  type PropertiesShape,
  type Geometry,
  type LayerId,
  type NotMappedRisk,
  type OverlayFeature,
  type Position,
  type SourceRef,
} from '../src/data/schema';
import { checkAgainst, formatPath, type SchemaIssue } from '../src/data/validation';
import {
  AllowListSchema,
  AuthoredFeatureSchema,
  NotMappedFileSchema,
  type AuthoredFeature,
} from './lib/authored';
import { coverageRows, passageKey, type Citation, type CoverageRow } from './lib/coverage';
import { checkGeometry, fmt, isLineGeometry, positionsOf } from './lib/geometry';
import { indexPlaces, PlacesSchema, type Place } from './lib/places';
import { inRegion, REGION_BOXES, REGION_EXCEPTIONS } from './lib/region';
import { CountriesFileSchema, inBasemap, Land, MAX_WATER_KM } from './lib/land';
import { PlaceCountriesSchema, type StatedCountry } from './lib/place-countries';
import { RecipeError, resolveDerive, roundGeometry, type NamedPoint, type RouteStop } from './lib/resolve';
import { EMPTY_SNAPSHOT, SnapshotSchema, type Snapshot } from './lib/snapshot';
import { sourcesAfterStatedDate } from '../src/data/statedDate';
import { explainQuoteMismatch } from '../src/text/quoteMismatch';
import { TownsSchema, type Town } from './lib/towns';

export interface Problem {
  file: string;
  featureId?: string;
  message: string;
}

/** A file's path (relative to the project) and its parsed JSON. */
export interface SourceFile {
  file: string;
  data: unknown;
}

export interface CorpusInput {
  articles: readonly SourceFile[];
  overlays: Partial<Record<LayerId, SourceFile>>;
  notMapped: SourceFile;
  allowList: SourceFile;
  places: SourceFile;
  /** geo/lib/towns.json: the towns routes pass through (GeoNames). */
  towns: SourceFile;
  /** geo/lib/place-countries.json: the country each places.json point lies in. */
  placeCountries: SourceFile;
  /** public/basemap/countries.geojson: the land, for the country and over-water checks. */
  countries: SourceFile;
  /** geo/lib/basemap-snapshot.json: country outlines and border lines for recipes. */
  snapshot: SourceFile;
}

export interface CheckedCorpus {
  articles: Article[];
  /** Features with resolved geometry, in file order. */
  features: OverlayFeature[];
  notMapped: NotMappedRisk[];
  coverage: CoverageRow[];
  /** Features still marked draft (proposed by article:import --accept), as `file › id`. */
  drafts: string[];
}

export const overlayFile = (layer: LayerId): string => `geo/overlays/${layer}.geojson`;
export const ALLOW_LIST_FILE = 'geo/coverage-allow.json';
export const NOT_MAPPED_FILE = 'geo/overlays/risk-not-mapped.json';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function schemaProblems(
  file: string,
  featureId: string | undefined,
  issues: readonly SchemaIssue[],
): Problem[] {
  return issues.map((issue) => {
    const problem: Problem = { file, message: `schema: ${formatPath(issue.path)}: ${issue.message}` };
    if (featureId !== undefined) problem.featureId = featureId;
    return problem;
  });
}

function rawId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const props = raw['properties'];
  if (isRecord(props) && typeof props['id'] === 'string') return props['id'];
  return typeof raw['id'] === 'string' ? raw['id'] : undefined;
}

/** The countries file is large and read once: its Land is kept for as long as the parsed file lives. */
const LANDS = new WeakMap<object, Land>();

class Checker {
  readonly problems: Problem[] = [];
  readonly articles: Article[] = [];
  readonly features: OverlayFeature[] = [];
  readonly notMapped: NotMappedRisk[] = [];
  readonly citations: Citation[] = [];
  readonly drafts: string[] = [];
  private readonly ids = new Map<string, string>();
  private places: ReadonlyMap<string, Place> = new Map();
  private pointPlaces: Place[] = [];
  private snapshot: Snapshot = EMPTY_SNAPSHOT;
  private towns: ReadonlyMap<string, Town> = new Map();
  private placeCountries: Readonly<Record<string, StatedCountry>> = {};
  private placeCountriesFile = 'geo/lib/place-countries.json';
  private townsFile = 'geo/lib/towns.json';
  /** Null when the countries file did not load: that is a problem of its own, so the check still fails. */
  private land: Land | null = null;

  report(file: string, featureId: string | undefined, message: string): void {
    const problem: Problem = { file, message };
    if (featureId !== undefined) problem.featureId = featureId;
    this.problems.push(problem);
  }

  loadPlaces(source: SourceFile): void {
    const parsed = checkAgainst(PlacesSchema, source.data);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
      return;
    }
    const seen = new Set<string>();
    for (const place of parsed.data) {
      if (seen.has(place.id)) this.report(source.file, place.id, `duplicate place id '${place.id}'`);
      seen.add(place.id);
    }
    this.places = indexPlaces(parsed.data);
    this.pointPlaces = parsed.data.filter((p) => p.lon !== undefined && p.lat !== undefined);
  }

  loadTowns(source: SourceFile): void {
    const parsed = checkAgainst(TownsSchema, source.data);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
      return;
    }
    for (const town of parsed.data) {
      if (this.places.has(town.id) || this.towns.has(town.id))
        this.report(source.file, town.id, `duplicate place id '${town.id}'`);
    }
    this.towns = new Map(parsed.data.map((t) => [t.id, t]));
    this.townsFile = source.file;
  }

  loadPlaceCountries(source: SourceFile): void {
    const parsed = checkAgainst(PlaceCountriesSchema, source.data);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
      return;
    }
    for (const id of Object.keys(parsed.data)) {
      if (!this.places.has(id)) this.report(source.file, id, `names no place in places.json`);
    }
    this.placeCountries = parsed.data;
    this.placeCountriesFile = source.file;
  }

  loadCountries(source: SourceFile): void {
    const data = source.data;
    const known = typeof data === 'object' && data !== null ? LANDS.get(data) : undefined;
    if (known !== undefined) {
      this.land = known;
      return;
    }
    const parsed = checkAgainst(CountriesFileSchema, data);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
      return;
    }
    this.land = new Land(parsed.data);
    if (typeof data === 'object' && data !== null) LANDS.set(data, this.land);
  }

  loadSnapshot(source: SourceFile): void {
    const parsed = checkAgainst(SnapshotSchema, source.data);
    if (!parsed.success) this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
    else this.snapshot = parsed.data;
  }

  loadArticle(source: SourceFile): void {
    const parsed = checkAgainst(ArticleSchema, source.data);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(source.file, rawArticleId(source.data), parsed.issues));
      return;
    }
    const article = parsed.data;
    const expected = `geo/articles/${article.id}.json`;
    if (source.file !== expected) {
      // Named within the articles folder: the corpus may be a folder of one's own, not geo/.
      this.report(
        source.file,
        article.id,
        `the file of article '${article.id}' must be named ${article.id}.json`,
      );
    }
    if (this.articles.some((a) => a.id === article.id)) {
      this.report(source.file, article.id, `duplicate article id '${article.id}'`);
      return;
    }
    const seen = new Set<string>();
    for (const p of article.passages) {
      if (seen.has(p.id)) this.report(source.file, article.id, `duplicate passage id '${p.id}'`);
      seen.add(p.id);
    }
    this.articles.push(article);
  }

  private claimId(file: string, id: string): void {
    const other = this.ids.get(id);
    if (other !== undefined) this.report(file, id, `duplicate id '${id}': already used in ${other}`);
    else this.ids.set(id, file);
  }

  private checkSources(
    file: string,
    id: string,
    layer: Citation['layer'],
    sources: readonly SourceRef[],
    field: (index: number) => string = (index) => `source ${index}`,
  ): void {
    sources.forEach((s, i) => {
      const article = this.articles.find((a) => a.id === s.article);
      if (article === undefined) {
        this.report(file, id, `${field(i)}: unknown article '${s.article}'`);
        return;
      }
      const passage = article.passages.find((p) => p.id === s.passage);
      if (passage === undefined) {
        this.report(file, id, `${field(i)}: unknown passage '${s.passage}' in article '${s.article}'`);
        return;
      }
      if (findQuote(passage.text, s.quote) === null) {
        this.report(file, id, `${field(i)}: ${staleCitation(article, passage, s.quote)}`);
        return;
      }
      this.citations.push({ id, layer, article: s.article, passage: s.passage });
    });
  }

  /** A feature's own date is a claim its sources must back: one of them published on that day or before. */
  private checkStatedDate(
    file: string,
    id: string,
    properties: Pick<PropertiesShape, 'date' | 'sources'>,
  ): void {
    const stated = properties.date;
    if (stated === undefined) return;
    const earliest = sourcesAfterStatedDate(
      stated,
      properties.sources,
      (article) => this.articles.find((a) => a.id === article)?.date,
    );
    if (earliest === null) return;
    this.report(
      file,
      id,
      `date: the feature is dated ${stated}, but every source is an article published after it (the earliest, '${earliest.article}', on ${earliest.date}); cite an article of that day or earlier, or correct the date`,
    );
  }

  private checkRegion(file: string, id: string, geometry: Geometry): void {
    if (REGION_EXCEPTIONS[id] !== undefined) return;
    const outside = positionsOf(geometry).find((p) => !inRegion(p));
    if (outside === undefined) return;
    if (inRegion([outside[1], outside[0]])) {
      this.report(
        file,
        id,
        `longitude and latitude look swapped: ${fmt(outside)} is outside the region but ${fmt([outside[1], outside[0]])} is inside`,
      );
      return;
    }
    const boxes = REGION_BOXES.map((b) => `${b.name} [${b.west}..${b.east}E, ${b.south}..${b.north}N]`).join(
      '; ',
    );
    this.report(
      file,
      id,
      `lies outside the region: position ${fmt(outside)} is in none of ${boxes} (add a reason to REGION_EXCEPTIONS in geo/lib/region.ts if it must)`,
    );
  }

  /** Hand-drawn coordinates that are a places.json point with the two numbers reversed. */
  private checkSwappedPlaces(file: string, id: string, geometry: Geometry): boolean {
    const near = (a: number, b: number | undefined): boolean => b !== undefined && Math.abs(a - b) < 1e-4;
    for (const p of positionsOf(geometry)) {
      const place = this.pointPlaces.find((pl) => near(p[0], pl.lat) && near(p[1], pl.lon));
      if (place !== undefined && !(near(p[0], place.lon) && near(p[1], place.lat))) {
        this.report(
          file,
          id,
          `longitude and latitude look swapped: ${fmt(p)} is ${place.id} written as [latitude, longitude]; GeoJSON wants ${fmt([place.lon ?? 0, place.lat ?? 0])}`,
        );
        return true;
      }
    }
    return false;
  }

  private geometryOf(
    file: string,
    id: string,
    feature: AuthoredFeature,
  ): {
    geometry: Geometry;
    source: string;
    points: NamedPoint[];
    stops?: RouteStop[];
    swapReported?: boolean;
  } | null {
    const { geometry, derive } = feature;
    const note = feature.properties.geometry_source;
    if (geometry !== null && derive !== undefined) {
      this.report(file, id, 'has both a geometry and a derive recipe: keep one');
      return null;
    }
    if (geometry !== null) {
      const problems = checkGeometry(geometry);
      for (const message of problems) this.report(file, id, message);
      if (problems.length > 0) return null;
      this.checkSwappedPlaces(file, id, geometry);
      if (note === undefined) {
        this.report(
          file,
          id,
          'a hand-drawn geometry needs a geometry_source saying where its coordinates come from',
        );
        return null;
      }
      return { geometry: roundGeometry(geometry), source: note, points: [] };
    }
    if (derive === undefined) {
      this.report(file, id, 'empty geometry: the geometry is null and there is no derive recipe');
      return null;
    }
    try {
      const resolved = resolveDerive(derive, {
        places: this.places,
        towns: this.towns,
        snapshot: this.snapshot,
      });
      const problems = checkGeometry(resolved.geometry);
      for (const message of problems) this.report(file, id, `derived geometry: ${message}`);
      if (problems.length > 0) return null;
      const source = note === undefined ? resolved.description : `${resolved.description}. ${note}`;
      return {
        geometry: resolved.geometry,
        source,
        points: resolved.points,
        ...(resolved.stops === undefined ? {} : { stops: resolved.stops }),
      };
    } catch (e) {
      this.report(file, id, e instanceof RecipeError ? e.message : `recipe failed: ${String(e)}`);
      return null;
    }
  }

  private checkLineProperties(file: string, id: string, geometry: Geometry, props: PropertiesShape): void {
    if (isLineGeometry(geometry)) {
      if (props.mode === undefined)
        this.report(file, id, 'a line needs a mode (road, rail, air, sea, pipeline)');
      return;
    }
    for (const key of ['mode', 'status', 'direction'] as const) {
      if (props[key] !== undefined)
        this.report(file, id, `'${key}' is only for lines, not for a ${geometry.type}`);
    }
  }

  /** The stated country of a named point: the town's GeoNames country, or place-countries.json. */
  private statedCountry(id: string): { stated: StatedCountry; where: string } | null {
    const town = this.towns.get(id);
    if (town !== undefined) return { stated: { in: [town.country] }, where: this.townsFile };
    const stated = this.placeCountries[id];
    return stated === undefined ? null : { stated, where: this.placeCountriesFile };
  }

  /**
   * A position must lie in its stated country (within its precision, for points on a border or a coast), or,
   * for an offshore place, at sea off that country: a swapped longitude/latitude that still lands in the
   * region lands in another country.
   */
  private positionProblem(p: Position, stated: StatedCountry, precisionKm: number): string | null {
    const land = this.land;
    if (land === null || !inBasemap(p)) return null; // outside the basemap, the region check speaks
    const here = land.countriesAt(p);
    if (stated.offshore_km === undefined && stated.in.some((c) => here.includes(c))) return null;
    const nearest = Math.min(...stated.in.map((c) => land.distanceToKm(p, c) ?? Infinity));
    const lies = here.length > 0 ? `lies in ${here.join(' and ')}` : 'lies at sea';
    const what = stated.in.join(' or ');
    if (stated.offshore_km !== undefined) {
      if (here.length > 0) return `${lies}, but its stated place is offshore of ${what}`;
      if (nearest > stated.offshore_km) {
        return `lies ${Math.round(nearest)} km off ${what}, more than the stated ${stated.offshore_km} km`;
      }
      return null;
    }
    if (nearest <= Math.max(1, precisionKm)) return null;
    return `${lies}, not in its stated country ${what}`;
  }

  private checkStatedCountries(
    file: string,
    feature: AuthoredFeature,
    geometry: Geometry,
    points: readonly NamedPoint[],
  ): void {
    const id = feature.properties.id;
    const precision = feature.properties.precision_km;
    const hint = 'are longitude and latitude swapped, or is the country wrong?';
    if (feature.geometry !== null && geometry.type === 'Point') {
      if (feature.country === undefined) {
        // A draft from article:import has the gazetteer's position and is listed for review; whoever
        // confirms it (drops `draft`) states its country.
        if (feature.properties.draft !== true) {
          this.report(file, id, 'a hand-drawn point needs a `country` (ISO 3166-1 alpha-3) that contains it');
        }
        return;
      }
      const problem = this.positionProblem(geometry.coordinates, { in: [feature.country] }, precision);
      if (problem !== null)
        this.report(
          file,
          id,
          `geometry: ${fmt(geometry.coordinates)} ${problem} (field \`country\`): ${hint}`,
        );
      return;
    }
    for (const point of points) {
      const found =
        point.country === undefined
          ? this.statedCountry(point.id)
          : { stated: { in: [point.country] }, where: `field ${point.field}.country` };
      if (found === null) {
        this.report(
          file,
          id,
          `${point.field}: place '${point.id}' has no stated country: add it to ${this.placeCountriesFile}`,
        );
        continue;
      }
      const place = this.places.get(point.id);
      const problem = this.positionProblem(point.position, found.stated, place?.precision_km ?? 1);
      if (problem !== null) {
        this.report(
          file,
          id,
          `${point.field}: '${point.id}' at ${fmt(point.position)} ${problem} (${found.where}): ${hint}`,
        );
      }
    }
  }

  /** A road or rail leg that runs more than MAX_WATER_KM over water cuts across the sea. */
  private checkOverWater(
    file: string,
    id: string,
    props: PropertiesShape,
    geometry: Geometry,
    stops: readonly RouteStop[] | undefined,
  ): void {
    const land = this.land;
    if (land === null || (props.mode !== 'road' && props.mode !== 'rail')) return;
    const lines =
      stops !== undefined
        ? [stops]
        : geometry.type === 'LineString'
          ? [geometry.coordinates.map((p, i) => ({ label: `position ${i}`, position: p }))]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates.map((l, j) =>
                l.map((p, i) => ({ label: `line ${j} position ${i}`, position: p })),
              )
            : [];
    for (const line of lines) {
      line.forEach((a, i) => {
        const b = line[i + 1];
        if (b === undefined) return;
        const runs = land.waterRuns(a.position, b.position).filter((r) => r.km > MAX_WATER_KM);
        const longest = runs.reduce<(typeof runs)[number] | null>(
          (max, r) => (max === null || r.km > max.km ? r : max),
          null,
        );
        if (longest === null) return;
        this.report(
          file,
          id,
          `${props.mode} leg ${i} (${a.label} → ${b.label}) runs ${longest.km.toFixed(1)} km over water, from ${fmt(longest.from.map(round3))} to ${fmt(longest.to.map(round3))} (more than ${MAX_WATER_KM} km): add a stop the ${props.mode === 'road' ? 'road' : 'railway'} passes through`,
        );
      });
    }
  }

  checkFeature(file: string, layer: LayerId, raw: unknown, index: number): void {
    const label = rawId(raw) ?? `#${index}`;
    if (!isRecord(raw)) {
      this.report(file, label, 'is not a GeoJSON Feature object');
      return;
    }
    let input: unknown = raw;
    const props = raw['properties'];
    if (isRecord(props)) {
      if (props['layer'] === undefined) input = { ...raw, properties: { ...props, layer } };
      else if (props['layer'] !== layer) {
        this.report(file, label, `layer '${String(props['layer'])}' does not match its file (${layer})`);
      }
    }
    const parsed = checkAgainst(AuthoredFeatureSchema, input);
    if (typeof rawId(raw) === 'string') this.claimId(file, label);
    if (!parsed.success) {
      this.problems.push(...schemaProblems(file, label, parsed.issues));
      return;
    }
    const authored = parsed.data;
    const id = authored.properties.id;
    const resolved = this.geometryOf(file, id, authored);
    this.checkSources(file, id, layer, authored.properties.sources);
    this.checkSources(
      file,
      id,
      layer,
      (authored.properties.changes ?? []).map((change) => change.source),
      (index) => `changes ${index} source`,
    );
    this.checkStatedDate(file, id, authored.properties);
    if (resolved === null) return;
    const properties: PropertiesShape = { ...authored.properties, layer, geometry_source: resolved.source };
    this.checkLineProperties(file, id, resolved.geometry, properties);
    if (resolved.swapReported !== true) this.checkRegion(file, id, resolved.geometry);
    this.checkStatedCountries(file, authored, resolved.geometry, resolved.points);
    this.checkOverWater(file, id, properties, resolved.geometry, resolved.stops);
    const feature = checkAgainst(OverlayFeatureSchema, {
      type: 'Feature',
      geometry: resolved.geometry,
      properties,
    });
    if (!feature.success) {
      this.problems.push(...schemaProblems(file, id, feature.issues));
      return;
    }
    this.features.push(feature.data);
    if (feature.data.properties.draft === true) this.drafts.push(`${file} › ${id}`);
  }

  loadOverlay(layer: LayerId, source: SourceFile | undefined): void {
    if (source === undefined) {
      this.report(overlayFile(layer), undefined, `missing overlay file for layer '${layer}'`);
      return;
    }
    const data = source.data;
    if (!isRecord(data) || data['type'] !== 'FeatureCollection' || !Array.isArray(data['features'])) {
      this.report(source.file, undefined, 'is not a GeoJSON FeatureCollection with a features array');
      return;
    }
    data['features'].forEach((raw: unknown, i: number) => {
      try {
        this.checkFeature(source.file, layer, raw, i);
      } catch (e) {
        this.report(source.file, rawId(raw) ?? `#${i}`, `could not be checked: ${String(e)}`);
      }
    });
  }

  loadNotMapped(source: SourceFile): void {
    const parsed = checkAgainst(NotMappedFileSchema, source.data);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const [i] = issue.path;
        const raw =
          typeof i === 'number' && Array.isArray(source.data) ? (source.data as unknown[])[i] : undefined;
        const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : undefined;
        const problem: Problem = {
          file: source.file,
          message: `schema: ${formatPath(issue.path)}: ${issue.message}`,
        };
        if (id !== undefined) problem.featureId = id;
        this.problems.push(problem);
      }
      return;
    }
    for (const risk of parsed.data) {
      this.claimId(source.file, risk.id);
      this.checkSources(source.file, risk.id, 'not-mapped', risk.sources);
      this.notMapped.push(risk);
    }
  }

  checkCoverage(source: SourceFile): CoverageRow[] {
    const parsed = checkAgainst(AllowListSchema, source.data);
    if (!parsed.success) this.problems.push(...schemaProblems(source.file, undefined, parsed.issues));
    const allowList = parsed.success ? parsed.data : {};
    const known = new Set(this.articles.flatMap((a) => a.passages.map((p) => passageKey(a.id, p.id))));
    for (const key of Object.keys(allowList)) {
      if (!known.has(key))
        this.report(source.file, undefined, `allow-list entry '${key}' names no known passage`);
    }
    const rows = coverageRows(this.articles, this.citations, allowList);
    for (const row of rows) {
      const file = `geo/articles/${row.article}.json`;
      const key = passageKey(row.article, row.passage);
      if (row.citedBy.length > 0 && row.allowed !== undefined) {
        this.report(
          source.file,
          undefined,
          `passage ${key} is cited by ${row.citedBy.join(', ')}: remove its allow-list entry`,
        );
      }
      if (row.citedBy.length === 0 && row.allowed === undefined && row.names.length > 0) {
        this.report(
          file,
          undefined,
          `passage ${key} names ${row.names.join(', ')} but no feature cites it: add a feature, or a reason in ${source.file}`,
        );
      }
    }
    return rows;
  }
}

/**
 * A citation whose quote is no longer in its passage (the text was edited, or the quote was copied with a
 * look-alike character): the old quote, where it parts from the passage, the closest span, and any other
 * passage of the article that now holds the quote exactly.
 */
function staleCitation(article: Article, passage: Article['passages'][number], quote: string): string {
  const head = `quote not found in passage ${article.id}#${passage.id}: «${quote}»`;
  const moved = article.passages.filter((p) => p.id !== passage.id && findQuote(p.text, quote) !== null);
  const elsewhere = moved.length > 0 ? `; it is now in passage ${moved.map((p) => p.id).join(', ')}` : '';
  const mismatch = explainQuoteMismatch(passage.text, quote);
  return mismatch === null ? `${head}${elsewhere}` : `${head}: ${mismatch.message}${elsewhere}`;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function rawArticleId(data: unknown): string | undefined {
  return isRecord(data) && typeof data['id'] === 'string' ? data['id'] : undefined;
}

/** Validates everything and resolves the overlays; the corpus holds whatever passed. */
export function checkCorpus(input: CorpusInput): { problems: Problem[]; corpus: CheckedCorpus } {
  const c = new Checker();
  c.loadPlaces(input.places);
  c.loadTowns(input.towns);
  c.loadPlaceCountries(input.placeCountries);
  c.loadCountries(input.countries);
  c.loadSnapshot(input.snapshot);
  for (const article of input.articles) c.loadArticle(article);
  for (const layer of LAYER_IDS) c.loadOverlay(layer, input.overlays[layer]);
  c.loadNotMapped(input.notMapped);
  const coverage = c.checkCoverage(input.allowList);
  return {
    problems: c.problems,
    corpus: {
      articles: c.articles,
      features: c.features,
      notMapped: c.notMapped,
      coverage,
      drafts: c.drafts,
    },
  };
}

export function validateCorpus(input: CorpusInput): Problem[] {
  return checkCorpus(input).problems;
}

export function formatProblem(p: Problem): string {
  return p.featureId === undefined ? `${p.file}: ${p.message}` : `${p.file} › ${p.featureId}: ${p.message}`;
}
