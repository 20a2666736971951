/**
 * Pages exist once per language under src/pages/[...lang]/: English at the
 * root (lang undefined), the others under /<lang>/. Every page starts with
 * `const lang = usePageLang(Astro)`, which sets the render language that t(),
 * stringsFor() and the URL helpers use.
 */
import { DEFAULT_LANG, LANGS, isLang, setRenderLang, type Lang } from './locales.ts';

/** The `lang` route parameter of a language: undefined for English, which lives at the root. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** getStaticPaths of a page that exists once per language. */
export const eachLang = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));

type Path<P, T> = { params: P; props?: T };

/** getStaticPaths of a page with params of its own: `paths(lang)` lists them for one language. */
export async function forEachLang<P extends Record<string, string>, T extends object = object>(paths: (lang: Lang) => Path<P, T>[] | Promise<Path<P, T>[]>) {
  const out: { params: P & { lang: string | undefined }; props: T & { lang: Lang } }[] = [];
  for (const lang of LANGS) {
    for (const p of await paths(lang)) out.push({ params: { ...p.params, lang: langParam(lang) }, props: { ...(p.props as T), lang } });
  }
  return out;
}

/** Sets the page's render language from its URL and returns it. Call it first in every page. */
export function usePageLang(astro: { params: Record<string, string | undefined> }): Lang {
  const lang = astro.params['lang'];
  const current = isLang(lang) ? lang : DEFAULT_LANG;
  setRenderLang(current);
  return current;
}
