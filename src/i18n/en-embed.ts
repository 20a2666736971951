/** English strings for embed (keys prefixed "embed."). Spread into the English dictionary in en.ts. */
export const enEmbed = {} as const;
