import { describe, expect, it } from 'vitest';
import { findScormApi, formatSessionTime, MAX_PARENTS, startScormSession, SUSPEND_LIMIT, type ScormSession } from '../../src/lib/scorm-runtime.ts';
import { StrictFakeApi } from './scorm-fake-api.ts';

interface FakeWindow {
  API?: unknown;
  parent?: FakeWindow;
  opener?: FakeWindow | null;
}

/** A window `depth` levels below a top window (top has no parent but itself). */
function chain(depth: number, api?: unknown): { top: FakeWindow; bottom: FakeWindow } {
  const top: FakeWindow = api === undefined ? {} : { API: api };
  top.parent = top;
  let bottom = top;
  for (let i = 0; i < depth; i++) bottom = { parent: bottom };
  return { top, bottom };
}

/** A window whose properties throw, like one on another origin. */
const crossOrigin = (parent: FakeWindow): FakeWindow =>
  new Proxy({} as FakeWindow, {
    get(_, key) {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });

const start = (api = new StrictFakeApi(), now = () => 0): { api: StrictFakeApi; session: ScormSession } => {
  const session = startScormSession(api, { now, exit: 'suspend' });
  if (!session) throw new Error('session did not start');
  return { api, session };
};

describe('findScormApi', () => {
  const api = new StrictFakeApi();

  it('finds the API in the window itself and up the parent chain', () => {
    expect(findScormApi(chain(0, api).bottom)).toBe(api);
    expect(findScormApi(chain(2, api).bottom)).toBe(api);
    expect(findScormApi(chain(MAX_PARENTS, api).bottom)).toBe(api);
  });

  it('gives up after 7 parents, as the ADL sample does', () => {
    expect(MAX_PARENTS).toBe(7);
    expect(findScormApi(chain(MAX_PARENTS + 1, api).bottom)).toBeNull();
  });

  it("falls back to the opener's chain", () => {
    const lms = chain(1, api);
    const popup = chain(0);
    popup.top.opener = lms.bottom;
    expect(findScormApi(popup.bottom)).toBe(api);
    // The opener's chain is bounded too.
    const far = chain(MAX_PARENTS + 1, api);
    popup.top.opener = far.bottom;
    expect(findScormApi(popup.bottom)).toBeNull();
  });

  it('walks past windows on another origin and ignores things that are not an API', () => {
    const { top } = chain(0, api);
    const foreign = crossOrigin(top);
    expect(findScormApi({ parent: foreign })).toBe(api);
    expect(findScormApi(chain(1, { LMSInitialize: 'no' }).bottom)).toBeNull();
    expect(findScormApi({ parent: crossOrigin(crossOrigin(chain(0).top)) })).toBeNull();
  });

  it('returns null with no LMS at all', () => {
    expect(findScormApi(chain(3).bottom)).toBeNull();
  });
});

describe('formatSessionTime', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [61_005, '0000:01:01.01'],
    [3_600_000 * 27 + 60_000 * 3 + 4_560, '0027:03:04.56'],
    [3_600_000 * 20_000, '9999:59:59.99'],
    [-5, '0000:00:00.00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatSessionTime(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });
});

describe('startScormSession', () => {
  it('initializes once, reads the record and marks a first launch incomplete, committed', () => {
    const { api, session } = start(new StrictFakeApi({ 'cmi.suspend_data': 'x', 'cmi.core.lesson_location': 'here', 'cmi.student_data.mastery_score': '80' }));
    expect(api.calls.filter((c) => c.method === 'LMSInitialize')).toEqual([{ method: 'LMSInitialize', args: [''], result: 'true' }]);
    expect(session.initial).toMatchObject({ status: 'not attempted', suspendData: 'x', location: 'here', score: null, entry: 'ab-initio', masteryScore: 80 });
    expect(api.writes('cmi.core.lesson_status')).toEqual(['incomplete']);
    expect(api.committed.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('leaves the status of a returning learner alone', () => {
    const { api, session } = start(new StrictFakeApi({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '60' }));
    expect(session.initial.status).toBe('failed');
    expect(session.initial.score).toBe(60);
    expect(api.writes('cmi.core.lesson_status')).toEqual([]);
  });

  it('returns null when the LMS refuses to initialize, or throws', () => {
    const refusing = new StrictFakeApi();
    refusing.refuse.push({ method: 'LMSInitialize', code: '101' });
    expect(startScormSession(refusing)).toBeNull();
    const throwing = new StrictFakeApi();
    throwing.throwOn.add('LMSInitialize');
    expect(startScormSession(throwing)).toBeNull();
  });

  it('accepts booleans as well as "true"/"false" strings', () => {
    const api = new StrictFakeApi();
    const booleans = {
      LMSInitialize: () => api.LMSInitialize('') === 'true',
      LMSFinish: () => api.LMSFinish('') === 'true',
      LMSGetValue: (e: string) => api.LMSGetValue(e),
      LMSSetValue: (e: string, v: string) => api.LMSSetValue(e, v) === 'true',
      LMSCommit: () => api.LMSCommit('') === 'true',
      LMSGetLastError: () => Number(api.LMSGetLastError()),
    };
    const session = startScormSession(booleans);
    expect(session?.problems).toEqual([]);
    expect(session?.finish()).toBe(true);
  });
});

describe('report: the recorded result only goes up', () => {
  it('sets score range and raw before the status; passed after failed; never failed after passed', () => {
    const { api, session } = start();
    expect(session.report({ status: 'failed', score: 60 })).toBe(true);
    const order = api.calls.filter((c) => c.method === 'LMSSetValue').map((c) => c.args[0]);
    expect(order.slice(-4)).toEqual(['cmi.core.score.min', 'cmi.core.score.max', 'cmi.core.score.raw', 'cmi.core.lesson_status']);
    expect(session.report({ status: 'passed', score: 90 })).toBe(true);
    // A worse attempt later: nothing is written.
    expect(session.report({ status: 'failed', score: 40 })).toBe(false);
    expect(session.report({ status: 'incomplete' })).toBe(false);
    expect(api.writes('cmi.core.lesson_status')).toEqual(['incomplete', 'failed', 'passed']);
    expect(api.writes('cmi.core.score.raw')).toEqual(['60', '90']);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('keeps a better score the LMS already has, and a passed status from an earlier launch', () => {
    const { api, session } = start(new StrictFakeApi({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '95' }));
    expect(session.report({ status: 'failed', score: 70 })).toBe(false);
    expect(session.report({ status: 'passed', score: 80 })).toBe(false);
    expect(session.report({ status: 'passed', score: 100 })).toBe(true);
    expect(api.writes('cmi.core.lesson_status')).toEqual([]);
    expect(api.writes('cmi.core.score.raw')).toEqual(['100']);
  });

  it('completed for a module without an assessment, once', () => {
    const { api, session } = start();
    expect(session.report({ status: 'completed' })).toBe(true);
    expect(session.report({ status: 'completed' })).toBe(false);
    expect(session.report({ status: 'incomplete' })).toBe(false);
    expect(api.writes('cmi.core.lesson_status')).toEqual(['incomplete', 'completed']);
  });

  it('carries on when the LMS refuses the score: the status is still reported', () => {
    const { api, session } = start();
    api.refuse.push({ method: 'LMSSetValue', element: 'cmi.core.score.raw', code: '405' });
    expect(session.report({ status: 'passed', score: 100 })).toBe(true);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(session.current.score).toBeNull();
    expect(session.problems).toContainEqual({ call: 'LMSSetValue', element: 'cmi.core.score.raw', code: '405' });
  });
});

describe('suspend data and location', () => {
  it('writes suspend data up to 4,096 characters and refuses more without asking the LMS', () => {
    const { api, session } = start();
    expect(session.setSuspendData('a'.repeat(SUSPEND_LIMIT))).toBe(true);
    const before = api.calls.length;
    expect(session.setSuspendData('a'.repeat(SUSPEND_LIMIT + 1))).toBe(false);
    expect(api.calls.length).toBe(before);
    expect(session.problems).toContainEqual({ call: 'LMSSetValue', element: 'cmi.suspend_data', code: 'too-long' });
    expect(api.data.get('cmi.suspend_data')).toHaveLength(SUSPEND_LIMIT);
  });

  it('does not write a value the LMS already has', () => {
    const { api, session } = start(new StrictFakeApi({ 'cmi.suspend_data': 'same', 'cmi.core.lesson_location': 'a' }));
    expect(session.setSuspendData('same')).toBe(true);
    expect(session.setLocation('a')).toBe(true);
    expect(api.writes('cmi.suspend_data')).toEqual([]);
    expect(session.setLocation('b')).toBe(true);
    expect(api.writes('cmi.core.lesson_location')).toEqual(['b']);
  });

  it('reports the LMS error code when a value is refused', () => {
    const { api, session } = start();
    api.refuse.push({ method: 'LMSSetValue', element: 'cmi.suspend_data', code: '351' });
    expect(session.setSuspendData('abc')).toBe(false);
    expect(session.problems.at(-1)).toEqual({ call: 'LMSSetValue', element: 'cmi.suspend_data', code: '351' });
  });
});

describe('finish', () => {
  it('writes session time and exit, commits, and calls LMSFinish exactly once', () => {
    let clock = 1_000;
    const { api, session } = start(new StrictFakeApi(), () => clock);
    clock += 83_450;
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
    expect(session.finish()).toBe(false);
    expect(api.calls.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);
    expect(api.writes('cmi.core.session_time')).toEqual(['0000:01:23.45']);
    expect(api.writes('cmi.core.exit')).toEqual(['suspend']);
    const names = api.calls.map((c) => c.method);
    expect(names.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
    expect(api.state).toBe('finished');
  });

  it('after finishing, nothing more reaches the LMS, and nothing throws', () => {
    const { api, session } = start();
    session.finish();
    const count = api.calls.length;
    expect(session.setSuspendData('late')).toBe(false);
    expect(session.report({ status: 'passed', score: 100 })).toBe(false);
    expect(session.commit()).toBe(false);
    expect(api.calls.length).toBe(count);
  });

  it('an LMS that throws on every call after starting never breaks the caller', () => {
    const { api, session } = start();
    for (const m of ['LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError'] as const) api.throwOn.add(m);
    expect(() => {
      expect(session.report({ status: 'passed', score: 100 })).toBe(false);
      expect(session.setSuspendData('x')).toBe(false);
      expect(session.setLocation('y')).toBe(false);
      expect(session.commit()).toBe(false);
      expect(session.finish()).toBe(false);
    }).not.toThrow();
    expect(session.finished).toBe(true);
    expect(session.problems.every((p) => p.code === 'exception')).toBe(true);
  });

  it('the strict fake itself refuses calls before initialize and after finish', () => {
    const api = new StrictFakeApi();
    expect(api.LMSSetValue('cmi.suspend_data', 'x')).toBe('false');
    expect(api.LMSGetLastError()).toBe('301');
    expect(api.LMSInitialize('')).toBe('true');
    expect(api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).toBe('false');
    expect(api.LMSGetLastError()).toBe('405');
    expect(api.LMSFinish('')).toBe('true');
    expect(api.LMSCommit('')).toBe('false');
    expect(api.LMSInitialize('')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
  });
});
