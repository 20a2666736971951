/**
 * The room's results as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a quote, comma or line break, quotes doubled). Text that starts with
 * = + - @ (or a tab or carriage return) is what spreadsheets run as a formula,
 * so such cells get a leading apostrophe: a question or team name can never
 * execute in the trainer's spreadsheet. Numbers are written as numbers.
 */
import { optionLetter, scoreboard, summarize, type Tallies, type TallyQuestion } from './classroom-tallies.ts';

export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly Cell[])[]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The column headings and words of the export, from the dictionary. */
export interface CsvLabels {
  session: string;
  question: string;
  questionId: string;
  prompt: string;
  option: string;
  optionText: string;
  correct: string;
  votes: string;
  share: string;
  shareCorrect: string;
  team: string;
  score: string;
  rank: string;
  yes: string;
  no: string;
}

export interface ResultsInput {
  title: string;
  questions: readonly TallyQuestion[];
  tallies: Tallies;
  teams: readonly string[];
  scores: readonly number[];
  labels: CsvLabels;
}

/**
 * Three tables separated by a blank line: one row per option (votes and share),
 * one row per question (votes and share correct), then the teams by rank.
 */
export function resultsCsv({ title, questions, tallies, teams, scores, labels: l }: ResultsInput): string {
  const summary = summarize(questions, tallies);
  const rows: Cell[][] = [[l.session, title], []];
  rows.push([l.question, l.questionId, l.prompt, l.option, l.optionText, l.correct, l.votes, l.share]);
  for (const q of summary.questions) {
    const question = questions[q.index]!;
    question.options.forEach((o, i) => rows.push([q.index + 1, q.id, q.prompt, optionLetter(i), o.text, o.correct ? l.yes : l.no, q.votes[i], q.shares[i]]));
  }
  rows.push([], [l.question, l.questionId, l.prompt, l.votes, l.shareCorrect]);
  for (const q of summary.questions) rows.push([q.index + 1, q.id, q.prompt, q.total, q.shareCorrect]);
  if (teams.length > 0) {
    rows.push([], [l.rank, l.team, l.score]);
    for (const t of scoreboard(teams, scores)) rows.push([t.rank, t.name, t.score]);
  }
  return toCsv(rows);
}

/** A file name for the export: letters, digits and hyphens only. */
export function csvFileName(title: string, date: Date): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `classroom-${slug || 'session'}-${date.toISOString().slice(0, 10)}.csv`;
}
