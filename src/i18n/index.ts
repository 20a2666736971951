/**
 * Locale helpers. `<html lang dir>` is set from `locale` in one place (Base.astro).
 */
import { en, type Dictionary, type UiKey } from './en.ts';

export type { UiKey };

export const locale = { lang: 'en', dir: 'ltr' } as const;

const dictionaries: Record<string, Dictionary> = { en };

/** Looks up a UI string and fills {placeholders}. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang = locale.lang): string {
  const dict = dictionaries[lang] ?? en;
  const template = dict[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** Keys under a prefix, or one exact key: KeysOf<'quiz'> = 'quiz.check' | 'quiz.correct' | ... */
export type KeysOf<P extends string> = Extract<UiKey, P | `${P}.${string}`>;
export type Strings<P extends string> = Record<KeysOf<P>, string>;

/** The strings under the given prefixes (or exact keys), to pass to an island as a prop. */
export function stringsFor<P extends string>(...prefixes: P[]): Strings<P> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(en) as UiKey[]) if (prefixes.some((p) => key === p || key.startsWith(`${p}.`))) out[key] = t(key);
  return out as Strings<P>;
}

/** What the storage notice needs (ProgressIsland.renderNotice). */
export const NOTICE_KEYS = ['progress.recovered', 'progress.storageMemory', 'progress.download'] as const;
export type NoticeStrings = Strings<(typeof NOTICE_KEYS)[number]>;

/** The strings under `prefix` except those under the `excluded` prefixes: an island is sent only what it can show. */
export function stringsExcept<P extends string, X extends string>(prefix: P, excluded: readonly X[]): Omit<Strings<P>, KeysOf<X>> {
  const all: Record<string, string> = stringsFor(prefix);
  for (const key of Object.keys(all)) if (excluded.some((x) => key === x || key.startsWith(`${x}.`))) delete all[key];
  return all as Omit<Strings<P>, KeysOf<X>>;
}
