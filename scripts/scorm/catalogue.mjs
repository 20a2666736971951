/**
 * Builds the SCORM catalogue (src/lib/scorm-catalogue.ts) from content/: the
 * same ids and order the site uses (src/data/course.ts): modules by `order`,
 * lessons by `order` within their module, keyed "<module>/<slug>" where the
 * slug is the lesson file name without its "NN-" prefix; quizzes and
 * scenarios sorted by id. The content itself was validated by the site build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { translationName } from '../../src/lib/translation-check.ts';

/** @typedef {import('../../src/lib/scorm-catalogue.ts').ScormCatalogue} ScormCatalogue */

const yamlFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !translationName(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(path.join(dir, f), 'utf8')) }));

/** @param {string} text */
function frontmatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? parse(m[1] ?? '') : {};
}

/**
 * @param {string} [contentDir]
 * @returns {ScormCatalogue & { titles: Record<string, string>, scenariosByModule: Record<string, string[]> }}
 *   titles and scenariosByModule are for packaging only; runtimeCatalogue() leaves them out.
 */
export function buildCatalogue(contentDir = 'content') {
  const modules = yamlFiles(path.join(contentDir, 'modules')).sort((a, b) => a.data.order - b.data.order);
  const quizzes = yamlFiles(path.join(contentDir, 'quizzes'));
  const lessonsDir = path.join(contentDir, 'lessons');
  const lessons = readdirSync(lessonsDir).flatMap((folder) =>
    readdirSync(path.join(lessonsDir, folder))
      .filter((f) => /^[^_].*\.mdx$/.test(f) && !translationName(f))
      .map((f) => {
        const data = frontmatter(readFileSync(path.join(lessonsDir, folder, f), 'utf8'));
        const name = f.replace(/\.mdx$/, '');
        const slug = /^\d+-(.+)$/.exec(name)?.[1] ?? name;
        return { module: String(data.module), slug, order: Number(data.order), checks: /** @type {string[]} */ (data.checks ?? []) };
      }),
  );
  return {
    modules: modules.map((m) => ({
      id: m.id,
      lessons: lessons
        .filter((l) => l.module === m.id)
        .sort((a, b) => a.order - b.order)
        .map((l) => ({ id: `${l.module}/${l.slug}`, checks: l.checks })),
      assessment: quizzes.find((q) => q.data.kind === 'assessment' && q.data.module === m.id)?.id ?? null,
    })),
    quizzes: quizzes
      .filter((q) => q.data.kind !== 'scenario')
      .map((q) => ({ id: q.id, questions: q.data.questions.map((x) => ({ id: String(x.id), options: x.options.length })) })),
    scenarios: quizzes.filter((q) => q.data.kind === 'scenario').map((q) => ({ id: q.id, endings: q.data.endings.map((e) => String(e.id)) })),
    titles: Object.fromEntries(modules.map((m) => [m.id, `${m.data.order}. ${m.data.title}`])),
    scenariosByModule: Object.fromEntries(
      modules.map((m) => [m.id, quizzes.filter((q) => q.data.kind === 'scenario' && q.data.module === m.id).map((q) => q.id)]),
    ),
  };
}

/** The catalogue without the titles (what the launch script carries). @param {ReturnType<typeof buildCatalogue>} c @returns {ScormCatalogue} */
export const runtimeCatalogue = ({ modules, quizzes, scenarios }) => ({ modules, quizzes, scenarios });
