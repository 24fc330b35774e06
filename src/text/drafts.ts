// Draft point features for the `sites` layer from unambiguous place mentions (article:import --accept, and
// later the browser editor). A draft cites every mention of its place; geo:check lists drafts until someone
// writes their summary and drops the flag.
import type { FeatureKind, SourceRef } from '../data/schema';
import { isAmbiguous, type Candidate, type Proposals } from './proposals';
import { isSameSpan } from './rejections';

/** Gazetteer kinds that are sites on the map; towns, countries, regions and seas are not. */
const SITE_KIND: Readonly<Record<string, FeatureKind>> = {
  border_crossing: 'border_crossing',
  airport: 'airport',
  port: 'port',
  military_base: 'military_base',
  oil_field: 'oil_field',
  gas_field: 'gas_field',
  oil_terminal: 'terminal',
  oil_gas_terminal: 'terminal',
  rail_terminal: 'terminal',
  terminal: 'terminal',
};

export interface DraftFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  derive?: { point: string };
  properties: {
    id: string;
    layer: 'sites';
    kind: FeatureKind;
    name: { en: string; ru: string };
    summary: { en: string; ru: string };
    basis: 'inferred';
    basis_note: { en: string; ru: string };
    precision_km: number;
    geometry_source?: string;
    sources: SourceRef[];
    draft: true;
  };
}

export interface DraftOutcome {
  drafts: DraftFeature[];
  /** Places named in the text that got no draft, and why. */
  skipped: Array<{ quote: string; reason: string }>;
}

export const draftId = (placeId: string): string =>
  `draft-${placeId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function draftOf(
  place: Candidate,
  sources: SourceRef[],
  kind: FeatureKind,
  placesJsonIds: ReadonlySet<string>,
): DraftFeature {
  const inPlacesJson = placesJsonIds.has(place.id);
  return {
    type: 'Feature',
    geometry: inPlacesJson ? null : { type: 'Point', coordinates: [place.lon, place.lat] },
    ...(inPlacesJson ? { derive: { point: place.id } } : {}),
    properties: {
      id: draftId(place.id),
      layer: 'sites',
      kind,
      name: { en: place.name.en, ru: place.name.ru ?? place.name.en },
      summary: {
        en: `Draft: the article names ${place.name.en}; say what it reports about this place.`,
        ru: `Черновик: статья называет ${place.name.ru ?? place.name.en}; опишите, что она сообщает об этом месте.`,
      },
      basis: 'inferred',
      basis_note: {
        en: `Proposed by article:import from the place name in the text; position from the gazetteer (${place.source}).`,
        ru: `Предложено article:import по названию места в тексте; положение из справочника мест (${place.source}).`,
      },
      precision_km: place.precision_km,
      ...(inPlacesJson ? {} : { geometry_source: `gazetteer ${place.id}: ${place.source}` }),
      sources,
      draft: true,
    },
  };
}

/**
 * One draft per place that the text names unambiguously and that is a site kind, citing each of its mentions
 * once; places that already have a feature with the draft's id are left alone.
 */
export function draftsFromProposals(
  proposals: Proposals,
  existingIds: ReadonlySet<string>,
  placesJsonIds: ReadonlySet<string>,
): DraftOutcome {
  const byPlace = new Map<string, { place: Candidate; kind: FeatureKind; sources: SourceRef[] }>();
  const skipped: DraftOutcome['skipped'] = [];
  for (const m of proposals.mentions) {
    const place = m.candidates[0];
    if (place === undefined) continue;
    if (proposals.rejected?.some((r) => isSameSpan(r, m))) {
      skipped.push({ quote: m.quote, reason: 'rejected in review' });
      continue;
    }
    if (isAmbiguous(m.candidates)) {
      skipped.push({ quote: m.quote, reason: `ambiguous (${m.candidates.map((c) => c.id).join(', ')})` });
      continue;
    }
    const kind = SITE_KIND[place.kind];
    if (kind === undefined) {
      skipped.push({ quote: m.quote, reason: `a ${place.kind}, not a site` });
      continue;
    }
    if (existingIds.has(draftId(place.id))) {
      skipped.push({ quote: m.quote, reason: `${draftId(place.id)} already exists` });
      continue;
    }
    const entry = byPlace.get(place.id) ?? { place, kind, sources: [] };
    const source: SourceRef = { article: proposals.article, passage: m.passage, quote: m.quote };
    if (!entry.sources.some((s) => s.passage === source.passage && s.quote === source.quote))
      entry.sources.push(source);
    byPlace.set(place.id, entry);
  }
  const drafts = [...byPlace.values()].map((e) => draftOf(e.place, e.sources, e.kind, placesJsonIds));
  return { drafts, skipped };
}
