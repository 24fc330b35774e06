// Test-side access to the compiled data, so tests pick real features and passages instead of hard-coding them.
import { readAtlasFolder } from '../../../geo/lib/atlasFolder';
import type { CompiledAtlas, OverlayFeature } from '../../../src/data/schema';

let cached: CompiledAtlas | undefined;

/** The shipped data (public/data: the index, the articles' texts, the geometries) as one compiled atlas. */
export function atlas(): CompiledAtlas {
  cached ??= readAtlasFolder('public/data');
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
