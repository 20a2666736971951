/**
 * The state of one lesson from a Progress record: what a lesson page needs,
 * apart from the course-wide summaries in outline.ts.
 */
import type { OutlineLesson } from './outline.ts';
import type { Progress } from './progress.ts';

export type LessonState = 'not-started' | 'in-progress' | 'complete';

export function lessonState(lesson: OutlineLesson, p: Progress): LessonState {
  const quizzes = Object.entries(lesson.checks);
  const rec = p.lessons[lesson.id];
  // A recorded completion counts even without answers (imported or early-preview data).
  const complete = Boolean(rec?.completedAt) || (quizzes.length > 0 && quizzes.every(([quiz, questions]) => questions.every((q) => p.quizzes[quiz]?.answers[q] !== undefined)));
  if (complete) return 'complete';
  const started = rec?.visitedAt || quizzes.some(([quiz]) => Object.keys(p.quizzes[quiz]?.answers ?? {}).length > 0);
  return started ? 'in-progress' : 'not-started';
}
