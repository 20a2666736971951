/**
 * The SCORM 1.2 run-time conversation with an LMS, framework-free.
 *
 * Lifecycle: findScormApi() looks for the LMS's `API` object the way ADL's
 * sample does (up the `parent` chain at most 7 levels, then the `opener`'s
 * chain); startScormSession() calls LMSInitialize("") and reads what the LMS
 * remembers (status, score, location, suspend data); report(), setLocation()
 * and setSuspendData() write; commit() saves; finish() writes the session time
 * and calls LMSFinish("") exactly once, however often it is called.
 *
 * Failure modes: every call is wrapped, a thrown exception counts as a refused
 * call, LMSGetLastError() is read after each call, and refusals are recorded
 * in `problems` and reported as `false`. Nothing here throws, so an LMS that
 * refuses values never breaks the page.
 *
 * Review stays free: report() never lowers what the LMS already records. A
 * passed status is never replaced, a failed or completed one only by a
 * better one, and score.raw only ever rises.
 */

/** The SCORM 1.2 API object an LMS provides (values may be strings "true"/"false"). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

export type LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

export interface ScormProblem {
  call: string;
  element?: string;
  /** The LMS's error code, or "exception" when the call threw. */
  code: string;
}

/** At most this many windows up a `parent` chain, as in ADL's SCORM 1.2 sample. */
export const MAX_PARENTS = 7;
/** cmi.suspend_data is a CMIString4096. */
export const SUSPEND_LIMIT = 4096;
/** cmi.core.lesson_location is a CMIString255. */
export const LOCATION_LIMIT = 255;

interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';

/** Reads a property of a window that may be on another origin (which throws). */
function read<K extends keyof WindowLike>(win: WindowLike, key: K): WindowLike[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** The API in `win` or up to MAX_PARENTS of its parents. */
function searchParents(win: WindowLike): Scorm12Api | null {
  let current = win;
  for (let level = 0; ; level++) {
    const api = read(current, 'API');
    if (isApi(api)) return api;
    const parent = read(current, 'parent');
    if (!parent || parent === current || level >= MAX_PARENTS) return null;
    current = parent;
  }
}

/** Finds the LMS's API: this window's parents first, then its opener's. */
export function findScormApi(win: WindowLike): Scorm12Api | null {
  const own = searchParents(win);
  if (own) return own;
  const opener = read(win, 'opener');
  return opener ? searchParents(opener) : null;
}

/** Elapsed time in CMITimespan: HHHH:MM:SS.SS (hours capped at 9999). */
export function formatSessionTime(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor(centis / 6000) % 60;
  const secs = Math.floor(centis / 100) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(secs)}.${pad(centis % 100)}`;
}

const RANK: Record<LessonStatus, number> = { 'not attempted': 0, browsed: 0, incomplete: 1, completed: 2, failed: 2, passed: 3 };
const isStatus = (s: string): s is LessonStatus => s in RANK;

export interface ScormSessionState {
  status: LessonStatus;
  /** score.raw, or null when the LMS has none. */
  score: number | null;
  location: string;
  suspendData: string;
  /** cmi.core.entry: "ab-initio", "resume" or "". */
  entry: string;
  /** cmi.student_data.mastery_score, or null when the LMS gives none. */
  masteryScore: number | null;
}

export interface ScormSession {
  /** What the LMS remembered at LMSInitialize. */
  readonly initial: Readonly<ScormSessionState>;
  /** What has been reported since (starts as `initial`). */
  readonly current: Readonly<ScormSessionState>;
  readonly finished: boolean;
  readonly problems: readonly ScormProblem[];
  /** Raises status and score (never lowers them); returns whether anything changed. */
  report(result: { status: LessonStatus; score?: number }): boolean;
  setLocation(location: string): boolean;
  setSuspendData(data: string): boolean;
  commit(): boolean;
  /** Session time, exit, commit and LMSFinish; only the first call does anything. */
  finish(): boolean;
}

export interface SessionOptions {
  now?: () => number;
  /** cmi.core.exit written by finish(): "suspend" keeps suspend data and location for the next launch. */
  exit?: '' | 'suspend';
}

const ok = (result: unknown): boolean => result === true || result === 'true';

/** LMSInitialize("") and a first look at the learner's record; null when the LMS refuses to start. */
export function startScormSession(api: Scorm12Api, options: SessionOptions = {}): ScormSession | null {
  const now = options.now ?? Date.now;
  const problems: ScormProblem[] = [];
  let finished = false;

  const lastError = (): string => {
    try {
      const code = api.LMSGetLastError();
      return code === undefined || code === null || code === '' ? '0' : String(code);
    } catch {
      return 'exception';
    }
  };
  /** Runs one API call; false (and a recorded problem) when it throws, returns false or sets an error. */
  const call = (name: string, element: string | undefined, run: () => unknown, check: (r: unknown) => boolean = ok): { ok: boolean; value: unknown } => {
    let value: unknown;
    try {
      value = run();
    } catch {
      problems.push({ call: name, ...(element ? { element } : {}), code: 'exception' });
      return { ok: false, value: undefined };
    }
    const code = lastError();
    const good = check(value) && code === '0';
    if (!good) problems.push({ call: name, ...(element ? { element } : {}), code: code === '0' ? 'false' : code });
    return { ok: good, value };
  };
  const get = (element: string): string => {
    const { ok: good, value } = call('LMSGetValue', element, () => api.LMSGetValue(element), () => true);
    return good && value !== undefined && value !== null ? String(value) : '';
  };
  const set = (element: string, value: string): boolean => !finished && call('LMSSetValue', element, () => api.LMSSetValue(element, value)).ok;

  if (!call('LMSInitialize', undefined, () => api.LMSInitialize('')).ok) return null;
  const started = now();

  const numberOrNull = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));
  const status = get('cmi.core.lesson_status');
  const initial: ScormSessionState = {
    status: isStatus(status) ? status : 'not attempted',
    score: numberOrNull(get('cmi.core.score.raw')),
    location: get('cmi.core.lesson_location'),
    suspendData: get('cmi.suspend_data'),
    entry: get('cmi.core.entry'),
    masteryScore: numberOrNull(get('cmi.student_data.mastery_score')),
  };
  const current: ScormSessionState = { ...initial };

  const session: ScormSession = {
    initial,
    current,
    get finished() {
      return finished;
    },
    problems,
    report({ status: next, score }) {
      let changed = false;
      if (score !== undefined && Number.isFinite(score) && (current.score === null || score > current.score)) {
        const raw = String(Math.min(100, Math.max(0, Math.round(score))));
        // Range first: some LMSs judge raw against min and max as it arrives.
        const written = set('cmi.core.score.min', '0') && set('cmi.core.score.max', '100') && set('cmi.core.score.raw', raw);
        if (written) {
          current.score = Number(raw);
          changed = true;
        }
      }
      if (RANK[next] > RANK[current.status] && set('cmi.core.lesson_status', next)) {
        current.status = next;
        changed = true;
      }
      return changed;
    },
    setLocation(location) {
      const value = location.slice(0, LOCATION_LIMIT);
      if (value === current.location) return true;
      const written = set('cmi.core.lesson_location', value);
      if (written) current.location = value;
      return written;
    },
    setSuspendData(data) {
      if (data.length > SUSPEND_LIMIT) {
        problems.push({ call: 'LMSSetValue', element: 'cmi.suspend_data', code: 'too-long' });
        return false;
      }
      if (data === current.suspendData) return true;
      const written = set('cmi.suspend_data', data);
      if (written) current.suspendData = data;
      return written;
    },
    commit() {
      return !finished && call('LMSCommit', undefined, () => api.LMSCommit('')).ok;
    },
    finish() {
      if (finished) return false;
      set('cmi.core.session_time', formatSessionTime(now() - started));
      if (options.exit !== undefined) set('cmi.core.exit', options.exit);
      session.commit();
      finished = true;
      return call('LMSFinish', undefined, () => api.LMSFinish('')).ok;
    },
  };

  if (RANK[current.status] === 0) {
    session.report({ status: 'incomplete' });
    session.commit();
  }
  return session;
}
