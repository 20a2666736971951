/**
 * The learner's language choice, kept on this device only (never sent): set
 * when they pick a language in the header menu (THEME_SCRIPT in
 * src/inline-scripts.mjs writes the same key) or answer the home page's
 * suggestion. Storage may be blocked: then nothing is remembered and nothing
 * breaks.
 */
import { isLang, type Lang } from '../i18n/locales.ts';

export const LANGUAGE_KEY = 'tc-language';

export function readLanguageChoice(): Lang | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguageChoice(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    /* storage blocked: the choice lasts for this visit only */
  }
}

/**
 * Which language to suggest on a home page, if any: the one chosen before, or
 * else the first of the browser's languages that the course has, unless the
 * learner is already reading it or has answered before.
 */
export function languageToSuggest(pageLang: Lang, chosen: Lang | null, browserLangs: readonly string[]): Lang | null {
  if (chosen) return chosen === pageLang ? null : chosen;
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base === pageLang ? null : base;
  }
  return null;
}
