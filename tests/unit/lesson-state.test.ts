import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, type QuizRecord } from '../../src/lib/progress.ts';
import { lessonState, type LessonState } from '../../src/lib/lesson-state.ts';
import { assessmentState } from '../../src/lib/assessment-state.ts';
import { continueLesson, courseSummary, moduleSummary, type OutlineLesson, type OutlineModule } from '../../src/lib/outline.ts';

const AT = '2024-03-01T00:00:00.000Z';

const lesson = (id: string, checks: Record<string, string[]> = {}): OutlineLesson => ({ id, title: id, href: `/${id}/`, checks });

/** Quiz records with the given question ids answered (right or wrong does not matter). */
const answered = (quizzes: Record<string, string[]>): Record<string, QuizRecord> =>
  Object.fromEntries(
    Object.entries(quizzes).map(([quiz, ids]) => [quiz, { answers: Object.fromEntries(ids.map((q, i) => [q, { selected: [0], correct: i % 2 === 0, at: AT }])), attempts: 0 }]),
  );

const progress = (over: Partial<Progress> = {}): Progress => ({ ...emptyProgress(AT), ...over });

describe('lessonState: a lesson with knowledge checks', () => {
  const withChecks = lesson('m/with-checks', { 'check-a': ['q1', 'q2'], 'check-b': ['q3'] });

  const cases: [string, Partial<Progress>, LessonState][] = [
    ['nothing recorded', {}, 'not-started'],
    ['visited only', { lessons: { 'm/with-checks': { visitedAt: AT } } }, 'in-progress'],
    ['one question answered, never visited', { quizzes: answered({ 'check-a': ['q1'] }) }, 'in-progress'],
    ['one check fully answered, the other not', { quizzes: answered({ 'check-a': ['q1', 'q2'] }) }, 'in-progress'],
    ['all but one question of the second check', { quizzes: answered({ 'check-a': ['q1', 'q2'], 'check-b': [] }) }, 'in-progress'],
    ['every question of every check answered (right or wrong)', { quizzes: answered({ 'check-a': ['q1', 'q2'], 'check-b': ['q3'] }) }, 'complete'],
    ['answered but never visited is still complete', { quizzes: answered({ 'check-a': ['q2', 'q1'], 'check-b': ['q3'] }) }, 'complete'],
    [
      // Completion recorded elsewhere (an import, an early preview) is kept: nothing already there is lost.
      'a recorded completion counts even with checks unanswered',
      { lessons: { 'm/with-checks': { visitedAt: AT, completedAt: AT } }, quizzes: answered({ 'check-a': ['q1'] }) },
      'complete',
    ],
    ['answers to questions outside the lesson do not complete it', { quizzes: answered({ 'check-a': ['q1', 'x'], 'check-b': ['y'] }) }, 'in-progress'],
    ['answers in an unrelated quiz do not start it', { quizzes: answered({ other: ['q1', 'q2', 'q3'] }) }, 'not-started'],
    ['a visit to another lesson does not start it', { lessons: { 'm/other': { visitedAt: AT } } }, 'not-started'],
  ];

  it.each(cases)('%s → %s', (_name, over, expected) => {
    expect(lessonState(withChecks, progress(over))).toBe(expected);
  });
});

describe('lessonState: a lesson without checks', () => {
  const plain = lesson('m/plain');

  const cases: [string, Partial<Progress>, LessonState][] = [
    ['nothing recorded', {}, 'not-started'],
    ['visited', { lessons: { 'm/plain': { visitedAt: AT } } }, 'in-progress'],
    ['completed', { lessons: { 'm/plain': { visitedAt: AT, completedAt: AT } } }, 'complete'],
    ['completed without a visit date (imported)', { lessons: { 'm/plain': { completedAt: AT } } }, 'complete'],
    ['another lesson completed', { lessons: { 'm/other': { completedAt: AT } } }, 'not-started'],
    ['quiz answers elsewhere', { quizzes: answered({ check: ['q1'] }) }, 'not-started'],
  ];

  it.each(cases)('%s → %s', (_name, over, expected) => {
    expect(lessonState(plain, progress(over))).toBe(expected);
  });
});

describe('assessmentState', () => {
  const withBest = (score: number, max: number, attempts = 1) =>
    progress({ quizzes: { exam: { answers: {}, attempts, best: { score, max, at: AT } } } });

  it('no record → no best, not passed, no attempts', () => {
    expect(assessmentState('exam', progress())).toEqual({ best: null, passed: false, attempts: 0 });
  });

  it('attempts without a best (e.g. a dropped invalid best) are still counted', () => {
    expect(assessmentState('exam', progress({ quizzes: { exam: { answers: {}, attempts: 2 } } }))).toEqual({ best: null, passed: false, attempts: 2 });
  });

  const table: [score: number, max: number, percent: number, passed: boolean][] = [
    [8, 10, 80, true], // exactly the pass mark
    [4, 5, 80, true],
    [16, 20, 80, true],
    [7, 9, 77, false],
    [79, 100, 79, false],
    [7, 10, 70, false],
    [10, 10, 100, true],
    [0, 10, 0, false],
    [2, 3, 66, false],
    [29, 50, 58, false], // floating point: (29 / 50) * 100 === 57.99999999999999
  ];

  it.each(table)('best %i / %i → %i %, passed %s', (score, max, percent, passed) => {
    expect(assessmentState('exam', withBest(score, max, 3))).toEqual({ best: { score, max, percent }, passed, attempts: 3 });
  });

  it('a custom pass mark is honoured', () => {
    expect(assessmentState('exam', withBest(5, 10), 0.5).passed).toBe(true);
    expect(assessmentState('exam', withBest(4, 10), 0.5).passed).toBe(false);
    expect(assessmentState('exam', withBest(9, 10), 1).passed).toBe(false);
    expect(assessmentState('exam', withBest(10, 10), 1).passed).toBe(true);
  });
});

describe('outline summaries', () => {
  const modules: OutlineModule[] = [
    {
      id: 'm1',
      order: 1,
      title: 'One',
      href: '/m1/',
      lessons: [lesson('m1/a', { 'm1-check': ['q1'] }), lesson('m1/b'), lesson('m1/c')],
      assessment: { id: 'm1-exam', href: '/m1/assessment/', questions: 10 },
    },
    { id: 'm2', order: 2, title: 'Two', href: '/m2/', lessons: [lesson('m2/a'), lesson('m2/b')], assessment: null },
  ];
  const [m1, m2] = modules as [OutlineModule, OutlineModule];

  it('nothing done: totals count lessons plus the assessment as steps', () => {
    const p = progress();
    expect(moduleSummary(m1, p)).toEqual({
      done: 0,
      total: 4,
      lessons: ['not-started', 'not-started', 'not-started'],
      assessment: { best: null, passed: false, attempts: 0 },
      complete: false,
    });
    expect(moduleSummary(m2, p)).toMatchObject({ done: 0, total: 2, assessment: null, complete: false });
    expect(courseSummary(modules, p)).toEqual({ done: 0, total: 6, started: false });
  });

  it('counts complete lessons and a passed assessment; in-progress lessons do not count', () => {
    const p = progress({
      lessons: { 'm1/b': { visitedAt: AT, completedAt: AT }, 'm1/c': { visitedAt: AT }, 'm2/a': { completedAt: AT } },
      quizzes: { ...answered({ 'm1-check': ['q1'] }), 'm1-exam': { answers: {}, attempts: 1, best: { score: 8, max: 10, at: AT } } },
    });
    const s1 = moduleSummary(m1, p);
    expect(s1.lessons).toEqual(['complete', 'complete', 'in-progress']);
    expect(s1.assessment?.passed).toBe(true);
    expect(s1.done).toBe(3); // two lessons + the assessment
    expect(s1.total).toBe(4);
    expect(s1.complete).toBe(false);
    expect(moduleSummary(m2, p)).toMatchObject({ done: 1, total: 2, complete: false });
    expect(courseSummary(modules, p)).toEqual({ done: 4, total: 6, started: true });
  });

  it('a failed assessment is not a done step', () => {
    const p = progress({ quizzes: { 'm1-exam': { answers: {}, attempts: 1, best: { score: 7, max: 9, at: AT } } } });
    expect(moduleSummary(m1, p).done).toBe(0);
    expect(courseSummary(modules, p)).toEqual({ done: 0, total: 6, started: true });
  });

  it('a module is complete when every lesson is complete and the assessment passed', () => {
    const lessonsDone = progress({
      lessons: { 'm1/b': { completedAt: AT }, 'm1/c': { completedAt: AT }, 'm2/a': { completedAt: AT }, 'm2/b': { completedAt: AT } },
      quizzes: answered({ 'm1-check': ['q1'] }),
    });
    expect(moduleSummary(m1, lessonsDone).complete).toBe(false); // assessment not yet passed
    expect(moduleSummary(m2, lessonsDone).complete).toBe(true);
    const all = { ...lessonsDone, quizzes: { ...lessonsDone.quizzes, 'm1-exam': { answers: {}, attempts: 2, best: { score: 10, max: 10, at: AT } } } };
    expect(moduleSummary(m1, all)).toMatchObject({ done: 4, total: 4, complete: true });
    expect(courseSummary(modules, all)).toEqual({ done: 6, total: 6, started: true });
  });

  it('started is true with only a visit or only a quiz record', () => {
    expect(courseSummary(modules, progress({ lessons: { 'm2/a': { visitedAt: AT } } })).started).toBe(true);
    expect(courseSummary(modules, progress({ quizzes: { 'm1-exam': { answers: {}, attempts: 1 } } })).started).toBe(true);
  });

  it('an empty course has nothing to do', () => {
    expect(courseSummary([], progress())).toEqual({ done: 0, total: 0, started: false });
  });

  it('continueLesson returns the last lesson opened, searching every module', () => {
    expect(continueLesson(modules, progress({ lastLesson: 'm2/b' }))).toBe(m2.lessons[1]);
    expect(continueLesson(modules, progress({ lastLesson: 'm1/a' }))).toBe(m1.lessons[0]);
  });

  const none: [string, string | null][] = [
    ['no last lesson', null],
    ['a lesson that no longer exists', 'm1/removed'],
    ['a module id, not a lesson id', 'm1'],
  ];
  it.each(none)('continueLesson returns null for %s', (_name, lastLesson) => {
    expect(continueLesson(modules, progress({ lastLesson }))).toBeNull();
  });
});
