/** The home page's language suggestion (src/components/LanguageSuggestion.astro). */
import { isLang } from '../i18n/locales.ts';
import { languageToSuggest, readLanguageChoice, saveLanguageChoice } from './language-choice.ts';

type Offer = { dir: string; text: string; link: string; dismiss: string; href: string };

export function showLanguageSuggestion(box: HTMLElement): void {
  const pageLang = document.documentElement.lang;
  if (!isLang(pageLang)) return;
  const offers = JSON.parse(box.dataset['offers'] ?? '{}') as Record<string, Offer>;
  const lang = languageToSuggest(pageLang, readLanguageChoice(), navigator.languages ?? [navigator.language]);
  const offer = lang && offers[lang];
  if (!lang || !offer) return;
  const [text, dismiss] = [box.querySelector('span')!, box.querySelector('button')!];
  const link = document.createElement('a');
  text.after(' ', link);
  box.lang = lang;
  box.dir = offer.dir;
  box.setAttribute('aria-label', offer.text);
  text.textContent = offer.text;
  link.textContent = offer.link;
  link.href = offer.href;
  link.hreflang = lang;
  dismiss.textContent = offer.dismiss;
  link.addEventListener('click', () => saveLanguageChoice(lang));
  dismiss.addEventListener('click', () => {
    saveLanguageChoice(pageLang);
    box.hidden = true;
  });
  box.hidden = false;
}
