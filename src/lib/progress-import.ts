/**
 * What the /progress/ page needs beyond the core record: the import size cap
 * and the summary of what an import added. Kept apart so quiz pages, which
 * load the core, do not carry it.
 */
import type { Progress } from './progress.ts';

/** An import file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export interface ImportSummary {
  lessonsCompleted: number;
  answersAdded: number;
  scoresImproved: number;
}

/** What an import adds to what is there, for the learner's summary. */
export function summarizeImport(before: Progress, after: Progress): ImportSummary {
  let lessonsCompleted = 0;
  let answersAdded = 0;
  let scoresImproved = 0;
  for (const [id, rec] of Object.entries(after.lessons)) if (rec.completedAt && !before.lessons[id]?.completedAt) lessonsCompleted++;
  for (const [id, quiz] of Object.entries(after.quizzes)) {
    const old = before.quizzes[id];
    for (const q of Object.keys(quiz.answers)) if (!old?.answers[q]) answersAdded++;
    if (quiz.best && (!old?.best || quiz.best.score / quiz.best.max > old.best.score / old.best.max)) scoresImproved++;
  }
  return { lessonsCompleted, answersAdded, scoresImproved };
}
