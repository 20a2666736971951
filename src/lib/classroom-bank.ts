/**
 * The session builder's view of the question bank: filters (module, audience,
 * type), a forgiving text search, and reordering of the chosen questions.
 */
import type { QuestionType } from './grading.ts';

/** One question as the builder lists it (no answers, no feedback: the builder page stays light). */
export interface BankEntry {
  id: string;
  module: string;
  /** The quiz (knowledge check or assessment) the question comes from. */
  quiz: string;
  type: QuestionType;
  prompt: string;
}

export interface BankQuiz {
  id: string;
  module: string;
  title: string;
  kind: 'check' | 'assessment';
  audiences: readonly string[];
}

export interface BankFilter {
  /** '' for every module. */
  module: string;
  /** '' for every audience. */
  audience: string;
  /** '' for every type. */
  type: string;
  query: string;
}

export const noFilter: BankFilter = { module: '', audience: '', type: '', query: '' };

/** Lower case, accents removed, punctuation as spaces: "Victim-centred" finds "victim centred". */
export const normalizeForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Questions that pass every filter; a query matches when every word appears in the prompt or the id. */
export function filterBank(bank: readonly BankEntry[], quizzes: readonly BankQuiz[], filter: BankFilter): BankEntry[] {
  const words = normalizeForSearch(filter.query).split(' ').filter(Boolean);
  const quizById = new Map(quizzes.map((q) => [q.id, q]));
  return bank.filter((entry) => {
    if (filter.module && entry.module !== filter.module) return false;
    if (filter.type && entry.type !== filter.type) return false;
    if (filter.audience && !quizById.get(entry.quiz)?.audiences.includes(filter.audience)) return false;
    if (words.length === 0) return true;
    const haystack = ` ${normalizeForSearch(entry.prompt)} ${normalizeForSearch(entry.id)} `;
    return words.every((w) => haystack.includes(w));
  });
}

/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.min(list.length - 1, Math.max(0, to));
  if (from < 0 || from >= list.length || from === target) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}
