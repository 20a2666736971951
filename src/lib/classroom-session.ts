/**
 * A classroom session and how it travels in a URL.
 *
 * Data: a title, the ids of the bank's questions in the order the trainer
 * chose, the timer length in seconds (0 = off) and team names. Question ids are
 * stable string slugs (ARCHITECTURE.md: they never change once published), so
 * a link keeps working across builds; no index mapping is involved.
 *
 * Wire format: the fragment `#s=<code>`, where code is the base64url (no
 * padding) of the UTF-8 JSON array `[1, title, timer, [teams], [ids]]`. A
 * fragment never reaches a server's logs; an array keeps the link short.
 *
 * Failure modes: a link can arrive cut off, edited by hand, from a newer
 * version of the course, hostile or huge. decodeSession never throws: it
 * returns a reason the page turns into a clear message. Questions the course
 * no longer has are dropped and reported, not fatal, unless none remain.
 */

export interface Session {
  /** Shown to the room; may be empty (the page then shows a default title). */
  title: string;
  /** Question ids, in presentation order, unique. */
  questions: string[];
  /** Seconds per question; 0 means no timer. */
  timer: number;
  /** Team names, unique; empty when teams are not used. */
  teams: string[];
}

export const SESSION_VERSION = 1;

export const SESSION_LIMITS = {
  /** Longest code accepted (characters); a 60-question session fits well within it. */
  code: 4096,
  title: 100,
  questions: 60,
  teams: 8,
  team: 30,
  id: 80,
  timerMin: 10,
  timerMax: 900,
} as const;

export type SessionError =
  /** No session in the URL at all. */
  | 'missing'
  /** Longer than any session this course makes. */
  | 'too-large'
  /** Not base64url, not UTF-8 or not JSON: typically cut off when copied. */
  | 'damaged'
  /** Reads as JSON but is not a session. */
  | 'wrong-shape'
  /** Made by a newer version of the course. */
  | 'future-version'
  /** None of its questions is in this course. */
  | 'unknown-questions';

export type DecodeResult = { ok: true; session: Session; dropped: string[] } | { ok: false; error: SessionError };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** Collapses whitespace, removes control characters and trims. */
export const cleanText = (value: string, max: number): string =>
  [...value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim()].slice(0, max).join('').trim();

/** Rounds and clamps a timer length: 0 stays off, anything else falls in the allowed range. */
export function clampTimer(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.min(SESSION_LIMITS.timerMax, Math.max(SESSION_LIMITS.timerMin, Math.round(seconds)));
}

/** A session as the builder may hold it, made valid for encoding (never throws). */
export function normalizeSession(input: Session): Session {
  const unique = (list: string[]) => [...new Set(list)];
  return {
    title: cleanText(input.title, SESSION_LIMITS.title),
    questions: unique(input.questions.filter((id) => ID.test(id) && id.length <= SESSION_LIMITS.id)).slice(0, SESSION_LIMITS.questions),
    timer: clampTimer(input.timer),
    teams: unique(input.teams.map((t) => cleanText(t, SESSION_LIMITS.team)).filter(Boolean)).slice(0, SESSION_LIMITS.teams),
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!B64URL.test(code) || code.length % 4 === 1) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The code for a session (normalized first, so whatever the builder holds encodes). */
export function encodeSession(session: Session): string {
  const s = normalizeSession(session);
  return toBase64Url(JSON.stringify([SESSION_VERSION, s.title, s.timer, s.teams, s.questions]));
}

const isStringArray = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string');

/** Checks a decoded value's shape; returns the session or the reason it is not one. */
export function validateSession(value: unknown): { ok: true; session: Session } | { ok: false; error: SessionError } {
  if (!Array.isArray(value) || value.length < 1) return { ok: false, error: 'wrong-shape' };
  const [version, title, timer, teams, questions] = value as unknown[];
  if (typeof version === 'number' && Number.isInteger(version) && version > SESSION_VERSION) return { ok: false, error: 'future-version' };
  if (version !== SESSION_VERSION || value.length !== 5) return { ok: false, error: 'wrong-shape' };
  if (typeof title !== 'string' || title.length > SESSION_LIMITS.title * 2) return { ok: false, error: 'wrong-shape' };
  if (typeof timer !== 'number' || !Number.isInteger(timer) || (timer !== 0 && (timer < SESSION_LIMITS.timerMin || timer > SESSION_LIMITS.timerMax))) {
    return { ok: false, error: 'wrong-shape' };
  }
  if (!isStringArray(teams, SESSION_LIMITS.teams) || teams.some((t) => t.length > SESSION_LIMITS.team * 2)) return { ok: false, error: 'wrong-shape' };
  if (!isStringArray(questions, SESSION_LIMITS.questions) || questions.length === 0) return { ok: false, error: 'wrong-shape' };
  if (questions.some((id) => id.length > SESSION_LIMITS.id || !ID.test(id))) return { ok: false, error: 'wrong-shape' };
  return { ok: true, session: normalizeSession({ title, timer, teams, questions }) };
}

/**
 * Reads a session code. `known` is the set of question ids the course has:
 * unknown ids are dropped (and listed), and a session left with none is an error.
 */
export function decodeSession(code: string | null | undefined, known?: ReadonlySet<string>): DecodeResult {
  if (code === null || code === undefined || code === '') return { ok: false, error: 'missing' };
  if (typeof code !== 'string') return { ok: false, error: 'damaged' };
  if (code.length > SESSION_LIMITS.code) return { ok: false, error: 'too-large' };
  const json = fromBase64Url(code);
  if (json === null) return { ok: false, error: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  const checked = validateSession(value);
  if (!checked.ok) return checked;
  const { session } = checked;
  if (!known) return { ok: true, session, dropped: [] };
  const dropped = session.questions.filter((id) => !known.has(id));
  const questions = session.questions.filter((id) => known.has(id));
  if (questions.length === 0) return { ok: false, error: 'unknown-questions' };
  return { ok: true, session: { ...session, questions }, dropped };
}

/** The session code in a URL fragment such as `#s=<code>` (other parameters may follow), or null. */
export function codeFromHash(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === 's') return part.slice(eq + 1);
  }
  return null;
}

/** The fragment for a session code. */
export const hashFor = (code: string): string => `#s=${code}`;
