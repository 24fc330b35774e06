// The land, as the basemap's country polygons (public/basemap/countries.geojson, Natural Earth): which
// country a position lies in, how far it is from a country, and where a straight leg runs over water.
// The Caspian is not part of any country there, so "outside every country" is sea.
import { bbox as turfBbox, booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import * as v from 'valibot';
import { MultiPolygonSchema, PolygonSchema, type Position } from '../../src/data/schema';

export const COUNTRIES_FILE = 'public/basemap/countries.geojson';

/** The basemap is clipped to this box: positions outside it cannot be placed in a country. */
export const BASEMAP_BOX = { west: 34, south: 22, east: 62, north: 50 } as const;

/** A road or rail leg may cross this much water (bridges, river mouths, coastline simplification). */
export const MAX_WATER_KM = 2;
/** Legs are walked in steps of this length; a water run is measured to within one step. */
export const WATER_STEP_KM = 0.5;

const alpha3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));

export const CountriesFileSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(
    v.array(
      v.object({
        properties: v.object({ adm0_a3: alpha3 }),
        geometry: v.variant('type', [PolygonSchema, MultiPolygonSchema]),
      }),
    ),
    v.minLength(1, 'has no countries'),
  ),
});
type CountriesFile = v.InferOutput<typeof CountriesFileSchema>;
type CountryGeometry = CountriesFile['features'][number]['geometry'];

interface Country {
  code: string;
  geometry: CountryGeometry;
  box: [number, number, number, number];
}

/** A stretch of a leg that lies outside every country. */
export interface WaterRun {
  km: number;
  from: Position;
  to: Position;
}

export const inBasemap = (p: Position): boolean =>
  p[0] >= BASEMAP_BOX.west &&
  p[0] <= BASEMAP_BOX.east &&
  p[1] >= BASEMAP_BOX.south &&
  p[1] <= BASEMAP_BOX.north;

export class Land {
  private readonly countries: Country[];
  /** Walking a leg stays in one country for long stretches: try the last one found first. */
  private lastFound: Country | undefined;
  private readonly runsByLeg = new Map<string, WaterRun[]>();

  constructor(file: CountriesFile) {
    this.countries = file.features.map((f) => ({
      code: f.properties.adm0_a3,
      geometry: f.geometry,
      box: turfBbox(f.geometry) as [number, number, number, number],
    }));
  }

  /** The countries whose polygon contains the position (two where polygons overlap on a border). */
  countriesAt(p: Position): string[] {
    return this.countries.filter((c) => this.contains(c, p)).map((c) => c.code);
  }

  private contains(c: Country, p: Position): boolean {
    const [west, south, east, north] = c.box;
    return (
      p[0] >= west && p[0] <= east && p[1] >= south && p[1] <= north && booleanPointInPolygon(p, c.geometry)
    );
  }

  /** Whether any country contains the position. */
  isLand(p: Position): boolean {
    if (this.lastFound !== undefined && this.contains(this.lastFound, p)) return true;
    this.lastFound = this.countries.find((c) => this.contains(c, p));
    return this.lastFound !== undefined;
  }

  /** Kilometres from the position to the country's land (0 inside); null for a country the basemap lacks. */
  distanceToKm(p: Position, code: string): number | null {
    const parts = this.countries.filter((c) => c.code === code);
    if (parts.length === 0) return null;
    return Math.min(
      ...parts.map((c) => Math.max(0, pointToPolygonDistance(p, c.geometry, { units: 'kilometers' }))),
    );
  }

  /** The stretches of the straight leg a→b (in longitude/latitude, as the map draws it) outside every country. */
  waterRuns(a: Position, b: Position, stepKm = WATER_STEP_KM): WaterRun[] {
    const key = `${a.join(',')}|${b.join(',')}|${stepKm}`;
    const known = this.runsByLeg.get(key);
    if (known !== undefined) return known;
    const runs = this.walk(a, b, stepKm);
    this.runsByLeg.set(key, runs);
    return runs;
  }

  private walk(a: Position, b: Position, stepKm: number): WaterRun[] {
    const d = distance(a, b, { units: 'kilometers' });
    const n = Math.max(1, Math.ceil(d / stepKm));
    const step = d / n;
    const runs: WaterRun[] = [];
    let current: WaterRun | null = null;
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      const at: Position = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      if (this.isLand(at)) {
        current = null;
        continue;
      }
      if (current === null) {
        current = { km: 0, from: at, to: at };
        runs.push(current);
      }
      current.km += step;
      current.to = at;
    }
    return runs;
  }
}
