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

// ---- The other parsers of user-supplied input: classroom session links and
// saved sessions, embed query strings, and postMessage data. ----
import { codeFromHash, decodeSession } from '../../src/lib/classroom-session.ts';
import { parseSaved } from '../../src/lib/classroom-saved.ts';
import { embedSettings } from '../../src/lib/embed-theme.ts';
import { clampHeight, MAX_HEIGHT, MIN_HEIGHT, parseMessage } from '../../src/lib/embed-protocol.ts';

const base64url = (text: string) => Buffer.from(text).toString('base64url');
/** Session codes: random text, base64url of hostile JSON, and cut-off codes. */
const hostileCode = fc.oneof(fc.string({ maxLength: 6000 }), hostileText.map(base64url), hostileText.map(base64url).chain((c) => fc.nat(c.length).map((n) => c.slice(0, n))));

describe('classroom session links', () => {
  it('never throw, and every failure has a message key', () => {
    fc.assert(
      fc.property(hostileCode, (code) => {
        const result = decodeSession(code, new Set(['q1', 'q2']));
        if (!result.ok) expect(typeof result.error).toBe('string');
        codeFromHash(`#s=${code}`);
      }),
      RUNS,
    );
  });
});

describe('saved classroom sessions', () => {
  it('never throw and keep only well-formed sessions', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const saved = parseSaved(text);
        expect(Array.isArray(saved.sessions)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('embed query strings', () => {
  it('never throw and pass through only known values', () => {
    const query = fc.oneof(
      fc.string(),
      fc.record({ theme: fc.oneof(fc.string(), fc.constantFrom('light', 'dark', 'auto')), accent: fc.oneof(fc.string(), fc.stringMatching(/^#?[0-9a-fA-F]{3,8}$/)), lang: fc.oneof(fc.string(), forbidden, fc.constant('en')) }).map((q) => new URLSearchParams(q).toString()),
    );
    fc.assert(
      fc.property(query, (search) => {
        const s = embedSettings(search, { en: 'ltr' });
        expect([null, 'light', 'dark']).toContain(s.theme);
        expect([null, 'en']).toContain(s.lang);
        if (s.accent !== null) expect(s.accent).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
      }),
      RUNS,
    );
  });
});

describe('embed messages', () => {
  it('never throw; what they accept is well-formed and the height clamped', () => {
    const message = fc.oneof(
      hostileValue,
      fc.record({
        channel: fc.oneof(fc.constant('trafficking-course'), fc.string()),
        type: fc.oneof(fc.constantFrom('resize', 'quiz-answered', 'quiz-completed', 'scenario-ended'), fc.string(), forbidden),
        height: fc.oneof(fc.double(), fc.integer(), fc.string()),
        quiz: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
        question: fc.string(),
        correct: fc.oneof(fc.boolean(), fc.string()),
        score: fc.oneof(fc.integer(), fc.double()),
        max: fc.oneof(fc.integer(), fc.double()),
        ending: fc.string(),
      }),
    );
    fc.assert(
      fc.property(message, (data) => {
        const parsed = parseMessage(data);
        if (parsed?.type === 'resize') {
          expect(Number.isFinite(parsed.height)).toBe(true);
          const applied = clampHeight(parsed.height);
          expect(applied).toBeGreaterThanOrEqual(MIN_HEIGHT);
          expect(applied).toBeLessThanOrEqual(MAX_HEIGHT);
        }
        if (parsed) expect(parsed.channel).toBe('trafficking-course');
      }),
      RUNS,
    );
  });
});
