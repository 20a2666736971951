/**
 * What the room answered: per question, how many people chose each option (the
 * trainer counts hands or cards and enters the numbers), team scores, and the
 * summary shown at the end. Pure functions over plain arrays; the presenter
 * keeps the arrays in its state and replaces them on every change.
 *
 * "Share correct" is the share of the votes cast for correct options. For a
 * single-answer or true/false question that is the share of the room that was
 * right; for a "choose all that apply" question, where one person may vote for
 * several options, it is the share of all votes that went to correct options.
 */
import type { QuestionType } from './grading.ts';

export interface TallyQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: { text: string; correct: boolean }[];
}

/** tallies[question][option] = votes. */
export type Tallies = number[][];

export const MAX_VOTES = 9999;
export const MAX_SCORE = 9999;

/** "A", "B", ... for option index 0, 1, ... */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

export const emptyTallies = (questions: readonly TallyQuestion[]): Tallies => questions.map((q) => q.options.map(() => 0));

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

/** Adds (or with a negative delta removes) votes for one option; never below 0. Out-of-range indexes change nothing. */
export function addVotes(tallies: Tallies, question: number, option: number, delta = 1): Tallies {
  const row = tallies[question];
  if (!row || option < 0 || option >= row.length || !Number.isFinite(delta)) return tallies;
  const next = clamp(Math.round(row[option]! + delta), 0, MAX_VOTES);
  if (next === row[option]) return tallies;
  return tallies.map((r, i) => (i === question ? r.map((v, j) => (j === option ? next : v)) : r));
}

/** A whole number percentage, or 0 when there is nothing to divide by. */
export const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export interface Distribution {
  votes: number[];
  total: number;
  /** Per option, whole percent of all votes. */
  shares: number[];
  correctVotes: number;
  /** Whole percent of votes cast for correct options; null when nobody voted. */
  shareCorrect: number | null;
}

export function distribution(question: TallyQuestion, counts: readonly number[] = []): Distribution {
  const votes = question.options.map((_, i) => Math.max(0, counts[i] ?? 0));
  const total = votes.reduce((a, b) => a + b, 0);
  const correctVotes = votes.reduce((sum, v, i) => sum + (question.options[i]!.correct ? v : 0), 0);
  return { votes, total, shares: votes.map((v) => percent(v, total)), correctVotes, shareCorrect: total > 0 ? percent(correctVotes, total) : null };
}

export interface QuestionSummary extends Distribution {
  /** Position in the session, from 0. */
  index: number;
  id: string;
  prompt: string;
}

export interface Summary {
  questions: QuestionSummary[];
  totalVotes: number;
  /** Questions with at least one vote. */
  answered: number;
  /** Indexes of the questions with the lowest share correct (below 100 %), hardest first. */
  hardest: number[];
  /** Share correct over every vote of the session, or null with no votes. */
  overallCorrect: number | null;
}

export function summarize(questions: readonly TallyQuestion[], tallies: Tallies, hardestCount = 3): Summary {
  const rows = questions.map((q, index): QuestionSummary => ({ index, id: q.id, prompt: q.prompt, ...distribution(q, tallies[index]) }));
  const totalVotes = rows.reduce((a, r) => a + r.total, 0);
  const correct = rows.reduce((a, r) => a + r.correctVotes, 0);
  const hardest = rows
    .filter((r) => r.shareCorrect !== null && r.shareCorrect < 100)
    .sort((a, b) => a.shareCorrect! - b.shareCorrect! || a.index - b.index)
    .slice(0, hardestCount)
    .map((r) => r.index);
  return { questions: rows, totalVotes, answered: rows.filter((r) => r.total > 0).length, hardest, overallCorrect: totalVotes > 0 ? percent(correct, totalVotes) : null };
}

/** Changes one team's score, within ±MAX_SCORE. */
export function addPoints(scores: readonly number[], team: number, delta: number): number[] {
  if (team < 0 || team >= scores.length || !Number.isFinite(delta)) return [...scores];
  return scores.map((s, i) => (i === team ? clamp(Math.round(s + delta), -MAX_SCORE, MAX_SCORE) : s));
}

export interface Standing {
  name: string;
  score: number;
  /** 1 for the leader; tied teams share a rank. */
  rank: number;
}

/** Teams by score, highest first; ties keep the teams' order and share a rank. */
export function scoreboard(teams: readonly string[], scores: readonly number[]): Standing[] {
  const sorted = teams.map((name, i) => ({ name, score: scores[i] ?? 0, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  return sorted.map((t) => ({ name: t.name, score: t.score, rank: sorted.findIndex((u) => u.score === t.score) + 1 }));
}
