// Shared by the geo tests: the real corpus as on disk, and corpora with one broken fixture file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAYER_IDS, type LayerId } from '../../../src/data/schema';
import { loadCorpus } from '../../../geo/lib/corpus';
import type { CorpusInput, SourceFile } from '../../../geo/validate';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let cached: CorpusInput | undefined;

/** The corpus in geo/, read once per test file. */
export function realCorpus(): CorpusInput {
  if (cached === undefined) {
    const { input, problems } = loadCorpus(ROOT);
    if (problems.length > 0) throw new Error(`cannot read the corpus: ${JSON.stringify(problems)}`);
    cached = input;
  }
  return cached;
}

const emptyLayers = (): Record<LayerId, SourceFile> =>
  Object.fromEntries(
    LAYER_IDS.map((layer) => [
      layer,
      { file: `geo/overlays/${layer}.geojson`, data: { type: 'FeatureCollection', features: [] } },
    ]),
  ) as Record<LayerId, SourceFile>;

/**
 * The real articles, places and allow-list with a fixture file as the only overlay content: the fixture's
 * features go in the layer their `properties.layer` names.
 */
export function corpusWithFixture(name: string): { input: CorpusInput; file: string } {
  const file = `tests/fixtures/geo/${name}.geojson`;
  const data = JSON.parse(readFileSync(`${ROOT}/${file}`, 'utf8')) as {
    features: { properties: { layer: LayerId } }[];
  };
  const layer = data.features[0]?.properties.layer ?? 'sites';
  const real = realCorpus();
  return { input: { ...real, overlays: { ...emptyLayers(), [layer]: { file, data } } }, file };
}
