/** Grading a whole assessment (kept apart from grading.ts so lesson pages do not load it). */
import { cleanSelection, isCorrect, PASS_MARK, type GradableQuestion } from './grading.ts';

export interface AssessmentResult {
  score: number;
  max: number;
  /** 0-100, rounded down so 79.9 % never passes. */
  percent: number;
  passed: boolean;
  correct: Record<string, boolean>;
  unanswered: string[];
}

export function gradeAssessment(questions: readonly GradableQuestion[], answers: Readonly<Record<string, readonly number[]>>): AssessmentResult {
  const correct: Record<string, boolean> = {};
  const unanswered: string[] = [];
  let score = 0;
  for (const q of questions) {
    const selected = answers[q.id] ?? [];
    if (cleanSelection(q, selected).length === 0) unanswered.push(q.id);
    const ok = isCorrect(q, selected);
    correct[q.id] = ok;
    if (ok) score++;
  }
  const max = questions.length;
  const percent = max === 0 ? 0 : Math.floor((score * 100) / max);
  return { score, max, percent, passed: max > 0 && score / max >= PASS_MARK, correct, unanswered };
}
