/**
 * A strict SCORM 1.2 LMS API for unit tests. Stricter than most LMSs: it
 * refuses every call before LMSInitialize and after LMSFinish (error 301 or
 * 101), a second LMSInitialize (101), unknown or read-only elements (401,
 * 403), writing write-only ones' values back (404), malformed values (405),
 * and suspend data over 4,096 characters (405). It can be told to refuse or
 * throw on chosen calls, and records every call.
 */
import type { Scorm12Api } from '../../src/lib/scorm-runtime.ts';

type Access = 'rw' | 'ro' | 'wo';
const ELEMENTS: Record<string, { access: Access; valid?: (v: string) => boolean }> = {
  'cmi.core.lesson_status': { access: 'rw', valid: (v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'].includes(v) },
  'cmi.core.lesson_location': { access: 'rw', valid: (v) => v.length <= 255 },
  'cmi.core.score.raw': { access: 'rw', valid: (v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 100) },
  'cmi.core.score.min': { access: 'rw', valid: (v) => v === '' || Number.isFinite(Number(v)) },
  'cmi.core.score.max': { access: 'rw', valid: (v) => v === '' || Number.isFinite(Number(v)) },
  'cmi.core.entry': { access: 'ro' },
  'cmi.core.exit': { access: 'wo', valid: (v) => ['', 'suspend', 'logout', 'time-out'].includes(v) },
  'cmi.core.session_time': { access: 'wo', valid: (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v) },
  'cmi.core.student_id': { access: 'ro' },
  'cmi.suspend_data': { access: 'rw', valid: (v) => v.length <= 4096 },
  'cmi.student_data.mastery_score': { access: 'ro' },
};

export type Method = 'LMSInitialize' | 'LMSFinish' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit';

export class StrictFakeApi implements Scorm12Api {
  readonly data = new Map<string, string>([
    ['cmi.core.lesson_status', 'not attempted'],
    ['cmi.core.entry', 'ab-initio'],
  ]);
  /** What has been committed: the LMS's durable record. */
  committed = new Map<string, string>();
  readonly calls: { method: Method; args: string[]; result: string }[] = [];
  state: 'new' | 'running' | 'finished' = 'new';
  private error = '0';
  /** Calls (optionally for one element) that return "false" with this error code. */
  refuse: { method: Method; element?: string; code: string }[] = [];
  /** Methods that throw. */
  throwOn = new Set<Method | 'LMSGetLastError'>();

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
    this.committed = new Map(this.data);
  }

  private run(method: Method, args: string[], body: () => string): string {
    if (this.throwOn.has(method)) throw new Error(`${method} failed`);
    const refusal = this.refuse.find((r) => r.method === method && (r.element === undefined || r.element === args[0]));
    let result: string;
    if (refusal) {
      this.error = refusal.code;
      result = method === 'LMSGetValue' ? '' : 'false';
    } else {
      result = body();
    }
    this.calls.push({ method, args, result });
    return result;
  }

  private fail(code: string, result = 'false'): string {
    this.error = code;
    return result;
  }

  private ok(result = 'true'): string {
    this.error = '0';
    return result;
  }

  LMSInitialize(arg: string): string {
    return this.run('LMSInitialize', [arg], () => {
      if (arg !== '') return this.fail('201');
      if (this.state !== 'new') return this.fail('101');
      this.state = 'running';
      return this.ok();
    });
  }

  LMSFinish(arg: string): string {
    return this.run('LMSFinish', [arg], () => {
      if (this.state !== 'running') return this.fail('301');
      this.committed = new Map(this.data);
      this.state = 'finished';
      return this.ok();
    });
  }

  LMSCommit(arg: string): string {
    return this.run('LMSCommit', [arg], () => {
      if (this.state !== 'running') return this.fail('301');
      this.committed = new Map(this.data);
      return this.ok();
    });
  }

  LMSGetValue(element: string): string {
    return this.run('LMSGetValue', [element], () => {
      if (this.state !== 'running') return this.fail('301', '');
      const spec = ELEMENTS[element];
      if (!spec) return this.fail('401', '');
      if (spec.access === 'wo') return this.fail('404', '');
      return this.ok(this.data.get(element) ?? '');
    });
  }

  LMSSetValue(element: string, value: string): string {
    return this.run('LMSSetValue', [element, value], () => {
      if (this.state !== 'running') return this.fail('301');
      const spec = ELEMENTS[element];
      if (!spec) return this.fail('401');
      if (spec.access === 'ro') return this.fail('403');
      if (typeof value !== 'string' || (spec.valid && !spec.valid(value))) return this.fail('405');
      this.data.set(element, value);
      return this.ok();
    });
  }

  LMSGetLastError(): string {
    if (this.throwOn.has('LMSGetLastError')) throw new Error('LMSGetLastError failed');
    return this.error;
  }

  /** Values written to an element, in order. */
  writes(element: string): string[] {
    return this.calls.filter((c) => c.method === 'LMSSetValue' && c.args[0] === element && c.result === 'true').map((c) => c.args[1]!);
  }

  /** The LMS's durable record, as the next launch would get it (entry "resume"). */
  nextLaunch(): StrictFakeApi {
    const next = new StrictFakeApi(Object.fromEntries(this.committed));
    next.data.set('cmi.core.entry', 'resume');
    next.committed = new Map(next.data);
    return next;
  }
}
