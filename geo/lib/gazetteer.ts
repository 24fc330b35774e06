// Loads geo/gazetteer.json (Node side of the import command, the eval and the tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { GazetteerSchema, type Gazetteer } from '../../src/text/gazetteer';
import { buildPlaceIndex, type PlaceIndex } from '../../src/text/placeIndex';

export const GAZETTEER_FILE = 'geo/gazetteer.json';

export function readGazetteer(root: string): Gazetteer {
  return v.parse(GazetteerSchema, JSON.parse(readFileSync(join(root, GAZETTEER_FILE), 'utf8')));
}

let cached: PlaceIndex | undefined;

/** The place index of the committed gazetteer, built once per process. */
export function gazetteerIndex(root: string): PlaceIndex {
  cached ??= buildPlaceIndex(readGazetteer(root).entries);
  return cached;
}
