// "Every number in a lesson or quiz that reads as a statistic, year, amount or count must occur in
// the report" (CONTENT-GUIDE.md, Accuracy). Scans the course text, drops what is not a figure
// (citations, component markup, lesson numbering, the allow-list below), and looks up every
// remaining number in the report. One run lists every failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBodyCitations } from '../../src/lib/citations.ts';
import { translationName } from '../../src/lib/translation-check.ts';

/**
 * Numbers in the course text that are not figures from the report. Keep this list short: a number
 * that is a statistic, year, amount or count belongs in the report, and the fix for one that is
 * not there is to rewrite the sentence, not to add it here. Each entry matches one number only
 * where `near` matches the text around it, and says why it is not a figure.
 */
const ALLOW: readonly { number: string; near: RegExp; why: string }[] = [
  // (empty: modules 1 and 2 contain no non-figure numbers beyond citations and lesson numbering,
  // which are stripped below)
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const rel = (path: string): string => relative(root, path).split(sep).join('/');
const sourcePath: string =
  process.env['REPORT_SOURCE'] ??
  fileURLToPath(new URL('../../../shared/source/trafficking-in-women-and-girls-report.txt', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Extraction

/**
 * A number as written: digits, optionally grouped in thousands ("3,500"), optionally joined by
 * "." or "/" to more digits ("1.75", "8.7", "69/149", "2015/23"). A range ("2010-2012", "10 to
 * 15") gives one token per end; "70 per cent" gives "70". A trailing full stop is not part of it.
 */
const NUMBER = /\d+(?:,\d{3})*(?:[./]\d+)*/g;

/** "3,500" and "3500" are the same number. */
const normalize = (token: string): string => token.replace(/,/g, '');

const extractNumbers = (text: string): string[] => [...text.matchAll(NUMBER)].map((m) => m[0]);

/** A reference to the report's own paragraphs or footnotes, e.g. "(para. 9)", "paras 9-11", "(paras 4 and 5)", "footnote 2". */
const CITATION_TEXT =
  /\b(?:paragraphs?|paras?\.?|footnotes?|fn)\s*\d+\b(?:\s*(?:[-–—,]|and|to|or)\s*\d+\b(?![\d.,]*\s*(?:per\s+cent|%)))*/gi;

/** Structural numbering of the course itself, e.g. "Lesson 2". */
const NUMBERING = /\blessons?\s+\d+\b/gi;

/** Removes everything that is not a figure: citations, component tags and their attributes (<Term id="alliance-8-7">), link targets, numbering. Keeps length so offsets still point into the text. */
function stripNonFigures(text: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/<Cite\b[^>]*\/?>/g, blank)
    .replace(/<\/?[A-Z][\w.]*\b[^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(CITATION_TEXT, blank)
    .replace(NUMBERING, blank);
}

// ---------------------------------------------------------------------------------------------
// The report's numbers

interface SourceEntry {
  kind: string;
  title?: string;
  text?: string;
}

function reportNumbers(): Set<string> {
  const entries = parse(readFileSync(join(root, 'content/source/report.yaml'), 'utf8')) as SourceEntry[];
  const fromYaml = entries.flatMap((e) => [e.title ?? '', e.text ?? '']);
  // The raw text numbers its paragraphs ("42. Women and girls ..."): those are not figures of the
  // report, so drop them, or every number from 1 to 70 would pass.
  const raw = readFileSync(sourcePath, 'utf8').replace(/^\s*\d{1,2}\.\s/gm, ' ');
  return new Set([...fromYaml, raw].flatMap(extractNumbers).map(normalize));
}

const REPORT_NUMBERS = reportNumbers();

// ---------------------------------------------------------------------------------------------
// The course text

interface Field {
  file: string;
  where: string;
  text: string;
}

const isAllowed = (token: string, context: string): boolean =>
  ALLOW.some((a) => normalize(a.number) === normalize(token) && a.near.test(context));

/** About 40 characters either side of a match, widened to whole words, on one line, "..." where cut. */
function around(text: string, from: number, to: number): string {
  let a = Math.max(0, from - 40);
  let b = Math.min(text.length, to + 40);
  while (a > 0 && /\S/.test(text[a - 1]!)) a--;
  while (b < text.length && /\S/.test(text[b]!)) b++;
  const snippet = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return `${a > 0 ? '... ' : ''}${snippet}${b < text.length ? ' ...' : ''}`;
}

/** Failures for one piece of text, as `file › where: "42" ("... 42 per cent of ...") does not occur in the report`. */
function unsupportedNumbers(field: Field, known: ReadonlySet<string> = REPORT_NUMBERS): string[] {
  const stripped = stripNonFigures(field.text);
  const failures: string[] = [];
  for (const m of stripped.matchAll(NUMBER)) {
    const token = m[0];
    const start = m.index;
    const context = around(field.text, start, start + token.length);
    if (known.has(normalize(token)) || isAllowed(token, context)) continue;
    const line = field.text.slice(0, start).split('\n').length;
    const where = field.where === 'body' ? `body line ${line}` : field.where;
    failures.push(`${field.file} › ${where}: "${token}" ("${context}") does not occur in the report`);
  }
  return failures;
}

function filesIn(dir: string, ext: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext) && !f.split(/[\\/]/).pop()!.startsWith('_') && !translationName(f.split(/[\\/]/).pop()!))
    .sort()
    .map((f) => join(root, dir, f));
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function fieldsOf(data: Record<string, unknown>, file: string, names: readonly string[], prefix = ''): Field[] {
  return names.flatMap((name) => strings(data[name]).map((text, i, all) => ({ file, where: `${prefix}${name}${all.length > 1 ? `[${i}]` : ''}`, text })));
}

interface Quiz {
  title?: unknown;
  questions?: { id?: string; cite?: unknown; prompt?: unknown; explanation?: unknown; discussion?: unknown; options?: { text?: unknown; feedback?: unknown }[] }[];
}

function splitMdx(raw: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) return { data: {}, body: raw, bodyLine: 1 };
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: raw.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

const lessons = filesIn('content/lessons', '.mdx').map((path) => ({ file: rel(path), ...splitMdx(readFileSync(path, 'utf8')) }));
const yamlFiles = (dir: string) =>
  filesIn(dir, '.yaml').map((path) => ({ file: rel(path), data: parse(readFileSync(path, 'utf8')) as Record<string, unknown> }));
const quizzes = yamlFiles('content/quizzes');
const modules = yamlFiles('content/modules');
const glossary = yamlFiles('content/glossary');

function courseText(): Field[] {
  const fields: Field[] = [];
  for (const l of lessons) {
    fields.push(...fieldsOf(l.data, l.file, ['title', 'summary', 'objectives', 'contentNote']));
    // Pad so that "body line N" is the line in the file.
    fields.push({ file: l.file, where: 'body', text: '\n'.repeat(l.bodyLine - 1) + l.body });
  }
  for (const q of quizzes) {
    const quiz = q.data as Quiz;
    fields.push(...fieldsOf(q.data, q.file, ['title']));
    for (const question of quiz.questions ?? []) {
      const id = question.id ?? '?';
      fields.push(...fieldsOf(question as Record<string, unknown>, q.file, ['prompt', 'explanation', 'discussion'], `${id}.`));
      (question.options ?? []).forEach((o, i) =>
        fields.push(...fieldsOf(o as Record<string, unknown>, q.file, ['text', 'feedback'], `${id}.options[${i}].`)),
      );
    }
    // Decision scenarios: the intro, every situation and choice, every ending.
    const scenario = q.data as { intro?: string; steps?: { id?: string; situation?: string; choices?: { text?: string }[] }[]; endings?: { id?: string; title?: string; text?: string }[] };
    fields.push(...fieldsOf(q.data, q.file, ['intro']));
    for (const step of scenario.steps ?? []) {
      fields.push(...fieldsOf(step as Record<string, unknown>, q.file, ['situation'], `steps.${step.id ?? '?'}.`));
      (step.choices ?? []).forEach((c, i) => fields.push(...fieldsOf(c as Record<string, unknown>, q.file, ['text'], `steps.${step.id ?? '?'}.choices[${i}].`)));
    }
    for (const ending of scenario.endings ?? []) fields.push(...fieldsOf(ending as Record<string, unknown>, q.file, ['title', 'text'], `endings.${ending.id ?? '?'}.`));
  }
  for (const m of modules) fields.push(...fieldsOf(m.data, m.file, ['title', 'summary', 'objectives']));
  for (const g of glossary) fields.push(...fieldsOf(g.data, g.file, ['term', 'aka', 'definition']));
  return fields;
}

// ---------------------------------------------------------------------------------------------

describe('the figure extractor', () => {
  it('finds years, counts and percentages, and can fail', () => {
    expect(extractNumbers('in 2099, 42 per cent')).toEqual(['2099', '42']);
    // A copy in memory with a fake figure: the check must name the file, the number and its context.
    const failures = unsupportedNumbers({ file: 'content/lessons/x.mdx', where: 'summary', text: 'In 2099, 42 per cent of detected victims (para. 9).' });
    expect(failures).toHaveLength(2);
    expect(failures[0]).toBe('content/lessons/x.mdx › summary: "2099" ("In 2099, 42 per cent of detected victims (para. ...") does not occur in the report');
    expect(failures[1]).toMatch(/^content\/lessons\/x\.mdx › summary: "42" \("In 2099, 42 per cent of .*"\) does not occur in the report$/);
  });

  it.each([
    ['US$ 1.75 million', ['1.75']],
    ['around 3,500 persons', ['3,500']],
    ['targets 5.2, 8.7 and 16.2.', ['5.2', '8.7', '16.2']],
    ['between 2010-2012', ['2010', '2012']],
    ['10 to 15 per cent', ['10', '15']],
    ['70 per cent of detected victims', ['70']],
    ['resolution 69/149 and A/HRC/32/41', ['69/149', '32/41']],
  ])('reads %j', (text, expected) => {
    expect(extractNumbers(text)).toEqual(expected);
  });

  it('treats "3,500" and "3500" as the same number', () => {
    expect(unsupportedNumbers({ file: 'x', where: 'w', text: '3500 and 3,500 persons; 1.75 million' })).toEqual([]);
  });

  it('removes citations, component attributes and lesson numbering, but not figures next to them', () => {
    const text =
      'A (para. 9), B (paras. 4 and 5), C paras 9-11, D paragraph 20, E footnote 2, F <Cite para="58, 69" /> <Term id="alliance-8-7">x</Term> Lesson 2 [t](/source/#para-44)';
    expect(extractNumbers(stripNonFigures(text))).toEqual([]);
    expect(extractNumbers(stripNonFigures('(para. 13), 38 per cent'))).toEqual(['38']);
  });

  it('does not count the report\'s paragraph numbering as a figure', () => {
    expect(REPORT_NUMBERS.has('42')).toBe(false);
    expect(REPORT_NUMBERS.has('659')).toBe(true);
  });
});

describe('course content', () => {
  it('finds the course text to scan', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(quizzes.length).toBeGreaterThan(0);
    expect(modules.length).toBeGreaterThan(0);
    expect(glossary.length).toBeGreaterThan(0);
  });

  it('uses only numbers that occur in the report', () => {
    const failures = courseText().flatMap((f) => unsupportedNumbers(f));
    expect(failures, `\n${failures.join('\n')}\n`).toEqual([]);
  });

  it('cites only paragraphs 1-70 and footnotes 1-13', () => {
    const limits = { para: 70, fn: 13 } as const;
    const bad: string[] = [];
    const check = (file: string, where: string, value: unknown, kind: 'para' | 'fn' = 'para') => {
      const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v ?? '').split(','));
      for (const part of parts) {
        const k = /^\s*fn/i.test(part) ? 'fn' : kind;
        for (const n of extractNumbers(part).map(Number)) if (!(n >= 1 && n <= limits[k])) bad.push(`${file} › ${where}: ${k} ${n}`);
      }
    };
    for (const l of lessons) {
      check(l.file, 'paragraphs', l.data['paragraphs']);
      for (const c of findBodyCitations(l.body)) check(l.file, `<Cite> on body line ${c.line + l.bodyLine - 1}`, c.written, c.kind);
    }
    for (const q of quizzes) for (const question of (q.data as Quiz).questions ?? []) check(q.file, `${question.id}.cite`, question.cite);
    for (const m of modules) check(m.file, 'paragraphs', m.data['paragraphs']);
    for (const g of glossary) check(g.file, 'paragraphs', g.data['paragraphs']);
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
