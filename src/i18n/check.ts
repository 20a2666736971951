/**
 * The dictionary rules, shared by the unit test and scripts/check-dictionaries.ts:
 * a language has every English key and no other, every string is non-empty,
 * and every {placeholder} of the English string is kept (and no new one added).
 */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

export function dictionaryProblems(en: Record<string, string>, other: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(en)) {
    const value = other[key];
    if (value === undefined) out.push(`${key}: missing`);
    else if (typeof value !== 'string' || value.trim() === '') out.push(`${key}: empty`);
    else if (placeholders(value) !== placeholders(en[key]!)) out.push(`${key}: placeholders {${placeholders(value)}} differ from English {${placeholders(en[key]!)}}`);
  }
  for (const key of Object.keys(other)) if (!(key in en)) out.push(`${key}: not an English key; remove it`);
  return out;
}
