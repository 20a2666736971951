/**
 * Interface strings in every language (src/i18n/<lang>.ts, each a complete
 * `Dictionary`: a missing key fails `astro check`; tests/unit/dictionaries.test.ts
 * checks placeholders). `t()` and `stringsFor()` answer in the language of the
 * page being rendered (src/i18n/locales.ts); `<html lang dir>` is set from it
 * in one place (Base.astro, Embed.astro).
 */
import { ar } from './ar.ts';
import { en, type Dictionary, type UiKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { LOCALES, renderLang, type Lang } from './locales.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { UiKey };
export { LOCALES, renderLang, type Lang } from './locales.ts';

export const DICTIONARIES: Record<Lang, Dictionary> = { en, fr, es, ar, zh, ru };

/** The page's language with its direction: <html lang={locale.lang} dir={locale.dir}>. */
export const localeOf = (lang: Lang = renderLang()) => ({ lang, dir: LOCALES[lang].dir });

/** Formats a number for the page's language (Western digits in Arabic, as the UN writes them). */
export const formatNumber = (n: number, lang: Lang = renderLang()): string => new Intl.NumberFormat(LOCALES[lang].intl).format(n);

/** Looks up a UI string and fills {placeholders}; numbers are formatted for the language. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang: Lang = renderLang()): string {
  const template = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** Keys under a prefix, or one exact key: KeysOf<'quiz'> = 'quiz.check' | 'quiz.correct' | ... */
export type KeysOf<P extends string> = Extract<UiKey, P | `${P}.${string}`>;
export type Strings<P extends string> = Record<KeysOf<P>, string>;

/** The strings under the given prefixes (or exact keys), to pass to an island as a prop. */
export function stringsFor<P extends string>(...prefixes: P[]): Strings<P> {
  const dict = DICTIONARIES[renderLang()];
  const out: Record<string, string> = {};
  for (const key of Object.keys(en) as UiKey[]) if (prefixes.some((p) => key === p || key.startsWith(`${p}.`))) out[key] = dict[key];
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
