/**
 * What can be embedded, for the embed routes and the generator on /embed/:
 * every lesson, and every quiz (knowledge checks, assessments, scenarios)
 * with the page of the full course it belongs to.
 */
import { t } from '../i18n/index.ts';
import { assessmentHref, embedLessonHref, embedQuizHref, scenarioHref } from '../lib/urls.ts';
import type { Course, Lesson, Module, QuestionQuiz, Scenario } from './course.ts';

export type EmbedQuiz =
  | { kind: 'check'; id: string; title: string; quiz: QuestionQuiz; module: Module; lesson: Lesson; fullHref: string }
  | { kind: 'assessment'; id: string; title: string; quiz: QuestionQuiz; module: Module; fullHref: string }
  | { kind: 'scenario'; id: string; title: string; scenario: Scenario; module: Module | undefined; fullHref: string };

/** Every embeddable quiz, in course order. A knowledge check that no lesson shows is not embeddable. */
export function embedQuizzes(course: Course): EmbedQuiz[] {
  const out: EmbedQuiz[] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      for (const id of lesson.data.checks) {
        const quiz = course.quizzes.get(id);
        if (quiz && !out.some((q) => q.id === id)) out.push({ kind: 'check', id, title: quiz.data.title || t('quiz.checkTitle'), quiz, module, lesson, fullHref: lesson.href });
      }
    }
    if (module.assessment) {
      out.push({ kind: 'assessment', id: module.assessment.id, title: `${t('assessment.title')}: ${module.data.title}`, quiz: module.assessment, module, fullHref: assessmentHref(module.id) });
    }
  }
  for (const scenario of course.scenarios) {
    out.push({ kind: 'scenario', id: scenario.id, title: scenario.data.title, scenario, module: course.modules.find((m) => m.id === scenario.data.module), fullHref: scenarioHref(scenario.id) });
  }
  return out;
}

export interface EmbedOption {
  /** The embed view's URL path (no origin). */
  href: string;
  /** What the select list shows. */
  label: string;
  /** The frame's title in generated code. */
  title: string;
}
export interface EmbedGroup {
  label: string;
  options: EmbedOption[];
}

/** The generator's select list: one group per module (lessons, checks, assessment), then the scenarios. */
export function embedGroups(course: Course): EmbedGroup[] {
  const quizzes = embedQuizzes(course);
  const option = (href: string, label: string, title: string): EmbedOption => ({ href, label, title: t('embed.frameTitle', { title }) });
  const groups: EmbedGroup[] = course.modules.map((module) => ({
    label: t('embed.moduleGroup', { n: module.data.order, title: module.data.title }),
    options: [
      ...module.lessons.flatMap((lesson) => [
        option(embedLessonHref(module.id, lesson.slug), t('embed.kind.lesson', { title: lesson.data.title }), lesson.data.title),
        ...quizzes
          .filter((q) => q.kind === 'check' && q.lesson === lesson)
          .map((q) => option(embedQuizHref(q.id), t('embed.kind.check', { title: q.title }), q.title)),
      ]),
      ...quizzes
        .filter((q) => q.kind === 'assessment' && q.module === module)
        .map((q) => option(embedQuizHref(q.id), t('embed.kind.assessment', { title: module.data.title }), q.title)),
    ],
  }));
  const scenarios = quizzes.filter((q) => q.kind === 'scenario');
  if (scenarios.length > 0) {
    groups.push({ label: t('embed.scenarioGroup'), options: scenarios.map((q) => option(embedQuizHref(q.id), t('embed.kind.scenario', { title: q.title }), q.title)) });
  }
  return groups;
}
