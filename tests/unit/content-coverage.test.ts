/**
 * The course covers the whole report: every paragraph is cited (with <Cite>)
 * by at least one lesson, and every glossary term is used in some lesson.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedParagraphs, findBodyCitations, findBodyTerms, parseCitation } from '../../src/lib/citations.ts';
import { REPORT } from '../../src/lib/report.ts';
import { translationName } from '../../src/lib/translation-check.ts';

const root = path.resolve(import.meta.dirname, '../..');
const lessonsDir = path.join(root, 'content/lessons');
const lessons = readdirSync(lessonsDir).flatMap((module) =>
  readdirSync(path.join(lessonsDir, module))
    .filter((f) => f.endsWith('.mdx') && !translationName(f))
    .map((f) => ({ file: `content/lessons/${module}/${f}`, body: readFileSync(path.join(lessonsDir, module, f), 'utf8') })),
);

describe('coverage of the report', () => {
  it('cites every paragraph of the report in some lesson', () => {
    const cited = new Set<number>();
    for (const { body } of lessons) {
      for (const c of findBodyCitations(body)) if (c.kind === 'para') for (const n of citedParagraphs(parseCitation(c.written))) cited.add(n);
    }
    const missing = Array.from({ length: REPORT.paragraphs }, (_, i) => i + 1).filter((n) => !cited.has(n));
    expect(missing, `Paragraphs no lesson cites: ${missing.join(', ')}`).toEqual([]);
  });

  it('uses every glossary term in some lesson', () => {
    const used = new Set(lessons.flatMap(({ body }) => findBodyTerms(body).map((t) => t.id)));
    const terms = readdirSync(path.join(root, 'content/glossary')).filter((f) => !translationName(f)).map((f) => f.replace(/\.ya?ml$/, ''));
    const unused = terms.filter((id) => !used.has(id));
    expect(unused, `Glossary terms no lesson links with <Term>: ${unused.join(', ')}`).toEqual([]);
  });
});
