/** Recording the endings a learner reaches in decision scenarios (only scenario pages load this). */
import { updateProgress } from './progress.ts';

export function recordEnding(scenarioId: string, endingId: string): void {
  updateProgress((p) => {
    const record = (p.quizzes[scenarioId] ??= { answers: {}, attempts: 0 });
    record.attempts += 1;
    record.endings = { ...record.endings, [endingId]: record.endings?.[endingId] ?? new Date().toISOString() };
    return p;
  });
}
