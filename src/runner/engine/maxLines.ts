/**
 * Lines a run shows before the rest is only counted, in every host and for
 * both languages (a flood must not freeze the page). A module of its own, so
 * the Python worker takes it without the TypeScript engine.
 */
export const MAX_LINES = 2000;
