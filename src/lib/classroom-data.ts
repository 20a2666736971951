/**
 * The classroom's question bank, fetched once per page from one shared,
 * cacheable file (/classroom/bank.json) instead of riding in every page's
 * HTML: a session page then fits one round trip, the browser (and the offline
 * copy) keeps the bank, and the bank's bytes are paid once for all pages.
 */
import type { QuestionType } from './grading.ts';
import type { Passage, PresenterQuestion } from './classroom-props.ts';
import { fetchJsonOnce } from './fetch-once.ts';

/** A question as the bank file holds it: what the presenter shows, plus where it comes from (for the builder). */
export interface BankQuestion extends PresenterQuestion {
  module: string;
  quiz: string;
}

export interface ClassroomBank {
  questions: BankQuestion[];
  /** Paragraph and footnote texts by key ("para-20"), shared by the questions that cite them. */
  passages: Record<string, Passage>;
}

const TYPES: readonly QuestionType[] = ['single', 'multiple', 'true-false'];
const isBankQuestion = (q: unknown): q is BankQuestion => {
  const x = q as Partial<BankQuestion> | null;
  return Boolean(x && typeof x.id === 'string' && typeof x.prompt === 'string' && TYPES.includes(x.type!) && Array.isArray(x.options) && Array.isArray(x.passages) && Array.isArray(x.sources));
};

/** Checks the shape of a fetched bank, so a stale or damaged file gives a message, not a broken page. */
export function parseBank(value: unknown): ClassroomBank | null {
  const v = value as Partial<ClassroomBank> | null;
  if (!v || !Array.isArray(v.questions) || !v.questions.every(isBankQuestion) || typeof v.passages !== 'object' || v.passages === null) return null;
  return { questions: v.questions, passages: v.passages };
}

/** The bank at `url`, fetched once per page (src/lib/fetch-once.ts). */
export const loadBank = (url: string, fetcher: typeof fetch = fetch): Promise<ClassroomBank> => fetchJsonOnce(url, parseBank, fetcher);
