/**
 * The languages of the course. English is at the root; every other language
 * under /<code>/. French, Spanish and Arabic have the whole course translated;
 * Chinese and Russian have the interface, with lessons, quizzes and glossary
 * in English under a notice (content: false).
 *
 * No dictionary is imported here, so islands may use this module freely.
 */
export const LOCALES = {
  en: { name: 'English', dir: 'ltr', content: true, intl: 'en' },
  fr: { name: 'Français', dir: 'ltr', content: true, intl: 'fr' },
  es: { name: 'Español', dir: 'ltr', content: true, intl: 'es' },
  // Western digits, as United Nations documents in Arabic write them (and as the translations do).
  ar: { name: 'العربية', dir: 'rtl', content: true, intl: 'ar-u-nu-latn' },
  zh: { name: '中文', dir: 'ltr', content: false, intl: 'zh-Hans' },
  ru: { name: 'Русский', dir: 'ltr', content: false, intl: 'ru' },
} as const;

export type Lang = keyof typeof LOCALES;
export const DEFAULT_LANG: Lang = 'en';
/**
 * The languages built: all of them, unless TC_LANGS (e.g. "en" or "en,fr")
 * names some, as the scale benchmark does to measure the cost per language.
 */
const only = typeof process === 'object' ? process.env?.['TC_LANGS'] : undefined;
export const LANGS = (Object.keys(LOCALES) as Lang[]).filter((l) => !only || l === 'en' || only.split(',').includes(l));
/** Languages whose lessons, quizzes, scenarios and glossary are translated (besides English). */
export const CONTENT_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG && LOCALES[l].content);

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(LOCALES, value);

/** The language a page's lessons are written in: its own, or English where the course is not translated. */
export const contentLangOf = (lang: Lang): Lang => (LOCALES[lang].content ? lang : DEFAULT_LANG);

/** The URL prefix of a language: '' for English, 'fr/' for French. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/**
 * The language of the page being rendered. On the server a page sets it before
 * anything renders (pages are built one at a time: build.concurrency is 1 in
 * astro.config.mjs); in the browser it is the document's own language.
 */
let serverLang: Lang = DEFAULT_LANG;

export function setRenderLang(lang: Lang): void {
  serverLang = lang;
}

export function renderLang(): Lang {
  if (typeof document !== 'undefined') {
    // In islands: kept free of the LOCALES table, so it stays out of their bundles. Pages only ever carry a course language.
    const lang = document.documentElement.lang;
    return (/^[a-z]{2}$/.test(lang) ? lang : DEFAULT_LANG) as Lang;
  }
  return serverLang;
}

/** Runs `build` with the render language set to `lang` (synchronous code only), then restores it. */
export function withRenderLang<T>(lang: Lang, build: () => T): T {
  const before = serverLang;
  serverLang = lang;
  try {
    return build();
  } finally {
    serverLang = before;
  }
}

/** The language of a URL path ('/fr/modules/' → 'fr', '/modules/' → 'en'), base path already removed. */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\//, '').split('/')[0];
  return first && first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** The same page in another language: '/fr/modules/x/' → '/ar/modules/x/' (paths without the base). */
export function switchLangPath(path: string, to: Lang): string {
  const from = langOfPath(path);
  const rest = path.replace(/^\//, '').slice(langPrefix(from).length);
  return `/${langPrefix(to)}${rest}`;
}

/** lang and dir for an element whose text is in `contentLang`, when that differs from the page's language. */
export const langAttrs = (contentLang: Lang): { lang?: Lang; dir?: 'ltr' | 'rtl' } =>
  contentLang === renderLang() ? {} : { lang: contentLang, dir: LOCALES[contentLang].dir };
