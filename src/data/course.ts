/**
 * The course as pages see it: every collection loaded once, sorted, checked
 * across files and indexed. Any page that loads the course fails the build with
 * every content problem listed (file › field: fix) when the content is broken.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { anchorFor, citedParagraphs, findBodyCitations, parseCitation, partLabel } from '../lib/citations.ts';
import { checkIntegrity, formatProblems, lessonFileName } from '../lib/content-integrity.ts';
import type { OutlineLesson, OutlineModule } from '../lib/outline.ts';
import type { QuizQuestion, ScenarioProps } from '../lib/quiz-types.ts';
import { assessmentHref, lessonHref, moduleHref, scenarioHref, sourceAnchorHref } from '../lib/urls.ts';
import { t } from '../i18n/index.ts';

export interface Lesson {
  id: string;
  slug: string;
  module: string;
  href: string;
  data: CollectionEntry<'lessons'>['data'];
  entry: CollectionEntry<'lessons'>;
  /** Paragraphs named in frontmatter or cited in the body. */
  paragraphs: number[];
}

type QuizEntry = CollectionEntry<'quizzes'>;
/** A knowledge check or an assessment: a quiz made of questions. */
export type QuestionQuiz = QuizEntry & { data: Extract<QuizEntry['data'], { questions: unknown }> };
/** A branching decision scenario. */
export type Scenario = QuizEntry & { data: Extract<QuizEntry['data'], { kind: 'scenario' }> };
const isScenario = (q: QuizEntry): q is Scenario => q.data.kind === 'scenario';
const isQuestionQuiz = (q: QuizEntry): q is QuestionQuiz => q.data.kind !== 'scenario';

export interface Module {
  id: string;
  href: string;
  data: CollectionEntry<'modules'>['data'];
  lessons: Lesson[];
  assessment: QuestionQuiz | undefined;
  scenarios: Scenario[];
}

export interface Course {
  modules: Module[];
  lessons: Lesson[];
  /** Knowledge checks and assessments by id. */
  quizzes: Map<string, QuestionQuiz>;
  /** Decision scenarios, in module order. */
  scenarios: Scenario[];
  glossary: CollectionEntry<'glossary'>[];
  source: CollectionEntry<'source'>[];
  /** Which lessons cite each paragraph (for the source reader). */
  lessonsByParagraph: Map<number, Lesson[]>;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string): string => entry.filePath ?? `${fallback}/${entry.id}`;

function lessonParagraphs(entry: CollectionEntry<'lessons'>): number[] {
  const fromBody = findBodyCitations(entry.body ?? '')
    .filter((c) => c.kind === 'para')
    .flatMap((c) => parseCitation(c.written));
  return citedParagraphs([...parseCitation(entry.data.paragraphs), ...fromBody]);
}

async function load(): Promise<Course> {
  const [modules, lessons, quizzes, glossary, source] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('glossary'),
    getCollection('source'),
  ]);

  const problems = checkIntegrity({
    modules: modules.map((m) => ({ id: m.id, file: fileOf(m, 'content/modules'), data: m.data })),
    lessons: lessons.map((l) => ({ id: l.id, file: fileOf(l, 'content/lessons'), data: l.data, body: l.body ?? '' })),
    quizzes: quizzes.map((q) => ({
      id: q.id,
      file: fileOf(q, 'content/quizzes'),
      data: { kind: q.data.kind, module: q.data.module, questions: isQuestionQuiz(q) ? q.data.questions : [] },
    })),
    glossary: glossary.map((g) => ({ id: g.id, file: fileOf(g, 'content/glossary'), data: g.data })),
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));

  // getCollection() order is not stable: sort everything explicitly.
  const allLessons: Lesson[] = lessons
    .map((entry) => {
      const { slug } = lessonFileName(entry.id);
      return { id: entry.id, slug, module: entry.data.module, href: lessonHref(entry.data.module, slug), data: entry.data, entry, paragraphs: lessonParagraphs(entry) };
    })
    .sort((a, b) => a.module.localeCompare(b.module) || a.data.order - b.data.order);

  const questionQuizzes = quizzes.filter(isQuestionQuiz);
  const quizMap = new Map(questionQuizzes.map((q) => [q.id, q]));
  const moduleOrder = new Map(modules.map((m) => [m.id, m.data.order]));
  const scenarios = quizzes
    .filter(isScenario)
    .sort((a, b) => (moduleOrder.get(a.data.module) ?? 0) - (moduleOrder.get(b.data.module) ?? 0) || a.data.title.localeCompare(b.data.title, 'en'));
  const sortedModules: Module[] = modules
    .sort((a, b) => a.data.order - b.data.order)
    .map((m) => ({
      id: m.id,
      href: moduleHref(m.id),
      data: m.data,
      lessons: allLessons.filter((l) => l.module === m.id),
      assessment: questionQuizzes.find((q) => q.data.module === m.id && q.data.kind === 'assessment'),
      scenarios: scenarios.filter((q) => q.data.module === m.id),
    }));
  const ordered = sortedModules.flatMap((m) => m.lessons);

  const lessonsByParagraph = new Map<number, Lesson[]>();
  for (const lesson of ordered) {
    for (const n of lesson.paragraphs) lessonsByParagraph.set(n, [...(lessonsByParagraph.get(n) ?? []), lesson]);
  }

  return {
    modules: sortedModules,
    lessons: ordered,
    quizzes: quizMap,
    scenarios,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    source: source.sort((a, b) => a.data.order - b.data.order),
    lessonsByParagraph,
  };
}

let cached: Promise<Course> | undefined;

/** Loads the course once per build. */
export function getCourse(): Promise<Course> {
  // In dev, content changes between requests, so only the build caches.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

export async function getTermDefinitions(): Promise<Map<string, { term: string; definition: string }>> {
  const { glossary } = await getCourse();
  return new Map(glossary.map((g) => [g.id, { term: g.data.term, definition: g.data.definition }]));
}

// ---- Props for islands (serializable; islands never read content) ----

/** "<module>/<lesson>": the key progress uses for a lesson, stable as its URL. */
export const lessonKey = (lesson: Lesson): string => `${lesson.module}/${lesson.slug}`;

export function quizQuestions(quiz: QuestionQuiz): QuizQuestion[] {
  return quiz.data.questions.map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback })),
    explanation: q.explanation,
    sources: citationSources(q.cite),
  }));
}

/** Links to the report for a citation, labelled for people. */
function citationSources(cite: Parameters<typeof parseCitation>[0]): { label: string; href: string }[] {
  return parseCitation(cite).map((part) => ({
    label: part.kind === 'fn' ? t('source.footnote', { n: part.from }) : part.from === part.to ? t('source.paragraph', { n: part.from }) : `${t('cite.paras')} ${partLabel(part)}`,
    href: sourceAnchorHref(anchorFor(part.kind, part.from)),
  }));
}

export function scenarioProps(scenario: Scenario): ScenarioProps {
  const { title, intro, start, steps, endings } = scenario.data;
  return {
    id: scenario.id,
    title,
    intro,
    start,
    steps: steps.map((step) => ({ id: step.id, situation: step.situation, choices: step.choices.map((c) => ({ text: c.text, next: c.next })) })),
    endings: endings.map((e) => ({ id: e.id, outcome: e.outcome, title: e.title, text: e.text, sources: citationSources(e.cite) })),
  };
}

export function outlineLesson(lesson: Lesson, course: Course): OutlineLesson {
  const checks: Record<string, string[]> = {};
  for (const id of lesson.data.checks) checks[id] = course.quizzes.get(id)?.data.questions.map((q) => q.id) ?? [];
  return { id: lessonKey(lesson), title: lesson.data.title, href: lesson.href, checks };
}

export function outlineModule(module: Module, course: Course): OutlineModule {
  return {
    id: module.id,
    order: module.data.order,
    title: module.data.title,
    href: module.href,
    lessons: module.lessons.map((l) => outlineLesson(l, course)),
    assessment: module.assessment ? { id: module.assessment.id, href: assessmentHref(module.id), questions: module.assessment.data.questions.length } : null,
  };
}

export const courseOutline = (course: Course): OutlineModule[] => course.modules.map((m) => outlineModule(m, course));

export interface PathItem {
  kind: 'lesson' | 'scenario';
  /** Progress key: "<module>/<lesson>" for lessons, the quiz id for scenarios. */
  id: string;
  title: string;
  href: string;
  moduleTitle: string;
  /** Knowledge checks of a lesson (question ids by quiz id). */
  checks: Record<string, string[]>;
}

/** The lessons and scenarios recommended for one audience, in course order. */
export function pathFor(audience: string, course: Course): PathItem[] {
  return course.modules.flatMap((m) => [
    ...m.lessons
      .filter((l) => (l.data.audiences as string[]).includes(audience))
      .map((l): PathItem => ({ kind: 'lesson', ...outlineLesson(l, course), moduleTitle: m.data.title })),
    ...m.scenarios
      .filter((s) => (s.data.audiences as string[]).includes(audience))
      .map((s): PathItem => ({ kind: 'scenario', id: s.id, title: s.data.title, href: scenarioHref(s.id), moduleTitle: m.data.title, checks: {} })),
  ]);
}

/** Static paths of every lesson page (the site's and the embed view's). */
export async function lessonPaths() {
  const course = await getCourse();
  return course.modules.flatMap((module) => module.lessons.map((lesson) => ({ params: { module: module.id, lesson: lesson.slug }, props: { lesson, module } })));
}

/** A lesson's knowledge checks, ready for the KnowledgeCheck island. */
export function lessonChecks(lesson: Lesson, course: Course): { id: string; title: string; questions: QuizQuestion[] }[] {
  return lesson.data.checks.flatMap((id) => {
    const quiz = course.quizzes.get(id);
    return quiz ? [{ id, title: quiz.data.title || t('quiz.checkTitle'), questions: quizQuestions(quiz) }] : [];
  });
}
