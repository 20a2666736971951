/**
 * Rules for content translations (content/**\/<name>.<lang>.{yaml,mdx}).
 *
 * A translation is a full copy of its English file with the prose translated
 * and everything else identical, so ids, citations, correct answers and
 * scenario links cannot drift between languages. It records the English
 * revision it was made from (`translatedFrom`: the first 12 hex digits of the
 * SHA-256 of the English file), so the build can list stale translations.
 *
 * Pure functions (no Astro, no file system) so that the build, the unit tests
 * and `scripts/check-translations.ts` share them.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

/** The languages content files are translated into (the file-name suffix), whichever a build includes. */
export const TRANSLATION_LANGS = ['fr', 'es', 'ar'] as const;
export type ContentLang = (typeof TRANSLATION_LANGS)[number];
const TRANSLATION_FILE = new RegExp(`^(.*)\\.(${TRANSLATION_LANGS.join('|')})\\.(yaml|yml|mdx)$`);

/** Keys whose values are prose (translated); every other key must equal the English value. */
export const TRANSLATABLE_KEYS: ReadonlySet<string> = new Set([
  'title', 'summary', 'objectives', 'intro', 'prompt', 'text', 'feedback', 'explanation',
  'discussion', 'situation', 'term', 'aka', 'definition', 'contentNote',
]);

/** The revision stamp of an English file: the first 12 hex digits of its SHA-256. */
export const revisionOf = (englishRaw: string): string => createHash('sha256').update(englishRaw).digest('hex').slice(0, 12);

/** `why-gender-assessment.fr.yaml` → { base: 'why-gender-assessment.yaml', lang: 'fr' }; English files → null. */
export function translationName(fileName: string): { english: string; lang: ContentLang } | null {
  const m = TRANSLATION_FILE.exec(fileName);
  return m ? { english: `${m[1]}.${m[3]}`, lang: m[2] as ContentLang } : null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its frontmatter data and body. */
export function splitMdx(raw: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(raw);
  if (!m) return { data: null, body: raw };
  return { data: parseYaml(m[1]!), body: raw.slice(m[0].length) };
}

type Problem = string;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v);

/**
 * Compares a translated data tree with the English one: same keys, same array
 * lengths, identical non-prose values, non-empty prose. Returns problems as
 * "path: message".
 */
export function structureProblems(en: unknown, tr: unknown, path = ''): Problem[] {
  const at = path || '(top)';
  if (isRecord(en)) {
    if (!isRecord(tr)) return [`${at}: expected a mapping like the English file`];
    const out: Problem[] = [];
    for (const key of Object.keys(en)) {
      const sub = path ? `${path}.${key}` : key;
      if (!(key in tr)) out.push(`${sub}: missing (the English file has it)`);
      else if (TRANSLATABLE_KEYS.has(key)) out.push(...proseProblems(en[key], tr[key], sub));
      else out.push(...structureProblems(en[key], tr[key], sub));
    }
    for (const key of Object.keys(tr)) {
      if (key === 'translatedFrom' && !path) continue;
      if (!(key in en)) out.push(`${path ? `${path}.` : ''}${key}: not in the English file; remove it`);
    }
    return out;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(tr)) return [`${at}: expected a list like the English file`];
    if (tr.length !== en.length) return [`${at}: ${tr.length} items, the English file has ${en.length}`];
    return en.flatMap((item, i) => structureProblems(item, tr[i], `${path}[${i}]`));
  }
  return show(en) === show(tr) ? [] : [`${at}: must stay ${show(en)} as in English (found ${show(tr)})`];
}

function proseProblems(en: unknown, tr: unknown, path: string): Problem[] {
  if (Array.isArray(en)) {
    if (!Array.isArray(tr) || tr.length !== en.length) return [`${path}: needs ${en.length} translated items like the English file`];
    return en.flatMap((item, i) => proseProblems(item, tr[i], `${path}[${i}]`));
  }
  if (typeof en === 'string') return typeof tr === 'string' && tr.trim() !== '' ? [] : [`${path}: needs translated text`];
  return structureProblems(en, tr, path);
}

/** Every prose string of a data tree (values of translatable keys), for the figures check. */
export function proseOf(data: unknown, key = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((d) => proseOf(d, key));
  if (isRecord(data)) return Object.entries(data).flatMap(([k, v]) => proseOf(v, k));
  return typeof data === 'string' && TRANSLATABLE_KEYS.has(key) ? [data] : [];
}

// ---------------------------------------------------------------- figures

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const EASTERN_ARABIC = '۰۱۲۳۴۵۶۷۸۹';
const toLatinDigits = (s: string) =>
  s.replace(/[٠-٩۰-۹]/g, (d) => String(ARABIC_INDIC.includes(d) ? ARABIC_INDIC.indexOf(d) : EASTERN_ARABIC.indexOf(d)));

/** Digits, with group separators (space, no-break spaces, '.', ',', Arabic '٬') only before exactly three digits, and one decimal mark. */
const NUMBER = /\d+(?:(?:[\u0020\u00a0\u202f.,\u066c])\d{3}(?!\d))*(?:[.,\u066b]\d+)?/g;

/**
 * The values a written number can mean, whatever the locale: "25 000",
 * "25.000" and "25,000" → 25000; "1,5" and "1.5" → 1.5; "1,500" → 1500 or 1.5.
 */
function readings(token: string): number[] {
  const out = new Set<number>();
  const groups = token.split(/[\u0020\u00a0\u202f.,\u066b\u066c]/);
  out.add(Number(groups.join('')));
  const decimal = /^(.*)[.,\u066b](\d+)$/.exec(token);
  if (decimal) out.add(Number(`${decimal[1]!.replace(/[^\d]/g, '')}.${decimal[2]}`));
  return [...out];
}

/** Text with markup that is not prose removed: MDX imports, component tags and their attributes. */
export const proseFromMdx = (body: string) => body.replace(/^import .*$/gm, '').replace(/<\/?[A-Za-z][^>]*>/g, ' ');

/** The numbers written in a text, each as its possible values. */
export function figuresIn(text: string): { token: string; values: number[] }[] {
  return [...toLatinDigits(text).matchAll(NUMBER)].map((m) => ({ token: m[0], values: readings(m[0]) }));
}

/**
 * Figures of a translation that no English figure matches, and English
 * figures that the translation lost. Locale-aware through `readings`.
 */
export function figureProblems(englishText: string, translatedText: string): Problem[] {
  const en = figuresIn(englishText);
  const tr = figuresIn(translatedText);
  const enValues = new Set(en.flatMap((f) => f.values));
  const trValues = new Set(tr.flatMap((f) => f.values));
  const out: Problem[] = [];
  for (const f of tr) if (!f.values.some((v) => enValues.has(v))) out.push(`figure "${f.token}" is not in the English original`);
  for (const f of en) if (!f.values.some((v) => trValues.has(v))) out.push(`figure "${f.token}" of the English original is missing`);
  return [...new Set(out)];
}

// ---------------------------------------------------------------- MDX bodies

const sorted = (xs: string[]) => [...xs].sort();
const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1] ?? m[0]);

/** Components and structure an MDX translation must keep: citations, terms, key points, headings, imports. */
export function mdxBodyProblems(enBody: string, trBody: string): Problem[] {
  const checks: [string, RegExp][] = [
    ['<Cite> citations', /<Cite\s+para=(\{[^}]*\}|"[^"]*")\s*\/>/g],
    ['<Term id> terms', /<Term\s+id="([^"]+)"/g],
    ['<KeyPoints> blocks', /<KeyPoints>/g],
    ['## headings', /^(#{2,6}) /gm],
    ['import lines', /^(import .*)$/gm],
  ];
  const out: Problem[] = [];
  for (const [what, re] of checks) {
    const a = sorted(all(re, enBody));
    const b = sorted(all(re, trBody));
    if (show(a) !== show(b)) out.push(`body: ${what} differ from English (English ${a.length}, translation ${b.length}${a.length === b.length ? `; e.g. ${show(a.find((x, i) => x !== b[i]))}` : ''})`);
  }
  return out;
}

// ---------------------------------------------------------------- a whole file

export interface TranslationReport {
  problems: Problem[];
  /** The English file changed since the translation was made. */
  stale: boolean;
}

/** Checks one translation file against its English original (both raw text). */
export function checkTranslation(englishRaw: string, translatedRaw: string, kind: 'yaml' | 'mdx'): TranslationReport {
  const problems: Problem[] = [];
  let enData: unknown;
  let trData: unknown;
  let enProse = '';
  let trProse = '';
  try {
    if (kind === 'mdx') {
      const en = splitMdx(englishRaw);
      const tr = splitMdx(translatedRaw);
      enData = en.data;
      trData = tr.data;
      problems.push(...mdxBodyProblems(en.body, tr.body));
      enProse = proseFromMdx(en.body);
      trProse = proseFromMdx(tr.body);
    } else {
      enData = parseYaml(englishRaw);
      trData = parseYaml(translatedRaw);
    }
  } catch (e) {
    return { problems: [`not valid YAML: ${(e as Error).message.split('\n')[0]}`], stale: false };
  }
  if (!isRecord(trData)) return { problems: ['no data (frontmatter or YAML mapping) found'], stale: false };
  const stamp = trData['translatedFrom'];
  if (typeof stamp !== 'string' || !/^[0-9a-f]{12}$/.test(stamp)) problems.push('translatedFrom: must be the first 12 hex digits of the SHA-256 of the English file');
  problems.push(...structureProblems(enData, trData));
  const { translatedFrom: _, ...trRest } = trData;
  problems.push(...figureProblems([...proseOf(enData), enProse].join('\n'), [...proseOf(trRest), trProse].join('\n')));
  return { problems, stale: typeof stamp === 'string' && stamp !== revisionOf(englishRaw) };
}
