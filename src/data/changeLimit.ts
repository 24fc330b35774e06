/**
 * The most dated changes one feature may carry: the map reads them as flat properties (c1_… to c4_…).
 * A module of its own, so the map's style can know it without bundling the schema into the first load.
 */
export const MAX_CHANGES = 4;
