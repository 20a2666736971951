/**
 * Theme settings of an embedded view from its query string: `theme`
 * (light | dark | auto), `accent` (a hex colour) and `lang`.
 *
 * Everything is validated; nothing from the query string reaches the page
 * unless it is one of the known values or a hex colour rewritten as
 * `#rrggbb`. An accent is used in a colour scheme only when it keeps WCAG's
 * 4.5:1 contrast against that scheme's background AND against the text drawn
 * on it (button labels); otherwise the course's own accent is kept in that
 * scheme. With `theme=auto` the two schemes are judged separately, so a dark
 * accent can apply in the light scheme while the dark scheme keeps its own.
 *
 * This module is the reference, used by the generator on /embed/ and the
 * tests. The embed views cannot import it: theme and language must apply
 * before the first paint, so Embed.astro sets them in a tiny inline script,
 * src/lib/embed-head.inline.js; and embeds are quiz pages with a JavaScript
 * budget, so the contrast check is in src/lib/embed-accent.js, which that
 * script imports only when the query string has an accent. Both are
 * hand-written copies; tests/unit/embed-theme.test.ts runs them against
 * `embedSettings` on the same query strings.
 */

export type Scheme = 'light' | 'dark';
export type ThemeChoice = Scheme | 'auto';

export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** The colours of src/styles/global.css an accent is judged against (tests/unit/embed-theme.test.ts checks they match). */
export type SchemeColours = Record<Scheme, { background: string; accentText: string; accent: string }>;
export const SCHEME_COLOURS: SchemeColours = {
  light: { background: '#ffffff', accentText: '#ffffff', accent: '#7a1f5c' },
  dark: { background: '#121417', accentText: '#121417', accent: '#f0a6d3' },
};

/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** Languages an embed can be asked for, with their direction (Embed.astro passes the course's). */
export type EmbedLangs = Record<string, 'ltr' | 'rtl'>;

/** `#abc`, `abc`, `#aabbcc` or `aabbcc` (any case) as `#aabbcc`; anything else null. */
export function parseHex(input: string | null | undefined): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input ?? '');
  if (!match) return null;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? digits.replace(/./g, '$&$&') : digits}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The lower of an accent's contrast against a scheme's background and against the text drawn on it. */
export function accentContrast(accent: string, scheme: Scheme, colours: SchemeColours = SCHEME_COLOURS): number {
  const { background, accentText } = colours[scheme];
  return Math.min(contrastRatio(accent, background), contrastRatio(accent, accentText));
}

export const schemesOf = (theme: ThemeChoice): Scheme[] => (theme === 'auto' ? ['light', 'dark'] : [theme]);

export interface AccentVerdict {
  scheme: Scheme;
  ratio: number;
  used: boolean;
}

/** For each scheme the theme shows, whether the accent is used there. Null when the input is not a hex colour. */
export function judgeAccent(input: string, theme: ThemeChoice): AccentVerdict[] | null {
  const hex = parseHex(input);
  if (!hex) return null;
  return schemesOf(theme).map((scheme) => {
    const ratio = accentContrast(hex, scheme);
    return { scheme, ratio, used: ratio >= MIN_CONTRAST };
  });
}

export interface EmbedSettings {
  /** data-theme on <html>, or null to follow the system. */
  theme: Scheme | null;
  /** The value of --tc-accent on <html>, or null to keep the course's. */
  accent: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

/** What an embed's query string changes on <html>. */
export function embedSettings(search: string, langs: EmbedLangs = {}, colours: SchemeColours = SCHEME_COLOURS): EmbedSettings {
  const query = new URLSearchParams(search);
  const asked = query.get('theme');
  const theme: ThemeChoice = asked === 'light' || asked === 'dark' ? asked : 'auto';
  const hex = parseHex(query.get('accent'));
  let accent: string | null = null;
  if (hex) {
    const pick = (scheme: Scheme) => (schemesOf(theme).includes(scheme) && accentContrast(hex, scheme, colours) >= MIN_CONTRAST ? hex : colours[scheme].accent);
    const light = pick('light');
    const dark = pick('dark');
    if (light === hex || dark === hex) accent = `light-dark(${light}, ${dark})`;
  }
  const lang = query.get('lang');
  const known = lang !== null && Object.hasOwn(langs, lang);
  return { theme: theme === 'auto' ? null : theme, accent, lang: known ? lang : null, dir: known ? langs[lang]! : null };
}

/** The query string of an embed URL for these choices ('' for the defaults). */
export function embedQuery(theme: ThemeChoice, accentInput: string): string {
  const query = new URLSearchParams();
  if (theme !== 'auto') query.set('theme', theme);
  const hex = parseHex(accentInput);
  if (hex && judgeAccent(hex, theme)?.some((v) => v.used)) query.set('accent', hex.slice(1));
  const text = query.toString();
  return text ? `?${text}` : '';
}

export interface HeadScriptConfig {
  langs: EmbedLangs;
  /** URL of embed-accent.js. */
  accent: string;
}

/**
 * The inline head script's call, ready for <script is:inline set:html>: the
 * source without its leading comment and line breaks, called with its
 * config. `<` is escaped so nothing can end the script element.
 */
export function headScript(source: string, config: HeadScriptConfig): string {
  const code = source.replace(/^\/\*[\s\S]*?\*\/\s*/, '').replace(/\n\s*/g, '').trim();
  return `${code}(${JSON.stringify(config).replace(/</g, '\\u003c')});`;
}
