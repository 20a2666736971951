import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, emptyProgress, type Progress } from '../../src/lib/progress.ts';
import { catalogueLessons, type ScormCatalogue } from '../../src/lib/scorm-catalogue.ts';
import { decodeSuspend, encodeSuspend } from '../../src/lib/scorm-suspend.ts';
import { buildCatalogue, runtimeCatalogue } from '../../scripts/scorm/catalogue.mjs';

const course: ScormCatalogue = runtimeCatalogue(buildCatalogue());
const AT = '2025-03-04T05:06:07.000Z';
const LATER = '2025-06-01T10:00:00.000Z';

/** Every lesson visited and completed, every question of every quiz answered choosing every option, every ending, every best. */
function worstCase(c: ScormCatalogue): Progress {
  const p = emptyProgress(LATER);
  for (const l of catalogueLessons(c)) p.lessons[l.id] = { visitedAt: AT, completedAt: AT };
  for (const quiz of c.quizzes) {
    p.quizzes[quiz.id] = {
      answers: Object.fromEntries(quiz.questions.map((q) => [q.id, { selected: Array.from({ length: q.options }, (_, i) => i), correct: true, at: AT }])),
      best: { score: 99, max: 100, at: LATER },
      attempts: 3,
    };
  }
  for (const s of c.scenarios) p.quizzes[s.id] = { answers: {}, attempts: s.endings.length, endings: Object.fromEntries(s.endings.map((e) => [e, AT])) };
  p.lastLesson = catalogueLessons(c).at(-1)!.id;
  return p;
}

/** What survives the compact form: dates become updatedAt (bests keep theirs, to the second), attempts are not kept. */
function kept(p: Progress): unknown {
  const at = new Date(Math.floor(Date.parse(p.updatedAt) / 1000) * 1000).toISOString();
  return {
    lessons: Object.fromEntries(Object.entries(p.lessons).map(([id, l]) => [id, { ...(l.visitedAt ? { visitedAt: at } : {}), ...(l.completedAt ? { completedAt: at } : {}) }])),
    quizzes: Object.fromEntries(
      Object.entries(p.quizzes)
        .map(([id, q]) => {
          const answers = Object.fromEntries(Object.entries(q.answers).filter(([, a]) => a.selected.length > 0).map(([qid, a]) => [qid, { selected: a.selected, correct: a.correct, at }]));
          const out: Record<string, unknown> = { answers };
          if (q.best) out['best'] = { ...q.best, at: new Date(Math.floor(Date.parse(q.best.at) / 1000) * 1000).toISOString() };
          if (q.endings && Object.keys(q.endings).length > 0) out['endings'] = Object.fromEntries(Object.keys(q.endings).map((e) => [e, at]));
          return [id, out] as const;
        })
        .filter(([, q]) => Object.keys(q['answers'] as object).length > 0 || q['best'] || q['endings']),
    ),
    lastLesson: p.lastLesson,
    updatedAt: at,
  };
}
const comparable = (p: Progress): unknown => kept({ ...p, quizzes: Object.fromEntries(Object.entries(p.quizzes).map(([id, q]) => [id, { ...q, attempts: 0 }])) });

describe('suspend data for the whole course', () => {
  it('the worst case is well under 2,048 characters (and SCORM 1.2 allows 4,096)', () => {
    const worst = worstCase(course);
    const text = encodeSuspend(worst, course);
    const questions = course.quizzes.reduce((n, q) => n + q.questions.length, 0);
    // The catalogue is the real course: every lesson, question and ending.
    expect(catalogueLessons(course).length).toBeGreaterThanOrEqual(24);
    expect(questions).toBeGreaterThanOrEqual(150);
    expect(text.length).toBeLessThan(2048);
    console.info(`worst-case suspend_data for the whole course: ${text.length} characters (${questions} questions, ${catalogueLessons(course).length} lessons, ${course.scenarios.length} scenarios)`);
    expect(comparable(decodeSuspend(text, course)!)).toEqual(comparable(worst));
  });

  it('uses only characters every LMS stores safely', () => {
    expect(encodeSuspend(worstCase(course), course)).toMatch(/^[A-Za-z0-9_~.-]+$/);
  });

  it('an empty record is a handful of characters', () => {
    expect(encodeSuspend(emptyProgress(AT), course).length).toBeLessThan(20);
  });

  it('keeps answers, correctness, bests with their date, endings, lessons and the last lesson', () => {
    const lesson = catalogueLessons(course)[4]!;
    const quiz = course.quizzes[3]!;
    const scenario = course.scenarios[2]!;
    const p = emptyProgress(LATER);
    p.lessons[lesson.id] = { visitedAt: AT };
    p.lessons[catalogueLessons(course)[5]!.id] = { completedAt: AT };
    p.quizzes[quiz.id] = {
      answers: { [quiz.questions[1]!.id]: { selected: [1], correct: false, at: AT }, [quiz.questions.at(-1)!.id]: { selected: [0, 2], correct: true, at: AT } },
      best: { score: 7, max: 10, at: AT },
      attempts: 2,
    };
    p.quizzes[scenario.id] = { answers: {}, attempts: 1, endings: { [scenario.endings.at(-1)!]: AT } };
    p.lastLesson = lesson.id;
    const decoded = decodeSuspend(encodeSuspend(p, course), course)!;
    expect(comparable(decoded)).toEqual(comparable(p));
    expect(decoded.quizzes[quiz.id]!.best).toEqual({ score: 7, max: 10, at: AT });
    expect(decoded.quizzes[quiz.id]!.answers[quiz.questions[0]!.id]).toBeUndefined();
    // The result is a valid progress record.
    expect(decodeValue(JSON.parse(JSON.stringify(decoded)))).toMatchObject({ ok: true, progress: decoded });
  });

  it('drops what the catalogue does not know, and options beyond a question’s own', () => {
    const quiz = course.quizzes[0]!;
    const p = emptyProgress(AT);
    p.lessons['gone/lesson'] = { visitedAt: AT };
    p.quizzes['gone-quiz'] = { answers: { q: { selected: [0], correct: true, at: AT } }, attempts: 1 };
    p.quizzes[quiz.id] = { answers: { 'gone-question': { selected: [0], correct: true, at: AT }, [quiz.questions[0]!.id]: { selected: [9], correct: false, at: AT } }, attempts: 1 };
    p.lastLesson = 'gone/lesson';
    const decoded = decodeSuspend(encodeSuspend(p, course), course)!;
    expect(decoded.lessons).toEqual({});
    expect(decoded.quizzes).toEqual({});
    expect(decoded.lastLesson).toBeNull();
  });

  it('round-trips any progress record over the catalogue (property)', () => {
    const lessons = catalogueLessons(course).map((l) => l.id);
    const date = fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => new Date(s * 1000).toISOString());
    const quizRecord = (q: ScormCatalogue['quizzes'][number]) =>
      fc.record({
        answers: fc
          .subarray(q.questions)
          .chain((qs) =>
            fc
              .tuple(...qs.map((x) => fc.record({ selected: fc.uniqueArray(fc.integer({ min: 0, max: x.options - 1 }), { minLength: 1 }).map((s) => s.sort((a, b) => a - b)), correct: fc.boolean(), at: date })))
              .map((answers) => Object.fromEntries(qs.map((x, i) => [x.id, answers[i]!]))),
          ),
        attempts: fc.nat(5),
        best: fc.option(fc.integer({ min: 1, max: 100 }).chain((max) => fc.record({ score: fc.integer({ min: 0, max }), max: fc.constant(max), at: date })), { nil: undefined }),
      });
    const progress = fc.record({
      lessons: fc.dictionary(fc.constantFrom(...lessons), fc.record({ visitedAt: fc.option(date, { nil: undefined }), completedAt: fc.option(date, { nil: undefined }) })),
      quizzes: fc.tuple(...course.quizzes.slice(0, 6).map((q) => fc.option(quizRecord(q), { nil: undefined }))),
      lastLesson: fc.option(fc.constantFrom(...lessons), { nil: null }),
      updatedAt: date,
    });
    fc.assert(
      fc.property(progress, (raw) => {
        const decodedInput = decodeValue({
          version: 1,
          lessons: raw.lessons,
          quizzes: Object.fromEntries(raw.quizzes.flatMap((q, i) => (q ? [[course.quizzes[i]!.id, q]] : []))),
          lastLesson: raw.lastLesson,
          updatedAt: raw.updatedAt,
        });
        if (!decodedInput.ok) throw new Error('generator made an invalid record');
        const p = decodedInput.progress;
        const text = encodeSuspend(p, course);
        expect(comparable(decodeSuspend(text, course)!)).toEqual(comparable(p));
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeSuspend never misreads', () => {
  it('refuses data written for another catalogue (content changed) and other formats', () => {
    const text = encodeSuspend(worstCase(course), course);
    const changed: ScormCatalogue = { ...course, scenarios: course.scenarios.slice(1) };
    expect(decodeSuspend(text, changed)).toBeNull();
    expect(decodeSuspend(`2${text.slice(1)}`, course)).toBeNull();
    expect(decodeSuspend('{"version":1}', course)).toBeNull();
    expect(decodeSuspend('', course)).toBeNull();
  });

  it('returns null, never throws, for damaged or hostile text', () => {
    const good = encodeSuspend(worstCase(course), course);
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const damaged = good.slice(0, at) + insert + good.slice(at + 1);
        const decoded = decodeSuspend(damaged, course);
        if (decoded) expect(decodeValue(JSON.parse(JSON.stringify(decoded))).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void decodeSuspend(s, course)));
    const header = good.split('~')[0]!;
    for (const bad of [`${header}~AAAAAA~~Z~~~`, `${header}~AAAAAA~~~A__~~`, `${header}~AAAAAA~~~~_A~`, `${header}~AAAAAA~~~~~_`, `${header}~AAAAAA~_________~~~~`, `${header}~AAAAAA~~~~`, `${header}~AAAAA~~~~~`]) {
      expect(decodeSuspend(bad, course), bad).toBeNull();
    }
  });
});
