/**
 * Cross-file rules of the content contract, checked on plain data so they can be
 * unit-tested without Astro. Each problem names the file, the field and the fix;
 * the build prints them all at once rather than stopping at the first.
 */
import { CitationError, findBodyCitations, findBodyTerms, parseCitation } from './citations.ts';

export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  data: T;
}

export interface IntegrityInput {
  modules: Entry<{ order: number }>[];
  lessons: (Entry<{ module: string; order: number; checks: string[] }> & { body: string })[];
  quizzes: Entry<{ kind: string; module: string; questions: { id: string }[] }>[];
  glossary: Entry<{ related: string[] }>[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

const list = (ids: Iterable<string>): string => [...ids].sort().join(', ') || '(none)';

/** NN-slug.mdx -> { order: NN, slug }. */
export function lessonFileName(id: string): { folder: string; order: number | undefined; slug: string } {
  const [folder = '', name = ''] = id.split('/');
  const m = /^(\d+)-(.+)$/.exec(name);
  return { folder, order: m ? Number(m[1]) : undefined, slug: m ? m[2]! : name };
}

export function checkIntegrity(input: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const moduleIds = new Set(input.modules.map((m) => m.id));
  const quizById = new Map(input.quizzes.map((q) => [q.id, q]));
  const termIds = new Set(input.glossary.map((g) => g.id));

  const moduleOrders = new Map<number, string>();
  for (const m of input.modules) {
    const other = moduleOrders.get(m.data.order);
    if (other) add(m.file, 'order', `Module order ${m.data.order} is also used by "${other}". Give each module its own order.`);
    moduleOrders.set(m.data.order, m.id);
  }

  const lessonOrders = new Map<string, string>();
  const slugs = new Map<string, string>();
  for (const lesson of input.lessons) {
    const { folder, order, slug } = lessonFileName(lesson.id);
    const { module } = lesson.data;
    if (!moduleIds.has(module)) {
      add(lesson.file, 'module', `No module "${module}". Use one of: ${list(moduleIds)}, or add content/modules/${module}.yaml.`);
    }
    if (folder !== module) {
      add(lesson.file, 'module', `The lesson is in folder "${folder}" but says module "${module}". Move the file or fix the field.`);
    }
    if (order === undefined) {
      add(lesson.file, 'file name', 'Name lesson files NN-slug.mdx, e.g. 01-why-it-matters.mdx.');
    } else if (order !== lesson.data.order) {
      add(lesson.file, 'order', `The file name says lesson ${order} but the field says ${lesson.data.order}. Make them match.`);
    }
    const orderKey = `${module}#${lesson.data.order}`;
    if (lessonOrders.has(orderKey)) add(lesson.file, 'order', `Lesson order ${lesson.data.order} is also used by ${lessonOrders.get(orderKey)}.`);
    lessonOrders.set(orderKey, lesson.file);
    const slugKey = `${folder}/${slug}`;
    if (slugs.has(slugKey)) add(lesson.file, 'file name', `Another lesson has the URL slug "${slug}": ${slugs.get(slugKey)}. Rename one.`);
    slugs.set(slugKey, lesson.file);

    for (const id of lesson.data.checks) {
      const quiz = quizById.get(id);
      if (!quiz) add(lesson.file, 'checks', `No quiz "${id}". Add content/quizzes/${id}.yaml or remove it from checks.`);
      else if (quiz.data.kind !== 'check') add(lesson.file, 'checks', `Quiz "${id}" is an ${quiz.data.kind}, not a knowledge check.`);
    }
    for (const cite of findBodyCitations(lesson.body)) {
      try {
        parseCitation(cite.written, cite.kind);
      } catch (error) {
        if (!(error instanceof CitationError)) throw error;
        add(lesson.file, `<Cite ${cite.kind}> on line ${cite.line}`, error.message);
      }
    }
    for (const term of findBodyTerms(lesson.body)) {
      if (!termIds.has(term.id)) {
        add(lesson.file, `<Term id> on line ${term.line}`, `No glossary term "${term.id}". Use an id from content/glossary/ or add content/glossary/${term.id}.yaml.`);
      }
    }
  }

  const questionIds = new Map<string, string>();
  for (const quiz of input.quizzes) {
    if (!moduleIds.has(quiz.data.module)) add(quiz.file, 'module', `No module "${quiz.data.module}". Use one of: ${list(moduleIds)}.`);
    quiz.data.questions.forEach((q, i) => {
      const other = questionIds.get(q.id);
      if (other && other !== quiz.file) {
        add(quiz.file, `questions[${i}].id`, `Question id "${q.id}" is also used in ${other}. Ids are unique in the whole bank.`);
      }
      questionIds.set(q.id, quiz.file);
    });
  }

  for (const term of input.glossary) {
    for (const id of term.data.related) {
      if (!termIds.has(id)) add(term.file, 'related', `No glossary term "${id}". Use an existing id or remove it.`);
    }
  }
  return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
