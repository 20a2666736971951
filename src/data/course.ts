/**
 * The course as pages see it: every collection loaded once, sorted, checked
 * across files and indexed. Any page that loads the course fails the build with
 * every content problem listed (file › field: fix) when the content is broken.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { anchorFor, citedParagraphs, findBodyCitations, parseCitation, partLabel } from '../lib/citations.ts';
import { checkIntegrity, formatProblems, lessonFileName, type Problem } from '../lib/content-integrity.ts';
import type { OutlineLesson, OutlineModule } from '../lib/outline.ts';
import type { QuizQuestion, ScenarioProps } from '../lib/quiz-types.ts';
import type { QuizFeedback } from '../lib/quiz-feedback.ts';
import { assessmentHref, lessonHref, moduleHref, scenarioHref, sourceAnchorHref } from '../lib/urls.ts';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/index.ts';
import { forEachLang } from '../i18n/page.ts';
import { CONTENT_LANGS, DEFAULT_LANG, LOCALES, contentLangOf, renderLang, withRenderLang, type Lang } from '../i18n/locales.ts';
import { glossarySchema, lessonSchema, moduleSchema, quizSchema } from '../lib/content-schemas.ts';
import { checkTranslation, translationName } from '../lib/translation-check.ts';

type LessonEntry = CollectionEntry<'lessons'> | CollectionEntry<'lessonTranslations'>;

export interface Lesson {
  id: string;
  slug: string;
  module: string;
  href: string;
  data: CollectionEntry<'lessons'>['data'];
  /** The entry to render: the English lesson or its translation. */
  entry: LessonEntry;
  /** The language the lesson is written in. */
  lang: Lang;
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
  /** The page language the course was assembled for. */
  lang: Lang;
  /** The language its content is in where translated: the page language, or English (zh, ru). */
  contentLang: Lang;
  /** "<kind>:<id>" of items shown in English for want of a translation in contentLang. */
  untranslated: Set<string>;
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

type Sources = {
  modules: CollectionEntry<'modules'>[];
  lessons: CollectionEntry<'lessons'>[];
  quizzes: QuizEntry[];
  glossary: CollectionEntry<'glossary'>[];
  source: CollectionEntry<'source'>[];
  translations: Translations;
};

/** Translated data by English id, per content language. */
type Translations = Map<Lang, { modules: Map<string, unknown>; lessons: Map<string, { data: unknown; entry: LessonEntry }>; quizzes: Map<string, unknown>; glossary: Map<string, unknown> }>;

/** The English collections, checked across files, and every translation, checked against its English file. */
async function loadSources(): Promise<Sources> {
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
  return { modules, lessons, quizzes, glossary, source, translations: await loadTranslations({ modules, lessons, quizzes, glossary }) };
}

/**
 * Reads every translation, checks it against its English original (same
 * structure, same figures; src/lib/translation-check.ts) and with the English
 * schema, and lists those made from an older English revision. A broken
 * translation fails the build naming its file.
 */
async function loadTranslations(english: { modules: { id: string }[]; lessons: { id: string }[]; quizzes: { id: string }[]; glossary: { id: string }[] }): Promise<Translations> {
  const [modules, lessons, quizzes, glossary] = await Promise.all([
    getCollection('moduleTranslations'),
    getCollection('lessonTranslations'),
    getCollection('quizTranslations'),
    getCollection('glossaryTranslations'),
  ]);
  const out: Translations = new Map(CONTENT_LANGS.map((l) => [l, { modules: new Map(), lessons: new Map(), quizzes: new Map(), glossary: new Map() }]));
  const problems: Problem[] = [];
  const stale: string[] = [];
  const kinds = [
    ['modules', modules, moduleSchema, english.modules],
    ['lessons', lessons, lessonSchema, english.lessons],
    ['quizzes', quizzes, quizSchema, english.quizzes],
    ['glossary', glossary, glossarySchema, english.glossary],
  ] as const;
  for (const [kind, entries, schema, originals] of kinds) {
    const known = new Set(originals.map((o) => o.id));
    for (const entry of entries) {
      const file = entry.filePath ?? `content/${kind}/${entry.id}`;
      const name = translationName(basename(file));
      const id = name ? entry.id.slice(0, -(name.lang.length + 1)) : entry.id;
      if (!name || !known.has(id)) {
        problems.push({ file, field: '(file name)', message: `No English original ${id} for this translation: name it <English file name>.<fr|es|ar>.<ext>, beside the English file.` });
        continue;
      }
      // A language left out of this build (TC_LANGS, src/i18n/locales.ts).
      if (!out.has(name.lang)) continue;
      const englishFile = join(dirname(file), name.english);
      const report = checkTranslation(readFileSync(englishFile, 'utf8'), readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'yaml');
      for (const p of report.problems) problems.push({ file, field: p.split(':')[0] ?? '', message: p });
      if (report.stale) stale.push(file);
      const { translatedFrom: _, ...rest } = entry.data as Record<string, unknown>;
      const parsed = schema.safeParse(rest);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join('.'), message: issue.message });
        continue;
      }
      const bucket = out.get(name.lang)!;
      if (kind === 'lessons') bucket.lessons.set(id, { data: parsed.data, entry: entry as LessonEntry });
      else bucket[kind].set(id, parsed.data);
    }
  }
  if (problems.length > 0) throw new Error(formatProblems(problems));
  if (stale.length > 0) console.warn(`Translations older than their English source (${stale.length}); update them and their translatedFrom stamp:\n  ${stale.join('\n  ')}`);
  return out;
}

/** The course for one page language: content in that language where translated, English elsewhere. */
function assemble(lang: Lang, src: Sources): Course {
  const contentLang = contentLangOf(lang);
  const tr = src.translations.get(contentLang);
  const untranslated = new Set<string>();
  /** The translated data of an item, or its English data (noted as untranslated). */
  const pick = <T>(kind: string, id: string, english: T, translated: unknown): T => {
    if (contentLang === DEFAULT_LANG) return english;
    if (translated === undefined) {
      untranslated.add(`${kind}:${id}`);
      return english;
    }
    return translated as T;
  };
  const collator = new Intl.Collator(LOCALES[contentLang].intl);

  const allLessons: Lesson[] = src.lessons
    .map((english) => {
      const { slug } = lessonFileName(english.id);
      const t9n = tr?.lessons.get(english.id);
      const data = pick('lesson', english.id, english.data, t9n?.data);
      const entry: LessonEntry = data === english.data ? english : t9n!.entry;
      return { id: english.id, slug, module: data.module, href: lessonHref(data.module, slug), data, entry, lang: untranslated.has(`lesson:${english.id}`) ? DEFAULT_LANG : contentLang, paragraphs: lessonParagraphs(english) };
    })
    .sort((a, b) => a.module.localeCompare(b.module) || a.data.order - b.data.order);

  const quizzes: QuizEntry[] = src.quizzes.map((q) => ({ ...q, data: pick('quiz', q.id, q.data, tr?.quizzes.get(q.id)) }));
  const questionQuizzes = quizzes.filter(isQuestionQuiz);
  const quizMap = new Map(questionQuizzes.map((q) => [q.id, q]));
  const moduleOrder = new Map(src.modules.map((m) => [m.id, m.data.order]));
  const scenarios = quizzes
    .filter(isScenario)
    .sort((a, b) => (moduleOrder.get(a.data.module) ?? 0) - (moduleOrder.get(b.data.module) ?? 0) || collator.compare(a.data.title, b.data.title));
  const sortedModules: Module[] = [...src.modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((m) => ({
      id: m.id,
      href: moduleHref(m.id),
      data: pick('module', m.id, m.data, tr?.modules.get(m.id)),
      lessons: allLessons.filter((l) => l.module === m.id),
      assessment: questionQuizzes.find((q) => q.data.module === m.id && q.data.kind === 'assessment'),
      scenarios: scenarios.filter((q) => q.data.module === m.id),
    }));
  const ordered = sortedModules.flatMap((m) => m.lessons);

  const lessonsByParagraph = new Map<number, Lesson[]>();
  for (const lesson of ordered) {
    for (const n of lesson.paragraphs) lessonsByParagraph.set(n, [...(lessonsByParagraph.get(n) ?? []), lesson]);
  }
  const glossary = src.glossary.map((g) => ({ ...g, data: pick('term', g.id, g.data, tr?.glossary.get(g.id)) }));

  return {
    lang,
    contentLang,
    untranslated,
    modules: sortedModules,
    lessons: ordered,
    quizzes: quizMap,
    scenarios,
    glossary: glossary.sort((a, b) => collator.compare(a.data.term, b.data.term)),
    source: [...src.source].sort((a, b) => a.data.order - b.data.order),
    lessonsByParagraph,
  };
}

let sources: Promise<Sources> | undefined;
const courses = new Map<Lang, Course>();

/** Loads the course once per build and language (in the page's language unless told otherwise). */
export async function getCourse(lang: Lang = renderLang()): Promise<Course> {
  // In dev, content changes between requests, so only the build caches.
  if (!import.meta.env.PROD) {
    const src = await loadSources();
    return withRenderLang(lang, () => assemble(lang, src));
  }
  sources ??= loadSources();
  const src = await sources;
  let course = courses.get(lang);
  if (!course) {
    // Links and labels made while assembling are in this language, whatever page asked.
    course = withRenderLang(lang, () => assemble(lang, src));
    courses.set(lang, course);
  }
  return course;
}

/** Whether an item is shown in English because it has no translation in the page's language ('en' pages: never). */
export const isUntranslated = (course: Course, kind: 'lesson' | 'quiz' | 'term' | 'module', id: string): boolean =>
  course.lang !== DEFAULT_LANG && (course.contentLang === DEFAULT_LANG || course.untranslated.has(`${kind}:${id}`));

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
    options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
    sources: citationSources(q.cite),
  }));
}

/** A quiz's explanations and option feedback: its feedback file (/quiz-feedback/<quiz>.json). */
export function quizFeedback(quiz: QuestionQuiz): QuizFeedback {
  return Object.fromEntries(quiz.data.questions.map((q) => [q.id, { explanation: q.explanation, feedback: q.options.map((o) => o.feedback) }]));
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

/** Static paths of every lesson page, in every language (the site's and the embed view's). */
export function lessonPaths() {
  return forEachLang(async (lang) => (await getCourse(lang)).modules.flatMap((module) => module.lessons.map((lesson) => ({ params: { module: module.id, lesson: lesson.slug }, props: { lesson, module } }))));
}

/** A lesson's knowledge checks, ready for the KnowledgeCheck island. */
export function lessonChecks(lesson: Lesson, course: Course): { id: string; title: string; questions: QuizQuestion[] }[] {
  return lesson.data.checks.flatMap((id) => {
    const quiz = course.quizzes.get(id);
    return quiz ? [{ id, title: quiz.data.title || t('quiz.checkTitle'), questions: quizQuestions(quiz) }] : [];
  });
}
