import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryProblems } from '../../src/i18n/check.ts';
import { en } from '../../src/i18n/en.ts';
import { DICTIONARIES, t } from '../../src/i18n/index.ts';
import { LANGS, contentLangOf, langOfPath, switchLangPath, withRenderLang } from '../../src/i18n/locales.ts';
import { languageToSuggest } from '../../src/lib/language-choice.ts';
import { checkTranslation, figureProblems, translationName } from '../../src/lib/translation-check.ts';

const root = join(import.meta.dirname, '../..');
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const translations = walk(join(root, 'content')).filter((f) => translationName(basename(f)));

describe('interface dictionaries', () => {
  it.each(LANGS)('%s has every English key, no other, none empty, every {placeholder} kept', (lang) => {
    expect(dictionaryProblems(en, DICTIONARIES[lang])).toEqual([]);
  });

  it('reports a missing key, an extra key and a lost placeholder', () => {
    const { 'nav.home': _, ...rest } = en;
    expect(dictionaryProblems(en, { ...rest, 'nav.homme': 'Accueil', 'module.label': 'Module' })).toEqual(['nav.home: missing', 'module.label: placeholders {} differ from English {n}', 'nav.homme: not an English key; remove it']);
  });

  it.each(LANGS)('%s names a citation link with the text it shows (WCAG 2.5.3 label in name)', (lang) => {
    // The link shows "14–15"; its label must contain that, whatever the language.
    expect(t('cite.rangeLabel', { from: '14', to: '15' }, lang)).toContain('14–15');
    expect(t('cite.paraLabel', { n: '14' }, lang)).toContain('14');
  });

  it('formats numbers for the language, with Western digits in Arabic as the UN writes them', () => {
    expect(t('module.label', { n: 3 }, 'fr')).toBe('Module 3');
    expect(t('classroom.votes.total', { n: 1250 }, 'en')).toBe('1,250 votes in all.');
    expect(t('classroom.votes.total', { n: 1250 }, 'ar')).toMatch(/1[,٬]250/);
    expect(t('classroom.votes.total', { n: 1250 }, 'fr')).toMatch(/1\s250/);
  });

  it('answers in the render language unless told otherwise', () => {
    expect(withRenderLang('es', () => t('nav.modules'))).toBe(DICTIONARIES.es['nav.modules']);
    expect(t('nav.modules')).toBe(en['nav.modules']);
  });
});

describe('language URLs', () => {
  it('keeps English at the root and the others under /<lang>/', () => {
    expect(langOfPath('/modules/x/')).toBe('en');
    expect(langOfPath('/fr/modules/x/')).toBe('fr');
    expect(langOfPath('/fragile/')).toBe('en');
    expect(switchLangPath('/modules/x/', 'ar')).toBe('/ar/modules/x/');
    expect(switchLangPath('/ar/modules/x/', 'en')).toBe('/modules/x/');
    expect(switchLangPath('/fr/', 'es')).toBe('/es/');
    expect(switchLangPath('/', 'zh')).toBe('/zh/');
  });

  it('shows English lessons under the Chinese and Russian interface', () => {
    expect(LANGS.map(contentLangOf)).toEqual(['en', 'fr', 'es', 'ar', 'en', 'en']);
  });
});

describe('the home page language suggestion', () => {
  it('offers a remembered choice, else the first browser language the course has, never the page language', () => {
    expect(languageToSuggest('en', null, ['fr-CA', 'en'])).toBe('fr');
    expect(languageToSuggest('en', null, ['de-DE', 'ar-EG'])).toBe('ar');
    expect(languageToSuggest('en', null, ['en-GB', 'fr'])).toBeNull();
    expect(languageToSuggest('fr', null, ['fr-FR'])).toBeNull();
    expect(languageToSuggest('en', 'es', ['fr'])).toBe('es');
    expect(languageToSuggest('en', 'en', ['fr'])).toBeNull();
    expect(languageToSuggest('en', null, [])).toBeNull();
  });
});

describe('content translations', () => {
  it('exist for every lesson, quiz, module and glossary term in French, Spanish and Arabic', () => {
    const english = walk(join(root, 'content')).filter((f) => /\/(lessons|quizzes|modules|glossary)\//.test(f) && /\.(mdx|yaml)$/.test(f) && !translationName(basename(f)) && !basename(f).startsWith('_'));
    const missing = english.flatMap((f) => ['fr', 'es', 'ar'].map((l) => f.replace(/\.(mdx|yaml)$/, `.${l}.$1`)).filter((t9n) => !translations.includes(t9n)));
    expect(missing.map((f) => f.slice(root.length + 1))).toEqual([]);
  });

  it.each(translations.map((f) => [f.slice(root.length + 1), f]))('%s keeps the English structure and every figure', (_, file) => {
    const name = translationName(basename(file))!;
    const english = readFileSync(join(dirname(file), name.english), 'utf8');
    expect(checkTranslation(english, readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'yaml').problems).toEqual([]);
  });

  it('reads figures the way each language writes them', () => {
    expect(figureProblems('70 per cent of 25,000 victims; 1.5 million', '70 pour cent de 25 000 victimes ; 1,5 million')).toEqual([]);
    expect(figureProblems('70 per cent of 25,000 victims', '70 por ciento de 25.000 víctimas')).toEqual([]);
    expect(figureProblems('70 per cent', '٧٠ في المائة')).toEqual([]);
    expect(figureProblems('70 per cent', '70 في المائة')).toEqual([]);
    expect(figureProblems('70 per cent in 2016', '71 pour cent en 2016')).toEqual(['figure "71" is not in the English original', 'figure "70" of the English original is missing']);
  });
});
