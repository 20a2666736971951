/** The serializable shape of a question that pages pass to quiz islands. */
import type { QuestionType } from './grading.ts';

/** Explanations and option feedback are not here: they come from the quiz's feedback file (src/lib/quiz-feedback.ts). */
export interface QuizOption {
  text: string;
  correct: boolean;
}
export interface QuizQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: QuizOption[];
  /** Links to the report paragraphs the question rests on. */
  sources: { label: string; href: string }[];
}

/**
 * Events other parts of the page (the embed bridge, SCORM) listen for; quiz
 * islands dispatch them on `document` and know nothing about their listeners.
 */
export type QuizEvent =
  | { type: 'quiz-answered'; quiz: string; question: string; correct: boolean }
  | { type: 'quiz-completed'; quiz: string; score: number; max: number }
  | { type: 'scenario-ended'; quiz: string; ending: string };

/** A decision scenario as its island receives it. */
export interface ScenarioProps {
  id: string;
  title: string;
  intro: string;
  start: string;
  steps: { id: string; situation: string; choices: { text: string; next: string }[] }[];
  endings: { id: string; outcome: 'good' | 'mixed' | 'poor'; title: string; text: string; sources: { label: string; href: string }[] }[];
}

export const QUIZ_EVENT = 'tc:quiz';

export function emitQuizEvent(detail: QuizEvent): void {
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent<QuizEvent>(QUIZ_EVENT, { detail }));
}
