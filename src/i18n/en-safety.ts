/** English strings for safety (keys prefixed "safety."). Spread into the English dictionary in en.ts. */
export const enSafety = {} as const;
