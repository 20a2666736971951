/** The state of a module assessment from a Progress record: best score, passed, attempts. */
import { PASS_MARK } from './grading.ts';
import type { Progress } from './progress.ts';

export interface AssessmentState {
  best: { score: number; max: number; percent: number } | null;
  passed: boolean;
  attempts: number;
}

export function assessmentState(quizId: string, p: Progress, passMark = PASS_MARK): AssessmentState {
  const rec = p.quizzes[quizId];
  if (!rec?.best) return { best: null, passed: false, attempts: rec?.attempts ?? 0 };
  const { score, max } = rec.best;
  return { best: { score, max, percent: Math.floor((score * 100) / max) }, passed: score / max >= passMark, attempts: rec.attempts };
}

