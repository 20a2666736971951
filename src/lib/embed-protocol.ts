/**
 * The messages an embedded view posts to the page that frames it
 * (ARCHITECTURE.md, "Embedding"). Every message is a plain object
 * `{ channel: 'trafficking-course', type, ... }`.
 *
 * The iframe posts typed messages (src/lib/embed-bridge.ts; its test checks
 * them with `parseMessage`). The host script, public/embed.js, accepts only
 * what `parseMessage` accepts: it must stay dependency-free, so it carries its
 * own copy of this validator, and tests/unit/embed-js.test.ts keeps the two in
 * step. `parseMessage` never trusts its input: it returns a fresh object
 * holding the known fields only, or null.
 */

export const CHANNEL = 'trafficking-course';

export const MESSAGE_TYPES = ['resize', 'quiz-answered', 'quiz-completed', 'scenario-ended'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export type EmbedMessage =
  | { channel: typeof CHANNEL; type: 'resize'; height: number }
  | { channel: typeof CHANNEL; type: 'quiz-answered'; quiz: string; question: string; correct: boolean }
  | { channel: typeof CHANNEL; type: 'quiz-completed'; quiz: string; score: number; max: number }
  | { channel: typeof CHANNEL; type: 'scenario-ended'; quiz: string; ending: string };

/** Heights the host applies, in CSS px: a message outside this range is clamped into it. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 20000;
/** Ids are the course's kebab-case slugs; anything longer than this is not one of ours. */
export const MAX_ID_LENGTH = 128;
/** More questions than any quiz could have. */
export const MAX_SCORE = 1000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG.test(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SCORE;

/** The message if `data` is a well-formed protocol message, as a clean copy; otherwise null. */
export function parseMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m['channel'] !== CHANNEL) return null;
  const type = m['type'];
  if (type === 'resize') {
    const height = m['height'];
    return typeof height === 'number' && Number.isFinite(height) ? { channel: CHANNEL, type, height } : null;
  }
  const quiz = m['quiz'];
  if (!isId(quiz)) return null;
  if (type === 'quiz-answered') {
    const question = m['question'];
    const correct = m['correct'];
    return isId(question) && typeof correct === 'boolean' ? { channel: CHANNEL, type, quiz, question, correct } : null;
  }
  if (type === 'quiz-completed') {
    const score = m['score'];
    const max = m['max'];
    return isCount(score) && isCount(max) && max > 0 && score <= max ? { channel: CHANNEL, type, quiz, score, max } : null;
  }
  if (type === 'scenario-ended') {
    const ending = m['ending'];
    return isId(ending) ? { channel: CHANNEL, type, quiz, ending } : null;
  }
  return null;
}

/** A height the host can apply: whole pixels, within [MIN_HEIGHT, MAX_HEIGHT]. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** The DOM event embed.js dispatches on the iframe element for a non-resize message. */
export const domEventName = (type: Exclude<MessageType, 'resize'>): string => `${CHANNEL}:${type}`;
