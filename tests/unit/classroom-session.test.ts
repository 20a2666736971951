import { describe, expect, it } from 'vitest';
import {
  SESSION_LIMITS,
  codeFromHash,
  decodeSession,
  encodeSession,
  hashFor,
  normalizeSession,
  type Session,
} from '../../src/lib/classroom-session.ts';

const session: Session = {
  title: 'Induction day — module 1 “quiz”',
  questions: ['wg-report-mandate', 'wg-resolution-calls', 'sp-detected-share'],
  timer: 60,
  teams: ['Red table', 'Équipe bleue'],
};
const known = new Set(session.questions);

/** The code for any JSON value, to forge links by hand. */
const forge = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const decode = (code: string | null | undefined) => decodeSession(code, known);

describe('encodeSession / decodeSession', () => {
  it('round-trips a session, including non-ASCII text', () => {
    const code = encodeSession(session);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decode(code)).toEqual({ ok: true, session, dropped: [] });
  });

  it('keeps a 10-question session link short', () => {
    const ten = { ...session, questions: Array.from({ length: 10 }, (_, i) => `question-id-number-${i}`) };
    expect(encodeSession(ten).length).toBeLessThan(500);
  });

  it('round-trips the largest session the builder can make', () => {
    const big: Session = {
      title: 'T'.repeat(SESSION_LIMITS.title),
      questions: Array.from({ length: SESSION_LIMITS.questions }, (_, i) => `q${i}-${'x'.repeat(30)}`),
      timer: SESSION_LIMITS.timerMax,
      teams: Array.from({ length: SESSION_LIMITS.teams }, (_, i) => `Team ${i} ${'y'.repeat(20)}`),
    };
    const code = encodeSession(big);
    expect(code.length).toBeLessThanOrEqual(SESSION_LIMITS.code);
    expect(decodeSession(code)).toEqual({ ok: true, session: big, dropped: [] });
  });

  it('normalizes what it encodes: trimmed text, clamped timer, unique teams and questions', () => {
    const messy: Session = { title: '  A\n\ttitle ', questions: ['a', 'a', 'b', 'Not An Id'], timer: 3, teams: [' x ', 'x', '', 'y'] };
    expect(normalizeSession(messy)).toEqual({ title: 'A title', questions: ['a', 'b'], timer: SESSION_LIMITS.timerMin, teams: ['x', 'y'] });
    expect(decodeSession(encodeSession(messy))).toMatchObject({ ok: true, session: { title: 'A title', questions: ['a', 'b'] } });
    expect(normalizeSession({ ...messy, timer: 0 }).timer).toBe(0);
    expect(normalizeSession({ ...messy, timer: Number.NaN }).timer).toBe(0);
    expect(normalizeSession({ ...messy, timer: 10_000 }).timer).toBe(SESSION_LIMITS.timerMax);
  });
});

describe('decodeSession: bad links give a reason, never an exception', () => {
  const code = encodeSession(session);

  it.each([
    ['nothing', null, 'missing'],
    ['undefined', undefined, 'missing'],
    ['an empty code', '', 'missing'],
    ['a truncated code (one character short)', code.slice(0, -1), 'damaged'],
    ['a truncated code (half of it)', code.slice(0, Math.floor(code.length / 2)), 'damaged'],
    ['characters outside base64url', `${code.slice(0, 10)}+/=`, 'damaged'],
    ['spaces and HTML', '<script>alert(1)</script>', 'damaged'],
    ['base64 of text that is not JSON', Buffer.from('hello').toString('base64url'), 'damaged'],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'), 'damaged'],
    ['an oversized code', 'A'.repeat(SESSION_LIMITS.code + 1), 'too-large'],
    ['a JSON object', forge({ title: 'x' }), 'wrong-shape'],
    ['a JSON string', forge('x'), 'wrong-shape'],
    ['null', forge(null), 'wrong-shape'],
    ['an empty array', forge([]), 'wrong-shape'],
    ['version 0', forge([0, 't', 0, [], ['a']]), 'wrong-shape'],
    ['a newer version', forge([2, 't', 0, [], ['a']]), 'future-version'],
    ['a version as a string', forge(['1', 't', 0, [], ['a']]), 'wrong-shape'],
    ['extra fields', forge([1, 't', 0, [], ['a'], 'extra']), 'wrong-shape'],
    ['a title that is not text', forge([1, { toString: 1 }, 0, [], ['a']]), 'wrong-shape'],
    ['an enormous title', forge([1, 'x'.repeat(1000), 0, [], ['a']]), 'wrong-shape'],
    ['a timer too short', forge([1, 't', 5, [], ['a']]), 'wrong-shape'],
    ['a timer too long', forge([1, 't', 100_000, [], ['a']]), 'wrong-shape'],
    ['a fractional timer', forge([1, 't', 30.5, [], ['a']]), 'wrong-shape'],
    ['a negative timer', forge([1, 't', -60, [], ['a']]), 'wrong-shape'],
    ['teams that are not text', forge([1, 't', 0, [1, 2], ['a']]), 'wrong-shape'],
    ['too many teams', forge([1, 't', 0, Array.from({ length: 9 }, (_, i) => `t${i}`), ['a']]), 'wrong-shape'],
    ['no questions', forge([1, 't', 0, [], []]), 'wrong-shape'],
    ['too many questions', forge([1, 't', 0, [], Array.from({ length: 61 }, (_, i) => `q${i}`)]), 'wrong-shape'],
    ['a question id with a path', forge([1, 't', 0, [], ['../../etc/passwd']]), 'wrong-shape'],
    ['a question id with markup', forge([1, 't', 0, [], ['<img src=x onerror=alert(1)>']]), 'wrong-shape'],
    ['a prototype-polluting object', forge([1, 't', 0, [], { __proto__: { polluted: true } }]), 'wrong-shape'],
    ['deeply nested arrays', forge([1, 't', 0, [], [[[[[['a']]]]]]]), 'wrong-shape'],
    ['only questions the course does not have', forge([1, 't', 0, [], ['gone-question']]), 'unknown-questions'],
  ])('%s', (_, input, error) => {
    expect(() => decode(input as string)).not.toThrow();
    expect(decode(input as string)).toEqual({ ok: false, error });
  });

  it('does not pollute Object.prototype', () => {
    decode(forge(JSON.parse('[1, "t", 0, [], {"__proto__": {"polluted": true}}]')));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('drops questions the course no longer has and says which', () => {
    const result = decode(forge([1, 't', 0, [], ['gone', 'wg-report-mandate', 'also-gone']]));
    expect(result).toEqual({ ok: true, session: { title: 't', timer: 0, teams: [], questions: ['wg-report-mandate'] }, dropped: ['gone', 'also-gone'] });
  });

  it('cleans control characters out of text from a hand-made link', () => {
    const result = decode(forge([1, 'a\u0000b\u202e', 0, ['x\ny'], ['wg-report-mandate']]));
    expect(result).toMatchObject({ ok: true, session: { title: 'a b\u202e', teams: ['x y'] } });
  });

  it('survives random garbage', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/% ';
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(rand() * 200) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const result = decode(text);
      expect(result.ok === false || result.session.questions.length > 0).toBe(true);
    }
  });
});

describe('codeFromHash', () => {
  it.each([
    ['#s=abc', 'abc'],
    ['s=abc', 'abc'],
    ['#s=abc&x=1', 'abc'],
    ['#x=1&s=abc', 'abc'],
    ['#s=', ''],
    ['#', null],
    ['', null],
    ['#ss=abc', null],
    ['#para-20', null],
  ])('%s', (hash, code) => expect(codeFromHash(hash)).toBe(code));

  it('pairs with hashFor', () => expect(codeFromHash(hashFor('xyz'))).toBe('xyz'));
});
