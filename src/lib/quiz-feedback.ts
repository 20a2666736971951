/**
 * A quiz's explanations and per-option feedback, in a file of their own
 * (/quiz-feedback/<quiz>.json, per language) that quiz islands fetch when they
 * mount. They are shown only after an answer is checked, so the page need not
 * carry them: a quiz page then fits one round trip in every language. When the
 * file cannot be fetched, the verdict and the report paragraphs still show.
 */

export interface QuestionFeedback {
  /** Why the right answer is right. */
  explanation: string;
  /** Feedback for each option, in the question's order. */
  feedback: string[];
}
export type QuizFeedback = Record<string, QuestionFeedback>;

const pending: Record<string, Promise<QuizFeedback>> = {};

/**
 * The feedback file at `url`, fetched once per page for all the quiz's
 * questions; a failure is forgotten so the next island (or visit) tries again.
 * Kept this small on purpose: it is in every quiz page's JavaScript. Only the
 * outer shape is checked; the islands read each entry with optional chaining,
 * so a damaged entry shows no text rather than breaking the quiz.
 */
export const loadFeedback = (url: string): Promise<QuizFeedback> =>
  (pending[url] ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((v: QuizFeedback) => (v && typeof v == 'object' ? v : Promise.reject()))
    .catch((e: unknown) => {
      delete pending[url];
      throw e;
    }));
