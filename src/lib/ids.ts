/** Element ids unique within a build (and so within a page), deterministic across builds. */
let counter = 0;
export const uniqueId = (prefix: string): string => `${prefix}-${++counter}`;
