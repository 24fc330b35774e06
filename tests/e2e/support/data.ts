// Test-side access to the compiled data, so tests pick real features and passages instead of hard-coding them.
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { AtlasSchema, type Atlas, type OverlayFeature } from '../../../src/data/schema';

let cached: Atlas | undefined;

export function atlas(): Atlas {
  cached ??= v.parse(AtlasSchema, JSON.parse(readFileSync('public/data/atlas.json', 'utf8')));
  return cached;
}

export function feature(
  predicate: (feature: OverlayFeature) => boolean,
  description: string,
): OverlayFeature {
  const found = atlas().features.find(predicate);
  if (!found) throw new Error(`no feature in the atlas: ${description}`);
  return found;
}

export function featureById(id: string): OverlayFeature {
  return feature((candidate) => candidate.properties.id === id, id);
}
