/**
 * Combining two progress records (an import into what is here) so that nothing
 * either holds is lost: earliest completion, best score, every answer.
 */
import type { AnswerRecord, LessonRecord, Progress, QuizRecord } from './progress.ts';

const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));

function mergeAnswer(a: AnswerRecord | undefined, b: AnswerRecord | undefined): AnswerRecord | undefined {
  if (!a || !b) return a ?? b;
  return a.at >= b.at ? a : b;
}

function mergeQuiz(a: QuizRecord | undefined, b: QuizRecord | undefined): QuizRecord {
  if (!a || !b) return (a ?? b)!;
  const answers: Record<string, AnswerRecord> = {};
  for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) answers[id] = mergeAnswer(a.answers[id], b.answers[id])!;
  const out: QuizRecord = { answers, attempts: Math.max(a.attempts, b.attempts) };
  const endings: Record<string, string> = {};
  for (const id of new Set([...Object.keys(a.endings ?? {}), ...Object.keys(b.endings ?? {})])) endings[id] = earliest(a.endings?.[id], b.endings?.[id])!;
  if (Object.keys(endings).length > 0) out.endings = endings;
  const best = [a.best, b.best].filter((x) => x !== undefined).sort((x, y) => y.score / y.max - x.score / x.max || x.at.localeCompare(y.at))[0];
  if (best) out.best = best;
  return out;
}

/**
 * Combines two records so nothing is lost: every lesson with its earliest
 * completion, every quiz with the best score and the latest answer to each
 * question; lastLesson from whichever record was updated later.
 */
export function merge(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonRecord> = {};
  for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const x = a.lessons[id];
    const y = b.lessons[id];
    const rec: LessonRecord = {};
    const visited = earliest(x?.visitedAt, y?.visitedAt);
    const completed = earliest(x?.completedAt, y?.completedAt);
    if (visited) rec.visitedAt = visited;
    if (completed) rec.completedAt = completed;
    lessons[id] = rec;
  }
  const quizzes: Record<string, QuizRecord> = {};
  for (const id of new Set([...Object.keys(a.quizzes), ...Object.keys(b.quizzes)])) quizzes[id] = mergeQuiz(a.quizzes[id], b.quizzes[id]);
  const newer = a.updatedAt >= b.updatedAt ? a : b;
  return { version: 1, lessons, quizzes, lastLesson: newer.lastLesson ?? a.lastLesson ?? b.lastLesson, updatedAt: latest(a.updatedAt, b.updatedAt)! };
}
