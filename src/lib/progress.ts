/**
 * The learner's progress record: its shape, decoding, migration and merging.
 *
 * Shape (version 1), stored as JSON under one localStorage key:
 *   { version: 1,
 *     lessons:  { "<module>/<lesson>": { visitedAt?, completedAt? } },
 *     quizzes:  { "<quiz>": { answers: { "<question>": { selected: [i], correct, at } },
 *                             best?: { score, max, at }, attempts,
 *                             endings?: { "<ending>": at } } },
 *     lastLesson: "<module>/<lesson>" | null,
 *     updatedAt: ISO date }
 *
 * Lifecycle: decode() validates anything read from storage or an import file
 * and never throws; migrate() lifts older versions step by step (merging two
 * records is in progress-merge.ts). All functions are pure.
 *
 * Failure modes: corrupt JSON, wrong shape, or a version newer than this code
 * understands all decode to an error the caller reports; the caller keeps the
 * raw data under a backup key (see stores/progress.ts).
 */
export const PROGRESS_VERSION = 1;
const MAX_ENTRIES = 5000;
const MAX_ID = 200;

export interface AnswerRecord {
  selected: number[];
  correct: boolean;
  at: string;
}
export interface QuizRecord {
  answers: Record<string, AnswerRecord>;
  best?: { score: number; max: number; at: string };
  attempts: number;
  /** Decision scenarios: each ending reached, with when it was first reached. */
  endings?: Record<string, string>;
}
export interface LessonRecord {
  visitedAt?: string;
  completedAt?: string;
}
export interface Progress {
  version: 1;
  lessons: Record<string, LessonRecord>;
  quizzes: Record<string, QuizRecord>;
  lastLesson: string | null;
  updatedAt: string;
}

export type DecodeError = 'corrupt' | 'wrong-shape' | 'future-version' | 'too-large';
export type Decoded = { ok: true; progress: Progress; migrated: boolean } | { ok: false; error: DecodeError };

export const emptyProgress = (now = new Date().toISOString()): Progress => ({
  version: 1,
  lessons: {},
  quizzes: {},
  lastLesson: null,
  updatedAt: now,
});

// ---- validation helpers: build fresh objects, never copy input objects ----

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (k: string) => k.length > 0 && k.length <= MAX_ID && !FORBIDDEN.has(k) && /^[a-z0-9][a-z0-9/-]*$/.test(k);
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const date = (v: unknown): string | undefined => (isDate(v) ? new Date(v).toISOString() : undefined);

/** Keeps only well-formed entries of a record: safe ids, valid values. */
function entries<T>(value: unknown, read: (v: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, T> = {};
  let count = 0;
  for (const key of Object.keys(value)) {
    if (!isId(key) || ++count > MAX_ENTRIES) continue;
    const read_ = read(value[key]);
    if (read_ !== undefined) out[key] = read_;
  }
  return out;
}

function readLesson(v: unknown): LessonRecord | undefined {
  if (!isObject(v)) return undefined;
  const out: LessonRecord = {};
  const visited = date(v['visitedAt']);
  const completed = date(v['completedAt']);
  if (visited) out.visitedAt = visited;
  if (completed) out.completedAt = completed;
  return out.visitedAt || out.completedAt ? out : undefined;
}

function readAnswer(v: unknown): AnswerRecord | undefined {
  if (!isObject(v) || !Array.isArray(v['selected']) || typeof v['correct'] !== 'boolean') return undefined;
  const selected = v['selected'].filter((i): i is number => Number.isInteger(i) && i >= 0 && i < 10).slice(0, 10);
  const at = date(v['at']);
  if (!at) return undefined;
  return { selected: [...new Set(selected)].sort((a, b) => a - b), correct: v['correct'], at };
}

function readQuiz(v: unknown): QuizRecord | undefined {
  if (!isObject(v)) return undefined;
  const answers = entries(v['answers'] ?? {}, readAnswer) ?? {};
  const out: QuizRecord = { answers, attempts: 0 };
  const endings = entries(v['endings'], date);
  if (endings && Object.keys(endings).length > 0) out.endings = endings;
  const attempts = v['attempts'];
  if (Number.isInteger(attempts) && (attempts as number) >= 0) out.attempts = Math.min(attempts as number, 1e6);
  const best = v['best'];
  if (isObject(best)) {
    const { score, max } = best;
    const at = date(best['at']);
    if (Number.isInteger(score) && Number.isInteger(max) && (max as number) > 0 && (max as number) <= 100 && (score as number) >= 0 && (score as number) <= (max as number) && at) {
      out.best = { score: score as number, max: max as number, at };
    }
  }
  return out;
}

/** Version 0: the unversioned envelope of early previews ({ lessons, quizzes }). */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, version: 1, lastLesson: old['lastLesson'] ?? null, updatedAt: old['updatedAt'] ?? new Date(0).toISOString() }),
};

/** Lifts a parsed object to the current version, one step at a time. */
export function migrate(data: Record<string, unknown>): { data: Record<string, unknown>; migrated: boolean } | { error: DecodeError } {
  const start = data['version'] === undefined ? 0 : data['version'];
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return { error: 'wrong-shape' };
  if (start > PROGRESS_VERSION) return { error: 'future-version' };
  let current = data;
  for (let version = start; version < PROGRESS_VERSION; version++) {
    const step = migrations[version];
    if (!step) return { error: 'wrong-shape' };
    current = step(current);
  }
  return { data: current, migrated: start !== PROGRESS_VERSION };
}

/** Validates parsed data of any origin. Unknown keys are dropped; bad entries skipped. */
export function decodeValue(value: unknown): Decoded {
  if (!isObject(value)) return { ok: false, error: 'wrong-shape' };
  const lifted = migrate(value);
  if ('error' in lifted) return { ok: false, error: lifted.error };
  const { data } = lifted;
  const lessons = entries(data['lessons'], readLesson);
  const quizzes = entries(data['quizzes'], readQuiz);
  if (!lessons || !quizzes) return { ok: false, error: 'wrong-shape' };
  const last = data['lastLesson'];
  const progress: Progress = {
    version: 1,
    lessons,
    quizzes,
    lastLesson: typeof last === 'string' && isId(last) ? last : null,
    updatedAt: date(data['updatedAt']) ?? new Date(0).toISOString(),
  };
  return { ok: true, progress, migrated: lifted.migrated };
}

/** Decodes raw text (from storage or a file). Never throws. */
export function decode(text: string | null, maxBytes = Infinity): Decoded {
  if (text === null) return { ok: true, progress: emptyProgress(), migrated: false };
  if (text.length > maxBytes) return { ok: false, error: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  return decodeValue(parsed);
}

export const encode = (p: Progress): string => JSON.stringify(p);
