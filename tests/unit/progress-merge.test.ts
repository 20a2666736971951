import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, type QuizRecord } from '../../src/lib/progress.ts';
import { merge } from '../../src/lib/progress-merge.ts';
import { summarizeImport } from '../../src/lib/progress-import.ts';

/** Day n of March 2024 at noon, as the ISO strings decode() produces. */
const day = (n: number) => new Date(Date.UTC(2024, 2, n, 12)).toISOString();

const record = (over: Partial<Progress> = {}): Progress => ({ ...emptyProgress(day(1)), ...over });

const content = (p: Progress) => ({ lessons: p.lessons, quizzes: p.quizzes });

const a = (): Progress =>
  record({
    lessons: {
      'm/one': { visitedAt: day(3), completedAt: day(5) },
      'm/two': { visitedAt: day(2) },
      'm/only-a': { completedAt: day(9) },
    },
    quizzes: {
      check: {
        answers: {
          q1: { selected: [0], correct: false, at: day(4) },
          q2: { selected: [1], correct: true, at: day(10) },
        },
        attempts: 0,
      },
      exam: { answers: {}, attempts: 2, best: { score: 6, max: 10, at: day(6) } },
      'only-a': { answers: {}, attempts: 1, best: { score: 1, max: 2, at: day(6) } },
    },
    lastLesson: 'm/one',
    updatedAt: day(10),
  });

const b = (): Progress =>
  record({
    lessons: {
      'm/one': { visitedAt: day(1), completedAt: day(8) },
      'm/two': { visitedAt: day(7), completedAt: day(7) },
      'm/only-b': { visitedAt: day(4) },
    },
    quizzes: {
      check: {
        answers: {
          q1: { selected: [1], correct: true, at: day(6) },
          q2: { selected: [0], correct: false, at: day(3) },
          q3: { selected: [2], correct: true, at: day(3) },
        },
        attempts: 0,
      },
      exam: { answers: {}, attempts: 5, best: { score: 9, max: 10, at: day(9) } },
    },
    lastLesson: 'm/two',
    updatedAt: day(8),
  });

describe('merge: lessons', () => {
  it('keeps the union of lessons with the earliest visitedAt and completedAt', () => {
    expect(merge(a(), b()).lessons).toEqual({
      'm/one': { visitedAt: day(1), completedAt: day(5) },
      'm/two': { visitedAt: day(2), completedAt: day(7) },
      'm/only-a': { completedAt: day(9) },
      'm/only-b': { visitedAt: day(4) },
    });
  });

  const cases: [string, Progress['lessons'][string], Progress['lessons'][string], Progress['lessons'][string]][] = [
    ['completion on one side only', { visitedAt: day(2) }, { completedAt: day(9) }, { visitedAt: day(2), completedAt: day(9) }],
    ['earlier completion on the second side', { completedAt: day(9) }, { completedAt: day(3) }, { completedAt: day(3) }],
    ['equal dates', { visitedAt: day(4), completedAt: day(4) }, { visitedAt: day(4), completedAt: day(4) }, { visitedAt: day(4), completedAt: day(4) }],
    ['earliest compares dates, not day-of-month text', { visitedAt: '2023-12-31T00:00:00.000Z' }, { visitedAt: '2024-01-01T00:00:00.000Z' }, { visitedAt: '2023-12-31T00:00:00.000Z' }],
  ];
  it.each(cases)('%s', (_name, x, y, expected) => {
    expect(merge(record({ lessons: { l: x } }), record({ lessons: { l: y } })).lessons['l']).toEqual(expected);
    expect(merge(record({ lessons: { l: y } }), record({ lessons: { l: x } })).lessons['l']).toEqual(expected);
  });
});

describe('merge: quizzes', () => {
  it('keeps every answer, the later one per question, the best score and the most attempts', () => {
    const merged = merge(a(), b());
    expect(merged.quizzes['check']).toEqual({
      answers: {
        q1: { selected: [1], correct: true, at: day(6) }, // b is later
        q2: { selected: [1], correct: true, at: day(10) }, // a is later
        q3: { selected: [2], correct: true, at: day(3) }, // only in b
      },
      attempts: 0,
    });
    expect(merged.quizzes['exam']).toEqual({ answers: {}, attempts: 5, best: { score: 9, max: 10, at: day(9) } });
    expect(merged.quizzes['only-a']).toEqual(a().quizzes['only-a']);
  });

  const quiz = (best: QuizRecord['best'], attempts = 1): QuizRecord => (best ? { answers: {}, attempts, best } : { answers: {}, attempts });
  const bests: [string, QuizRecord['best'], QuizRecord['best'], QuizRecord['best']][] = [
    ['higher ratio wins even when older', { score: 9, max: 10, at: day(1) }, { score: 8, max: 10, at: day(9) }, { score: 9, max: 10, at: day(1) }],
    ['ratio, not raw score, decides', { score: 4, max: 4, at: day(5) }, { score: 9, max: 10, at: day(2) }, { score: 4, max: 4, at: day(5) }],
    ['tie on ratio keeps the earlier', { score: 8, max: 10, at: day(7) }, { score: 4, max: 5, at: day(3) }, { score: 4, max: 5, at: day(3) }],
    ['tie on same score keeps the earlier', { score: 8, max: 10, at: day(2) }, { score: 8, max: 10, at: day(6) }, { score: 8, max: 10, at: day(2) }],
    ['best only on one side', undefined, { score: 1, max: 10, at: day(2) }, { score: 1, max: 10, at: day(2) }],
    ['zero score still counts as a best', { score: 0, max: 10, at: day(2) }, undefined, { score: 0, max: 10, at: day(2) }],
    ['no best on either side', undefined, undefined, undefined],
  ];
  it.each(bests)('best score: %s', (_name, x, y, expected) => {
    for (const [first, second] of [
      [x, y],
      [y, x],
    ] as const) {
      const merged = merge(record({ quizzes: { z: quiz(first) } }), record({ quizzes: { z: quiz(second) } })).quizzes['z']!;
      expect(merged.best).toEqual(expected);
      expect('best' in merged).toBe(expected !== undefined);
    }
  });

  it('attempts is the maximum of both', () => {
    expect(merge(record({ quizzes: { z: quiz(undefined, 3) } }), record({ quizzes: { z: quiz(undefined, 7) } })).quizzes['z']!.attempts).toBe(7);
    expect(merge(record({ quizzes: { z: quiz(undefined, 7) } }), record({ quizzes: { z: quiz(undefined, 3) } })).quizzes['z']!.attempts).toBe(7);
  });

  it('an answer is replaced by a later one even if the later one is wrong', () => {
    const right = record({ quizzes: { z: { answers: { q: { selected: [1], correct: true, at: day(1) } }, attempts: 0 } } });
    const wrong = record({ quizzes: { z: { answers: { q: { selected: [0], correct: false, at: day(2) } }, attempts: 0 } } });
    expect(merge(right, wrong).quizzes['z']!.answers['q']!.correct).toBe(false);
    expect(merge(wrong, right).quizzes['z']!.answers['q']!.correct).toBe(false);
  });
});

describe('merge: lastLesson and updatedAt', () => {
  it('takes lastLesson from the record updated later, whichever side it is on', () => {
    expect(merge(a(), b()).lastLesson).toBe('m/one'); // a updated day 10
    expect(merge(b(), a()).lastLesson).toBe('m/one');
    const older = { ...a(), updatedAt: day(1) };
    expect(merge(older, b()).lastLesson).toBe('m/two');
    expect(merge(b(), older).lastLesson).toBe('m/two');
  });

  it('falls back to the other lastLesson when the newer record has none', () => {
    const newerWithout = { ...b(), lastLesson: null, updatedAt: day(20) };
    expect(merge(a(), newerWithout).lastLesson).toBe('m/one');
    expect(merge(newerWithout, a()).lastLesson).toBe('m/one');
  });

  it('updatedAt is the later of both', () => {
    expect(merge(a(), b()).updatedAt).toBe(day(10));
    expect(merge(b(), a()).updatedAt).toBe(day(10));
  });

  it('the result is version 1', () => {
    expect(merge(a(), b()).version).toBe(1);
  });
});

describe('merge: algebra', () => {
  it('merging with an (older) empty record changes nothing', () => {
    expect(merge(a(), emptyProgress(day(1)))).toEqual(a());
    expect(merge(emptyProgress(day(1)), a())).toEqual(a());
  });

  it('merging with a newer empty record keeps all content and lastLesson', () => {
    const merged = merge(emptyProgress(day(30)), a());
    expect(content(merged)).toEqual(content(a()));
    expect(merged.lastLesson).toBe('m/one');
    expect(merged.updatedAt).toBe(day(30));
  });

  it('merging a record with itself changes nothing', () => {
    expect(merge(a(), a())).toEqual(a());
  });

  it('is commutative on lessons and quizzes', () => {
    expect(content(merge(a(), b()))).toEqual(content(merge(b(), a())));
  });

  it('does not modify its inputs', () => {
    const x = a();
    const y = b();
    merge(x, y);
    expect(x).toEqual(a());
    expect(y).toEqual(b());
  });

  /** Seeded records with distinct timestamps, so no tie rule is involved. */
  const random = (seed: number): Progress => {
    let s = seed;
    const rand = () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
    let clock = seed * 100_000; // disjoint ranges: no equal timestamps across records
    const at = () => new Date(Date.UTC(2024, 0, 1) + (clock += 1 + Math.floor(rand() * 100)) * 60_000).toISOString();
    const p = emptyProgress(at());
    for (let i = 0; i < 6; i++) {
      if (rand() < 0.5) continue;
      const r = rand();
      p.lessons[`m/l${i}`] = r < 0.33 ? { visitedAt: at() } : r < 0.66 ? { completedAt: at() } : { visitedAt: at(), completedAt: at() };
    }
    for (let i = 0; i < 3; i++) {
      if (rand() < 0.4) continue;
      const quiz: QuizRecord = { answers: {}, attempts: Math.floor(rand() * 5) };
      for (let k = 0; k < 4; k++) if (rand() < 0.6) quiz.answers[`q${k}`] = { selected: [Math.floor(rand() * 4)], correct: rand() < 0.5, at: at() };
      if (rand() < 0.7) {
        const max = 10;
        quiz.best = { score: Math.floor(rand() * (max + 1)), max, at: at() };
      }
      p.quizzes[`quiz-${i}`] = quiz;
    }
    p.lastLesson = rand() < 0.8 ? `m/l${Math.floor(rand() * 6)}` : null;
    return p;
  };

  it('is commutative and associative on content for 100 seeded record triples', () => {
    for (let i = 0; i < 100; i++) {
      const [x, y, z] = [random(3 * i + 1), random(3 * i + 2), random(3 * i + 3)];
      expect(content(merge(x, y)), `seed ${i}`).toEqual(content(merge(y, x)));
      expect(content(merge(merge(x, y), z)), `seed ${i}`).toEqual(content(merge(x, merge(y, z))));
      // Nothing either side holds is lost.
      const merged = merge(x, y);
      for (const id of [...Object.keys(x.lessons), ...Object.keys(y.lessons)]) expect(merged.lessons[id]).toBeDefined();
      for (const [id, quiz] of [...Object.entries(x.quizzes), ...Object.entries(y.quizzes)])
        for (const q of Object.keys(quiz.answers)) expect(merged.quizzes[id]!.answers[q]).toBeDefined();
    }
  });
});

describe('summarizeImport', () => {
  it('counts newly completed lessons, new answers and improved scores', () => {
    const before = a();
    const after = merge(before, b());
    expect(summarizeImport(before, after)).toEqual({
      lessonsCompleted: 1, // m/two (m/one was already complete; m/only-b only visited)
      answersAdded: 1, // check/q3 (q1 was only replaced)
      scoresImproved: 1, // exam 6/10 → 9/10
    });
  });

  it('an import of nothing new counts nothing', () => {
    expect(summarizeImport(a(), merge(a(), a()))).toEqual({ lessonsCompleted: 0, answersAdded: 0, scoresImproved: 0 });
    expect(summarizeImport(a(), merge(a(), emptyProgress(day(1))))).toEqual({ lessonsCompleted: 0, answersAdded: 0, scoresImproved: 0 });
  });

  it('everything counts when importing into an empty record', () => {
    const before = emptyProgress(day(1));
    expect(summarizeImport(before, merge(before, b()))).toEqual({ lessonsCompleted: 2, answersAdded: 3, scoresImproved: 1 });
  });

  it('a visit alone is not a completion; an equal score is not an improvement', () => {
    const before = record({ quizzes: { z: { answers: {}, attempts: 1, best: { score: 8, max: 10, at: day(2) } } } });
    const after = record({
      lessons: { 'm/x': { visitedAt: day(3) } },
      quizzes: { z: { answers: {}, attempts: 1, best: { score: 4, max: 5, at: day(1) } } },
    });
    expect(summarizeImport(before, after)).toEqual({ lessonsCompleted: 0, answersAdded: 0, scoresImproved: 0 });
  });

  it('a first best score counts as improved; answers to a new quiz are added', () => {
    const before = emptyProgress(day(1));
    const after = record({
      quizzes: { z: { answers: { q1: { selected: [0], correct: true, at: day(2) }, q2: { selected: [1], correct: false, at: day(2) } }, attempts: 1, best: { score: 0, max: 2, at: day(2) } } },
    });
    expect(summarizeImport(before, after)).toEqual({ lessonsCompleted: 0, answersAdded: 2, scoresImproved: 1 });
  });
});
