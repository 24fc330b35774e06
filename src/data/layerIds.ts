// The overlay layer ids, without the schema library: the first paint needs the ids, not the validator.
export const LAYER_IDS = ['evacuation', 'aid', 'risk', 'infrastructure', 'sites'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
