import { afterEach, describe, expect, it } from 'vitest';
import { decode, decodeValue, emptyProgress, encode, migrate, PROGRESS_VERSION, type DecodeError, type Progress } from '../../src/lib/progress.ts';

const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-02T11:30:00.000Z';
const EPOCH = new Date(0).toISOString();
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const KNOWN_ERRORS: DecodeError[] = ['corrupt', 'wrong-shape', 'future-version', 'too-large'];

const sample = (): Progress => ({
  version: 1,
  lessons: {
    'why-gender/01-intro': { visitedAt: T1, completedAt: T2 },
    'why-gender/02-law': { visitedAt: T2 },
  },
  quizzes: {
    'wg-check': {
      answers: {
        q1: { selected: [1], correct: true, at: T1 },
        q2: { selected: [0, 2], correct: false, at: T2 },
      },
      attempts: 0,
    },
    'wg-assessment': { answers: {}, attempts: 3, best: { score: 8, max: 10, at: T2 } },
  },
  lastLesson: 'why-gender/02-law',
  updatedAt: T2,
});

/** Decodes and asserts success, returning the progress. */
const ok = (text: string) => {
  const result = decode(text);
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result;
};

/** A v1 envelope around the given JSON fragments. */
const v1 = (lessons: string, quizzes = '{}') => `{"version":1,"lessons":${lessons},"quizzes":${quizzes},"lastLesson":null,"updatedAt":"${T1}"}`;

afterEach(() => {
  // Never let a failed pollution test leak into the others.
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('decode: success paths', () => {
  it('null (nothing stored) gives empty progress', () => {
    const result = decode(null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(false);
    expect(result.progress).toMatchObject({ version: 1, lessons: {}, quizzes: {}, lastLesson: null });
    expect(Number.isNaN(Date.parse(result.progress.updatedAt))).toBe(false);
  });

  it('a valid v1 record round-trips through encode', () => {
    const p = sample();
    const result = ok(encode(p));
    expect(result.migrated).toBe(false);
    expect(result.progress).toEqual(p);
    expect(encode(result.progress)).toBe(encode(p));
  });

  it('an empty record round-trips', () => {
    const p = emptyProgress(T1);
    expect(ok(encode(p)).progress).toEqual(p);
  });

  it('pretty-printed export text decodes (the export format)', () => {
    expect(ok(JSON.stringify(sample(), null, 2)).progress).toEqual(sample());
  });

  it('current version is 1', () => {
    expect(PROGRESS_VERSION).toBe(1);
  });
});

describe('decode: errors', () => {
  const valid = encode(sample());

  const cases: [name: string, error: DecodeError, text: string][] = [
    ['first half of a valid file', 'corrupt', valid.slice(0, Math.floor(valid.length / 2))],
    ['valid file missing its last brace', 'corrupt', valid.slice(0, -1)],
    ['empty text', 'corrupt', ''],
    ['a lone brace', 'corrupt', '{'],
    ['not JSON at all', 'corrupt', 'hello'],
    ['JS object literal, not JSON', 'corrupt', "{version:1,lessons:{},quizzes:{}}"],
    ['array', 'wrong-shape', '[]'],
    ['array of a record', 'wrong-shape', `[${valid}]`],
    ['number', 'wrong-shape', '42'],
    ['string', 'wrong-shape', '"progress"'],
    ['JSON null', 'wrong-shape', 'null'],
    ['boolean', 'wrong-shape', 'true'],
    ['lessons is an array (unversioned)', 'wrong-shape', '{"lessons":[]}'],
    ['lessons is an array (v1)', 'wrong-shape', v1('[]')],
    ['quizzes is an array', 'wrong-shape', v1('{}', '[]')],
    ['lessons is null', 'wrong-shape', v1('null')],
    ['lessons missing', 'wrong-shape', '{"version":1,"quizzes":{}}'],
    ['quizzes missing', 'wrong-shape', '{"version":1,"lessons":{}}'],
    ['empty object', 'wrong-shape', '{}'],
    ['version as a string', 'wrong-shape', '{"version":"1","lessons":{},"quizzes":{}}'],
    ['fractional version', 'wrong-shape', '{"version":1.5,"lessons":{},"quizzes":{}}'],
    ['negative version', 'wrong-shape', '{"version":-1,"lessons":{},"quizzes":{}}'],
    ['version null', 'wrong-shape', '{"version":null,"lessons":{},"quizzes":{}}'],
    ['version 2', 'future-version', '{"version":2,"lessons":{},"quizzes":{}}'],
    ['version 2 with an unknown shape', 'future-version', '{"version":2,"data":"whatever"}'],
    ['version 99', 'future-version', '{"version":99}'],
    ['version 9 without anything else', 'future-version', '{"version":9}'],
  ];

  it.each(cases)('%s → %s', (_name, error, text) => {
    expect(decode(text)).toEqual({ ok: false, error });
  });

  it('too-large when the text is longer than maxBytes, checked before parsing', () => {
    expect(decode(valid, valid.length - 1)).toEqual({ ok: false, error: 'too-large' });
    expect(decode(valid, valid.length).ok).toBe(true);
    // Even corrupt text is refused for its size first.
    expect(decode('{'.repeat(20), 10)).toEqual({ ok: false, error: 'too-large' });
    expect(decode('x'.repeat(600 * 1024), 512 * 1024)).toEqual({ ok: false, error: 'too-large' });
  });

  it('no limit by default', () => {
    const big: Progress = emptyProgress(T1);
    for (let i = 0; i < 3000; i++) big.lessons[`m/lesson-${i}`] = { visitedAt: T1 };
    expect(ok(encode(big)).progress.lessons['m/lesson-2999']).toEqual({ visitedAt: T1 });
  });
});

describe('decode: migration from the unversioned previews', () => {
  it('{lessons, quizzes} without a version is migrated to v1', () => {
    const text = JSON.stringify({
      lessons: { 'why-gender/01-intro': { completedAt: T1 } },
      quizzes: { 'wg-check': { answers: { q1: { selected: [2], correct: true, at: T1 } }, attempts: 1 } },
    });
    const result = ok(text);
    expect(result.migrated).toBe(true);
    expect(result.progress).toEqual({
      version: 1,
      lessons: { 'why-gender/01-intro': { completedAt: T1 } },
      quizzes: { 'wg-check': { answers: { q1: { selected: [2], correct: true, at: T1 } }, attempts: 1 } },
      lastLesson: null,
      updatedAt: EPOCH,
    });
  });

  it('version 0 is migrated the same way', () => {
    const result = ok('{"version":0,"lessons":{},"quizzes":{}}');
    expect(result.migrated).toBe(true);
    expect(result.progress).toEqual({ version: 1, lessons: {}, quizzes: {}, lastLesson: null, updatedAt: EPOCH });
  });

  it('keeps lastLesson and updatedAt of an unversioned record when present', () => {
    const result = ok(`{"lessons":{},"quizzes":{},"lastLesson":"m/a","updatedAt":"${T2}"}`);
    expect(result.progress.lastLesson).toBe('m/a');
    expect(result.progress.updatedAt).toBe(T2);
  });

  it('migrate() reports migrated=false for the current version and does not touch the data', () => {
    const data = { version: 1, lessons: {}, quizzes: {} };
    expect(migrate(data)).toEqual({ data, migrated: false });
  });

  it('migrate() refuses versions it cannot lift', () => {
    expect(migrate({ version: 2 })).toEqual({ error: 'future-version' });
    expect(migrate({ version: 'x' })).toEqual({ error: 'wrong-shape' });
  });
});

describe('decode: prototype pollution', () => {
  const poison = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}';
  const answer = `{"selected":[0],"correct":true,"at":"${T1}"}`;
  const lesson = `{"visitedAt":"${T1}"}`;

  const texts: [string, string][] = [
    [
      'v1 record',
      `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},"version":1,` +
        `"lessons":{"__proto__":${lesson},"constructor":${lesson},"prototype":${lesson},"m/a":${lesson}},` +
        `"quizzes":{"__proto__":{"answers":{}},"constructor":{"answers":{}},"prototype":{"answers":{}},` +
        `"quiz":{"__proto__":{"polluted":1},"answers":{"__proto__":${answer},"constructor":${answer},"prototype":${answer},"q1":${answer}},` +
        `"best":{"__proto__":{"polluted":1},"score":1,"max":2,"at":"${T1}"},"attempts":1}},` +
        `"lastLesson":"__proto__","updatedAt":"${T1}"}`,
    ],
    [
      'unversioned record (goes through the migration spread)',
      `{"__proto__":{"polluted":1,"version":1},"constructor":{"prototype":{"polluted":1}},"lessons":{"__proto__":${lesson},"m/a":${lesson}},"quizzes":{"__proto__":{"polluted":1}}}`,
    ],
    ['only forbidden keys at the top', `${poison}}`],
    ['forbidden keys inside nested values', `{"version":1,"lessons":{"m/a":${poison},"visitedAt":"${T1}"}},"quizzes":{"q":${poison},"answers":${poison}}}}}`],
  ];

  /** Walks the result and collects forbidden own keys and non-plain prototypes. */
  const problems = (value: unknown, path = '$'): string[] => {
    if (typeof value !== 'object' || value === null) return [];
    const found: string[] = [];
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype) found.push(`${path}: unexpected prototype`);
    for (const key of Object.getOwnPropertyNames(value)) {
      if (FORBIDDEN.includes(key)) found.push(`${path}.${key}`);
      found.push(...problems((value as Record<string, unknown>)[key], `${path}.${key}`));
    }
    return found;
  };

  it.each(texts)('%s: no forbidden own keys, no pollution', (_name, text) => {
    const result = decode(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(KNOWN_ERRORS.includes((result as { error: DecodeError }).error) || result.ok).toBe(true);
    if (!result.ok) return;
    expect(problems(result.progress)).toEqual([]);
    expect((result.progress as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the good entries next to the forbidden ones', () => {
    const result = ok(texts[0]![1]);
    expect(Object.keys(result.progress.lessons)).toEqual(['m/a']);
    expect(Object.keys(result.progress.quizzes)).toEqual(['quiz']);
    expect(Object.keys(result.progress.quizzes['quiz']!.answers)).toEqual(['q1']);
    expect(result.progress.quizzes['quiz']!.best).toEqual({ score: 1, max: 2, at: T1 });
    expect(result.progress.lastLesson).toBeNull();
  });

  it('the unversioned record is migrated with only its good lesson', () => {
    const result = ok(texts[1]![1]);
    expect(result.migrated).toBe(true);
    expect(Object.keys(result.progress.lessons)).toEqual(['m/a']);
    expect(result.progress.quizzes).toEqual({});
  });

  it('decodeValue on an object whose prototype is poisoned ignores inherited data', () => {
    const inherited = Object.create({ lessons: { 'm/a': { visitedAt: T1 } }, quizzes: {} }) as Record<string, unknown>;
    inherited['version'] = 1;
    inherited['lessons'] = {};
    inherited['quizzes'] = {};
    const result = decodeValue(inherited);
    expect(result.ok && result.progress.lessons).toEqual({});
  });
});

describe('decode: bad entries are dropped, good ones kept', () => {
  it('drops an answer whose selected is not an array, keeps the others', () => {
    const result = ok(
      v1('{}', `{"q":{"answers":{"bad":{"selected":"x","correct":true,"at":"${T1}"},"good":{"selected":[1],"correct":false,"at":"${T1}"}},"attempts":0}}`),
    );
    expect(result.progress.quizzes['q']!.answers).toEqual({ good: { selected: [1], correct: false, at: T1 } });
  });

  const answers: [string, string, boolean][] = [
    ['correct missing', `{"selected":[1],"at":"${T1}"}`, false],
    ['correct as a string', `{"selected":[1],"correct":"true","at":"${T1}"}`, false],
    ['at missing', '{"selected":[1],"correct":true}', false],
    ['at not a date', '{"selected":[1],"correct":true,"at":"yesterday-ish"}', false],
    ['at a number', '{"selected":[1],"correct":true,"at":12}', false],
    ['answer is an array', '[1]', false],
    ['answer is null', 'null', false],
    ['valid', `{"selected":[1],"correct":true,"at":"${T1}"}`, true],
    ['empty selection is allowed', `{"selected":[],"correct":false,"at":"${T1}"}`, true],
  ];
  it.each(answers)('answer with %s kept=%s', (_name, json, kept) => {
    const result = ok(v1('{}', `{"q":{"answers":{"q1":${json}}}}`));
    expect('q1' in result.progress.quizzes['q']!.answers).toBe(kept);
  });

  it('cleans an answer selection: integers 0-9 only, unique, sorted', () => {
    const result = ok(v1('{}', `{"q":{"answers":{"q1":{"selected":[3,1,3,12,-1,"2",1.5,null,0],"correct":true,"at":"${T1}"}}}}`));
    expect(result.progress.quizzes['q']!.answers['q1']!.selected).toEqual([0, 1, 3]);
  });

  it('drops a lesson with an invalid date, keeps a good one', () => {
    const result = ok(v1(`{"m/bad":{"visitedAt":"not a date"},"m/good":{"visitedAt":"${T1}"}}`));
    expect(result.progress.lessons).toEqual({ 'm/good': { visitedAt: T1 } });
  });

  const lessons: [string, string, object | undefined][] = [
    ['no dates', '{}', undefined],
    ['dates of the wrong type', '{"visitedAt":1,"completedAt":true}', undefined],
    ['a date string over 40 characters', `{"visitedAt":"${T1}                              "}`, undefined],
    ['lesson is a string', '"done"', undefined],
    ['one bad date, one good', `{"visitedAt":"nope","completedAt":"${T2}"}`, { completedAt: T2 }],
    ['both dates', `{"visitedAt":"${T1}","completedAt":"${T2}"}`, { visitedAt: T1, completedAt: T2 }],
    ['unknown keys dropped', `{"visitedAt":"${T1}","extra":1}`, { visitedAt: T1 }],
    ['a date without time is normalized to ISO', '{"visitedAt":"2024-03-01"}', { visitedAt: '2024-03-01T00:00:00.000Z' }],
    ['an offset date is normalized to UTC', '{"visitedAt":"2024-03-01T12:00:00+02:00"}', { visitedAt: '2024-03-01T10:00:00.000Z' }],
  ];
  it.each(lessons)('lesson with %s', (_name, json, expected) => {
    expect(ok(v1(`{"m/a":${json}}`)).progress.lessons['m/a']).toEqual(expected);
  });

  const ids: [string, boolean][] = [
    ['why-gender/01-intro', true],
    ['a', true],
    ['0', true],
    ['m/a/b-c', true],
    ['a'.repeat(200), true],
    ['a'.repeat(201), false],
    ['', false],
    ['Intro', false],
    ['why-gender/01-Intro', false],
    ['with space', false],
    ['-leading-dash', false],
    ['/leading-slash', false],
    ['snake_case', false],
    ['dot.ted', false],
    ['ünïcode', false],
    ['../etc/passwd', false],
    ['constructor', false],
    ['prototype', false],
  ];
  it.each(ids)('lesson, quiz and answer id %j kept=%s', (id, kept) => {
    const key = JSON.stringify(id);
    const result = ok(v1(`{${key}:{"visitedAt":"${T1}"}}`, `{${key}:{"answers":{${key}:{"selected":[0],"correct":true,"at":"${T1}"}}},"q":{"answers":{${key}:{"selected":[0],"correct":true,"at":"${T1}"}}}}`));
    expect(Object.hasOwn(result.progress.lessons, id)).toBe(kept);
    expect(Object.hasOwn(result.progress.quizzes, id)).toBe(kept);
    expect(Object.hasOwn(result.progress.quizzes['q']!.answers, id)).toBe(kept);
  });

  it('lastLesson that is not an id becomes null', () => {
    for (const last of ['"Bad Id"', '42', '{}', '"__proto__"', '""']) {
      const text = `{"version":1,"lessons":{},"quizzes":{},"lastLesson":${last},"updatedAt":"${T1}"}`;
      expect(ok(text).progress.lastLesson).toBeNull();
    }
  });

  it('updatedAt that is not a date becomes the epoch', () => {
    expect(ok('{"version":1,"lessons":{},"quizzes":{},"updatedAt":"soon"}').progress.updatedAt).toBe(EPOCH);
  });

  const bests: [string, string, boolean][] = [
    ['in range', '{"score":8,"max":10}', true],
    ['zero score', '{"score":0,"max":10}', true],
    ['full score', '{"score":10,"max":10}', true],
    ['max 100', '{"score":50,"max":100}', true],
    ['score above max', '{"score":11,"max":10}', false],
    ['negative score', '{"score":-1,"max":10}', false],
    ['max 0', '{"score":0,"max":0}', false],
    ['max over 100', '{"score":1,"max":101}', false],
    ['fractional score', '{"score":1.5,"max":10}', false],
    ['score as a string', '{"score":"8","max":10}', false],
    ['max missing', '{"score":1}', false],
  ];
  it.each(bests)('best score %s kept=%s', (_name, json, kept) => {
    const best = JSON.parse(json) as object;
    const result = ok(v1('{}', `{"q":{"answers":{},"best":${JSON.stringify({ ...best, at: T1 })},"attempts":1}}`));
    const quiz = result.progress.quizzes['q']!;
    expect(quiz).toBeDefined(); // the quiz itself is kept either way
    expect(quiz.best).toEqual(kept ? { ...best, at: T1 } : undefined);
  });

  it('best without a valid date is dropped', () => {
    const result = ok(v1('{}', '{"q":{"answers":{},"best":{"score":1,"max":2,"at":"never"}}}'));
    expect(result.progress.quizzes['q']!.best).toBeUndefined();
  });

  const attempts: [string, string, number][] = [
    ['positive', '3', 3],
    ['zero', '0', 0],
    ['negative', '-2', 0],
    ['fractional', '1.5', 0],
    ['string', '"3"', 0],
    ['huge', '1e12', 1e6],
  ];
  it.each(attempts)('attempts %s → %i', (_name, json, expected) => {
    expect(ok(v1('{}', `{"q":{"answers":{},"attempts":${json}}}`)).progress.quizzes['q']!.attempts).toBe(expected);
  });

  it('a quiz without answers gets an empty answers map; a quiz that is not an object is dropped', () => {
    const result = ok(v1('{}', '{"q":{},"r":[],"s":"x"}'));
    expect(result.progress.quizzes).toEqual({ q: { answers: {}, attempts: 0 } });
  });
});

describe('decode: huge input', () => {
  const lessonsText = (n: number, prefix = 'l-') => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`"${prefix}${i}":{"visitedAt":"${T1}"}`);
    return `{${parts.join(',')}}`;
  };

  it('caps lessons at 5,000 entries and keeps the first 5,000', () => {
    const result = ok(v1(lessonsText(5001)));
    const keys = Object.keys(result.progress.lessons);
    expect(keys).toHaveLength(5000);
    expect(keys[0]).toBe('l-0');
    expect(keys[4999]).toBe('l-4999');
    expect(result.progress.lessons['l-5000']).toBeUndefined();
  });

  it('exactly 5,000 lessons are all kept', () => {
    expect(Object.keys(ok(v1(lessonsText(5000))).progress.lessons)).toHaveLength(5000);
  });

  it('invalid ids do not count toward the cap', () => {
    const bad = Array.from({ length: 50 }, (_, i) => `"BAD ${i}":{"visitedAt":"${T1}"}`).join(',');
    const text = v1(`{${bad},${lessonsText(5000).slice(1)}`);
    expect(Object.keys(ok(text).progress.lessons)).toHaveLength(5000);
  });

  it('caps answers of one quiz at 5,000 too', () => {
    const answers = Array.from({ length: 6000 }, (_, i) => `"q${i}":{"selected":[0],"correct":true,"at":"${T1}"}`).join(',');
    const result = ok(v1('{}', `{"quiz":{"answers":{${answers}}}}`));
    expect(Object.keys(result.progress.quizzes['quiz']!.answers)).toHaveLength(5000);
  });

  it('100,000 lessons decode without throwing and are capped', () => {
    const text = v1(lessonsText(100_000));
    expect(() => decode(text)).not.toThrow();
    expect(Object.keys(ok(text).progress.lessons)).toHaveLength(5000);
  });

  it('deeply nested input does not throw', () => {
    const depth = 5000;
    const text = `{"version":1,"lessons":{"m/a":${'['.repeat(depth)}${']'.repeat(depth)}},"quizzes":{}}`;
    expect(() => decode(text)).not.toThrow();
  });
});

describe('decode: fuzz', () => {
  /** mulberry32: a small seeded PRNG, so failures reproduce. */
  const prng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const KEYS = [
    ...FORBIDDEN,
    'version',
    'lessons',
    'quizzes',
    'answers',
    'best',
    'attempts',
    'selected',
    'correct',
    'at',
    'score',
    'max',
    'visitedAt',
    'completedAt',
    'lastLesson',
    'updatedAt',
    'm/a',
    'q1',
    'Bad Key',
    '',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'length',
    '0',
  ];
  const STRINGS = [T1, '2024-01-01', 'not a date', '', 'm/a', '__proto__', 'x'.repeat(50), '1', '+275760-09-13T00:00:00.000Z', '\u0000', '\ud800'];
  const NUMBERS = [0, 1, -1, 1.5, 2, 9, 10, 100, 101, 1e21, -0, Number.MAX_SAFE_INTEGER];

  /** Random JSON text; objects are written as text so forbidden keys become own keys after parsing. */
  const generate = (rand: () => number, depth: number): string => {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const r = rand();
    if (depth <= 0 || r < 0.3) {
      const leaf = rand();
      if (leaf < 0.2) return 'null';
      if (leaf < 0.35) return rand() < 0.5 ? 'true' : 'false';
      if (leaf < 0.65) return JSON.stringify(pick(NUMBERS));
      return JSON.stringify(pick(STRINGS));
    }
    if (r < 0.45) {
      const n = Math.floor(rand() * 4);
      return `[${Array.from({ length: n }, () => generate(rand, depth - 1)).join(',')}]`;
    }
    return generateObject(rand, depth - 1);
  };
  const generateObject = (rand: () => number, depth: number): string => {
    const n = Math.floor(rand() * 6);
    return `{${Array.from({ length: n }, () => `${JSON.stringify(KEYS[Math.floor(rand() * KEYS.length)])}:${generate(rand, depth)}`).join(',')}}`;
  };

  /** Sometimes a plausible envelope, so the deep validators run too; sometimes broken text. */
  const sampleText = (rand: () => number): string => {
    const kind = rand();
    if (kind < 0.4) {
      const version = ['0', '1', '2', '"1"', 'null', '1.5'][Math.floor(rand() * 6)];
      const withVersion = rand() < 0.7 ? `"version":${version},` : '';
      return `{${withVersion}"lessons":${generateObject(rand, 3)},"quizzes":{"q":{"answers":${generateObject(rand, 3)},"best":${generate(rand, 2)},"attempts":${generate(rand, 1)}}},"lastLesson":${generate(rand, 1)},"updatedAt":${generate(rand, 1)}}`;
    }
    const text = generate(rand, 5);
    if (kind > 0.9) return text.slice(0, Math.floor(rand() * text.length)); // truncated
    return text;
  };

  it('500 random inputs: never throws, always ok or a known error, output valid and stable', () => {
    const rand = prng(20240301);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 500; i++) {
      const text = sampleText(rand);
      let result: ReturnType<typeof decode>;
      try {
        result = decode(text);
      } catch (error) {
        throw new Error(`decode threw on input #${i}: ${text}\n${String(error)}`);
      }
      const outcome = result.ok ? 'ok' : result.error;
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      expect(['ok', ...KNOWN_ERRORS], `input #${i}: ${text}`).toContain(outcome);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      if (!result.ok) continue;
      const p = result.progress;
      expect(p.version).toBe(1);
      for (const key of FORBIDDEN) {
        expect(Object.hasOwn(p, key)).toBe(false);
        expect(Object.hasOwn(p.lessons, key)).toBe(false);
        expect(Object.hasOwn(p.quizzes, key)).toBe(false);
        for (const quiz of Object.values(p.quizzes)) expect(Object.hasOwn(quiz.answers, key)).toBe(false);
      }
      // What decode produces, decode accepts unchanged.
      const again = decode(encode(p));
      expect(again.ok && again.progress, `input #${i}: ${text}`).toEqual(p);
    }
    // The generator must actually reach both success and failure paths.
    expect(counts['ok']).toBeGreaterThan(50);
    expect(counts['wrong-shape']).toBeGreaterThan(20);
    expect(counts['corrupt']).toBeGreaterThan(5);
  });

  it('the same seed gives the same inputs (reproducible)', () => {
    const a = prng(7);
    const b = prng(7);
    expect(Array.from({ length: 5 }, () => sampleText(a))).toEqual(Array.from({ length: 5 }, () => sampleText(b)));
  });
});
