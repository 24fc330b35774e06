// A feature's long texts: read only in its details, exports and the editor, so they stay out of the index and
// load with the feature's chunk (data/details/<chunk>.json). Kept apart from the schema so the first load,
// which names the files, does not carry the validator.
export const DETAIL_KEYS = ['summary', 'rationale', 'basis_note', 'direction', 'geometry_source'] as const;
export type DetailKey = (typeof DETAIL_KEYS)[number];
