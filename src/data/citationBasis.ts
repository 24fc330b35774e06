// Basis belongs to each citation: an article may state a route that another only implies. A feature's own
// basis is derived from its citations (stated if any states it); a citation that names none takes the
// basis the feature was written with.
import type { Basis, FeatureProperties, LocalizedText, SourceRef } from './schema';

export type CitedBasis = { basis: Basis; basis_note: LocalizedText };

export function citationBasis(source: SourceRef, feature: CitedBasis): CitedBasis {
  return { basis: source.basis ?? feature.basis, basis_note: source.basis_note ?? feature.basis_note };
}

/**
 * Every citation with its basis written out (its note only where it has its own: the feature's note
 * stands for the rest), and the feature's basis derived from them.
 */
export function withCitationBasis<P extends Pick<FeatureProperties, 'sources'> & CitedBasis>(
  properties: P,
): P {
  const sources = properties.sources.map((source) => ({
    ...source,
    basis: source.basis ?? properties.basis,
  }));
  const stated = sources.find((source) => source.basis === 'stated');
  return {
    ...properties,
    sources,
    basis: stated ? 'stated' : 'inferred',
    basis_note: stated?.basis_note ?? properties.basis_note,
  };
}
