/** Recording assessment results (only assessment pages load this). */
import { updateProgress } from './progress.ts';

/** Records a submitted assessment; the best score is kept. */
export function recordAssessment(quizId: string, answers: Record<string, { selected: number[]; correct: boolean }>, score: number, max: number): void {
  updateProgress((p) => {
    const now = new Date().toISOString();
    const quiz = (p.quizzes[quizId] ??= { answers: {}, attempts: 0 });
    quiz.attempts += 1;
    for (const [id, a] of Object.entries(answers)) quiz.answers[id] = { ...a, at: now };
    if (!quiz.best || score / max > quiz.best.score / quiz.best.max) quiz.best = { score, max, at: now };
    return p;
  });
}
