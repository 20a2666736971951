/**
 * The presenter's countdown as plain data, so it can be tested without a clock:
 * every function takes `now` (ms). A running timer remembers when it last
 * started and how much was left then; a paused one only what is left.
 *
 * WCAG 2.2.1 (timing adjustable): the trainer can pause, add time and turn the
 * timer off; nothing happens on its own when time is up except a message (and
 * a beep only if the trainer switched sound on).
 */

export interface TimerState {
  /** The length a fresh timer starts from, in seconds. */
  duration: number;
  /** Milliseconds left when the timer was last started or paused. */
  leftMs: number;
  /** When it was last started (ms), or null while paused. */
  since: number | null;
}

/** The longest a countdown can run after adding time: 99:59. */
export const TIMER_MAX_SECONDS = 99 * 60 + 59;

export const createTimer = (seconds: number): TimerState => ({ duration: seconds, leftMs: Math.max(0, seconds) * 1000, since: null });

export const remainingMs = (t: TimerState, now: number): number => Math.max(0, t.since === null ? t.leftMs : t.leftMs - Math.max(0, now - t.since));

/** Whole seconds left, rounded up: a countdown shows 0:01 until the last moment. */
export const secondsLeft = (t: TimerState, now: number): number => Math.ceil(remainingMs(t, now) / 1000);

export const isRunning = (t: TimerState, now: number): boolean => t.since !== null && remainingMs(t, now) > 0;

export const isUp = (t: TimerState, now: number): boolean => remainingMs(t, now) === 0;

/** Starts the countdown; a timer that has run out starts again from its full length. */
export function start(t: TimerState, now: number): TimerState {
  if (t.since !== null && remainingMs(t, now) > 0) return t;
  const left = remainingMs(t, now);
  return { ...t, leftMs: left > 0 ? left : t.duration * 1000, since: now };
}

export function pause(t: TimerState, now: number): TimerState {
  return t.since === null ? t : { ...t, leftMs: remainingMs(t, now), since: null };
}

export const toggle = (t: TimerState, now: number): TimerState => (isRunning(t, now) ? pause(t, now) : start(t, now));

/** Adds time (up to TIMER_MAX_SECONDS) without changing whether it runs. */
export function addTime(t: TimerState, seconds: number, now: number): TimerState {
  const left = Math.min(TIMER_MAX_SECONDS * 1000, remainingMs(t, now) + seconds * 1000);
  return { ...t, leftMs: left, since: t.since === null ? null : now };
}

/** "1:05", "0:09", "12:00". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export type TimerCue = 'thirty' | 'up';

/**
 * What to announce when the countdown goes from `before` to `after` seconds:
 * "30 seconds left" when it crosses 30 (only for timers longer than that, so a
 * 30-second timer is not announced as it starts), "time is up" when it reaches 0.
 */
export function cueBetween(before: number, after: number): TimerCue | null {
  if (before > 0 && after === 0) return 'up';
  if (before > 30 && after <= 30 && after > 0) return 'thirty';
  return null;
}
