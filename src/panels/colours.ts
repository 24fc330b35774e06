// Which colour of the map's theme stands for a layer or a feature in the panels (legend swatches, chips).
import type { IndexedProperties, LayerId } from '../data/schema';
import { OVERLAY_COLOURS as C } from '../map/theme';

export function severityColour(severity: number): string {
  const index = Math.min(Math.max(Math.round(severity), 1), C.severity.length) - 1;
  return C.severity[index] ?? C.severity[0];
}

export const LAYER_COLOURS: Record<LayerId, string> = {
  evacuation: C.evacuation,
  aid: C.aid,
  risk: severityColour(4),
  infrastructure: C.infrastructure,
  sites: C.sites,
};

export function featureColour(properties: IndexedProperties): string {
  switch (properties.layer) {
    case 'risk':
      return severityColour(properties.severity);
    case 'infrastructure':
      if (properties.kind === 'oil_pipeline') return C.oilPipeline;
      if (properties.kind === 'gas_pipeline') return C.gasPipeline;
      return C.infrastructure;
    // As the map draws a route not built, or reported closed: grey.
    case 'aid':
    case 'evacuation':
      return properties.status === 'not_built' || properties.status === 'closed'
        ? C.aidNotBuilt
        : LAYER_COLOURS[properties.layer];
    default:
      return LAYER_COLOURS[properties.layer];
  }
}
