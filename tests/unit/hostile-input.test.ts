/**
 * Hostile input never hurts: each parser of user-supplied data takes at least
 * 1,000 generated inputs, never throws, and leaves stored state unchanged when
 * it rejects the input.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/lib/progress.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import { decodeSettings } from '../../src/lib/settings.ts';
import { $progress, initProgress, PROGRESS_KEY, recordAnswer } from '../../src/stores/progress.ts';
import { importProgress } from '../../src/stores/progress-transfer.ts';
import { FakeStorage } from './fake-storage.ts';

const RUNS = { numRuns: 1000 };
const forbidden = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
/** JSON-like values with hostile keys mixed in, and JSON text built from them (sometimes cut short). */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), forbidden, fc.constantFrom('version', 'lessons', 'quizzes', 'answers', 'best', 'endings')), tie('value'), { maxKeys: 6 }),
  ),
})).value;
const hostileText = fc.oneof(
  hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
  hostileValue.chain((v) => {
    const text = JSON.stringify(v) ?? 'null';
    return fc.nat(text.length).map((n) => text.slice(0, n));
  }),
  fc.string({ maxLength: 2000 }),
);

describe('progress decode', () => {
  it('never throws, and what it accepts re-encodes to the same record', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = decode(text, 512 * 1024);
        if (result.ok) expect(decode(encode(result.progress))).toEqual({ ok: true, progress: result.progress, migrated: false });
        else expect(['corrupt', 'wrong-shape', 'future-version', 'too-large']).toContain(result.error);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('progress import', () => {
  let backing: FakeStorage;
  beforeEach(() => {
    backing = new FakeStorage();
    initProgress(createSafeStorage(() => backing));
    recordAnswer('a-check', 'q1', [1], true);
  });

  it('never throws; a rejected file changes neither the store nor storage', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const before = { state: encode($progress.get()), stored: backing.getItem(PROGRESS_KEY) };
        const result = importProgress(text);
        if (!result.ok) {
          expect(encode($progress.get())).toBe(before.state);
          expect(backing.getItem(PROGRESS_KEY)).toBe(before.stored);
        } else {
          // Nothing already there is lost.
          expect($progress.get().quizzes['a-check']?.answers['q1']).toBeDefined();
        }
      }),
      RUNS,
    );
  });
});

describe('settings decode', () => {
  it('never throws and keeps only known roles and a short name', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const settings = decodeSettings(text);
        expect(Object.keys(settings).sort()).toEqual(['name', 'role']);
        expect(settings.name.length).toBeLessThanOrEqual(120);
      }),
      RUNS,
    );
  });
});
