/**
 * The course outline that progress widgets receive as props (pages build it
 * from content; islands never read content), and the pure functions that turn
 * a Progress record into what a learner sees: lesson states, module and course
 * completion, the lesson to continue with.
 */
import type { Progress } from './progress.ts';
import { assessmentState, type AssessmentState } from './assessment-state.ts';
import { lessonState, type LessonState } from './lesson-state.ts';

export { assessmentState, lessonState, type AssessmentState, type LessonState };

export interface OutlineLesson {
  /** "<module>/<lesson>": the progress key. */
  id: string;
  title: string;
  href: string;
  /** Question ids of the lesson's knowledge checks, by quiz id. */
  checks: Record<string, string[]>;
}
export interface OutlineModule {
  id: string;
  order: number;
  title: string;
  href: string;
  lessons: OutlineLesson[];
  assessment: { id: string; href: string; questions: number } | null;
}

export interface ModuleSummary {
  done: number;
  /** Lessons plus the assessment, if any. */
  total: number;
  lessons: LessonState[];
  assessment: AssessmentState | null;
  complete: boolean;
}

export function moduleSummary(m: OutlineModule, p: Progress): ModuleSummary {
  const lessons = m.lessons.map((l) => lessonState(l, p));
  const assessment = m.assessment ? assessmentState(m.assessment.id, p) : null;
  const done = lessons.filter((s) => s === 'complete').length + (assessment?.passed ? 1 : 0);
  const total = m.lessons.length + (m.assessment ? 1 : 0);
  return { done, total, lessons, assessment, complete: done === total };
}

export function courseSummary(modules: readonly OutlineModule[], p: Progress): { done: number; total: number; started: boolean } {
  let done = 0;
  let total = 0;
  for (const m of modules) {
    const s = moduleSummary(m, p);
    done += s.done;
    total += s.total;
  }
  const started = Object.keys(p.lessons).length > 0 || Object.keys(p.quizzes).length > 0;
  return { done, total, started };
}

/** The last lesson the learner opened, if it still exists in the course. */
export function continueLesson(modules: readonly OutlineModule[], p: Progress): OutlineLesson | null {
  if (!p.lastLesson) return null;
  for (const m of modules) for (const l of m.lessons) if (l.id === p.lastLesson) return l;
  return null;
}
