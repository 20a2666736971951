/**
 * Grading for the question types of the bank. Options are identified by their
 * index in the question as authored; the learner's selection is a list of
 * indexes. Pure functions: the islands and SCORM runtime share them.
 */
export type QuestionType = 'single' | 'multiple' | 'true-false';

export interface GradableQuestion {
  id: string;
  type: QuestionType;
  options: { correct: boolean }[];
}

export const PASS_MARK = 0.8;

export const correctIndexes = (q: GradableQuestion): number[] => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** Normalizes a selection: in range, unique, sorted. */
export function cleanSelection(q: GradableQuestion, selected: readonly number[]): number[] {
  const valid = selected.filter((i) => Number.isInteger(i) && i >= 0 && i < q.options.length);
  return [...new Set(valid)].sort((a, b) => a - b);
}

/** A selection is right when it is exactly the set of correct options. */
export function isCorrect(q: GradableQuestion, selected: readonly number[]): boolean {
  const mine = cleanSelection(q, selected);
  if (q.type !== 'multiple' && mine.length !== 1) return false;
  const right = correctIndexes(q);
  return mine.length === right.length && mine.every((i, k) => i === right[k]);
}
