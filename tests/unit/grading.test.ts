import { describe, expect, it } from 'vitest';
import { cleanSelection, correctIndexes, isCorrect, PASS_MARK, type GradableQuestion } from '../../src/lib/grading.ts';
import { gradeAssessment } from '../../src/lib/assessment-grading.ts';

/** A question whose options are correct where `pattern` has a 1, e.g. '0100'. */
const q = (id: string, type: GradableQuestion['type'], pattern: string): GradableQuestion => ({
  id,
  type,
  options: [...pattern].map((c) => ({ correct: c === '1' })),
});

const single = q('s', 'single', '0100');
const multiple = q('m', 'multiple', '1010');
const trueFalse = q('tf', 'true-false', '10');

describe('correctIndexes', () => {
  it('lists the indexes of the correct options in order', () => {
    expect(correctIndexes(single)).toEqual([1]);
    expect(correctIndexes(multiple)).toEqual([0, 2]);
    expect(correctIndexes(trueFalse)).toEqual([0]);
  });
});

describe('isCorrect', () => {
  const cases: [string, GradableQuestion, number[], boolean][] = [
    // single
    ['single: the right option', single, [1], true],
    ['single: a wrong option', single, [0], false],
    ['single: empty', single, [], false],
    ['single: two selections including the right one', single, [1, 2], false],
    ['single: the right option duplicated', single, [1, 1], true],
    ['single: right option plus out-of-range index', single, [1, 4], true],
    ['single: right option plus negative index', single, [-1, 1], true],
    ['single: only out-of-range indexes', single, [4, 7], false],
    ['single: non-integer index', single, [1.5], false],
    ['single: NaN index', single, [Number.NaN], false],
    // multiple
    ['multiple: exact set', multiple, [0, 2], true],
    ['multiple: exact set, any order', multiple, [2, 0], true],
    ['multiple: exact set with duplicates', multiple, [2, 0, 2, 0], true],
    ['multiple: exact set plus out-of-range', multiple, [0, 2, 4, 99, -3], true],
    ['multiple: subset', multiple, [0], false],
    ['multiple: other subset', multiple, [2], false],
    ['multiple: superset', multiple, [0, 1, 2], false],
    ['multiple: all options', multiple, [0, 1, 2, 3], false],
    ['multiple: same size, wrong set', multiple, [0, 1], false],
    ['multiple: empty', multiple, [], false],
    // true-false
    ['true-false: right', trueFalse, [0], true],
    ['true-false: wrong', trueFalse, [1], false],
    ['true-false: both', trueFalse, [0, 1], false],
    ['true-false: empty', trueFalse, [], false],
    ['true-false: right plus out-of-range', trueFalse, [0, 2], true],
  ];

  it.each(cases)('%s', (_name, question, selected, expected) => {
    expect(isCorrect(question, selected)).toBe(expected);
  });

  it('single with a lone correct option at index 0 and at the last index', () => {
    expect(isCorrect(q('a', 'single', '1000'), [0])).toBe(true);
    expect(isCorrect(q('b', 'single', '0001'), [3])).toBe(true);
    expect(isCorrect(q('b', 'single', '0001'), [2])).toBe(false);
  });

  it('does not mutate the selection it is given', () => {
    const selected = [2, 0, 2, 9];
    isCorrect(multiple, selected);
    expect(selected).toEqual([2, 0, 2, 9]);
  });
});

describe('cleanSelection', () => {
  const cases: [string, GradableQuestion, number[], number[]][] = [
    ['sorts', multiple, [3, 0, 2], [0, 2, 3]],
    ['removes duplicates', multiple, [1, 1, 0, 1], [0, 1]],
    ['drops out-of-range indexes', multiple, [-1, 0, 4, 100], [0]],
    ['drops non-integers', multiple, [0.5, 1, Number.NaN, Number.POSITIVE_INFINITY], [1]],
    ['keeps the last valid index', multiple, [3], [3]],
    ['empty stays empty', multiple, [], []],
    ['range depends on the question (two options)', trueFalse, [0, 1, 2], [0, 1]],
  ];
  it.each(cases)('%s', (_name, question, selected, expected) => {
    expect(cleanSelection(question, selected)).toEqual(expected);
  });
});

describe('gradeAssessment', () => {
  /** n single-choice questions, each with option 0 correct. */
  const bank = (n: number): GradableQuestion[] => Array.from({ length: n }, (_, i) => q(`q${i + 1}`, 'single', '10'));
  /** Answers the first `right` questions correctly and the rest wrongly. */
  const answers = (n: number, right: number): Record<string, number[]> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i + 1}`, i < right ? [0] : [1]]));

  it('uses a pass mark of 80 %', () => {
    expect(PASS_MARK).toBe(0.8);
  });

  const table: [score: number, max: number, percent: number, passed: boolean][] = [
    [0, 1, 0, false],
    [1, 1, 100, true],
    [8, 10, 80, true], // exactly the pass mark passes
    [7, 10, 70, false],
    [7, 9, 77, false], // 77.7… rounds down
    [8, 9, 88, true],
    [4, 5, 80, true],
    [3, 4, 75, false],
    [2, 3, 66, false], // 66.6… rounds down, never 67
    [12, 15, 80, true],
    [11, 15, 73, false],
    [16, 20, 80, true],
    [15, 20, 75, false],
    [799, 1000, 79, false], // 79.9 % must not round up to 80
    [80, 100, 80, true],
    [79, 100, 79, false],
    // Exact integer percentages where floating point (score / max) * 100
    // lands just below the integer: 29 / 50 * 100 === 57.99999999999999.
    // (the exhaustive test below also finds 29/100, 57/100, 58/100.)
    [29, 50, 58, false],
  ];

  it.each(table)('%i / %i → %i %, passed %s', (score, max, percent, passed) => {
    const result = gradeAssessment(bank(max), answers(max, score));
    expect(result.score).toBe(score);
    expect(result.max).toBe(max);
    expect(result.percent).toBe(percent);
    expect(result.passed).toBe(passed);
  });

  it('percent is always the integer floor of score * 100 / max (exhaustive up to 100 questions)', () => {
    const wrong: string[] = [];
    for (let max = 1; max <= 100; max++) {
      const questions = bank(max);
      for (let score = 0; score <= max; score++) {
        const result = gradeAssessment(questions, answers(max, score));
        const expected = Math.floor((score * 100) / max); // exact: integer division
        if (result.percent !== expected) wrong.push(`${score}/${max}: got ${result.percent}, want ${expected}`);
        if (result.passed !== score * 5 >= max * 4) wrong.push(`${score}/${max}: passed ${result.passed}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('marks each question right or wrong and lists unanswered ids', () => {
    const questions = [single, multiple, trueFalse, q('x', 'single', '01')];
    const result = gradeAssessment(questions, {
      s: [1],
      m: [0], // answered, wrong
      tf: [], // empty selection counts as unanswered
      x: [7, -1], // only invalid indexes: unanswered
    });
    expect(result.correct).toEqual({ s: true, m: false, tf: false, x: false });
    expect(result.unanswered).toEqual(['tf', 'x']);
    expect(result.score).toBe(1);
    expect(result.max).toBe(4);
    expect(result.percent).toBe(25);
    expect(result.passed).toBe(false);
  });

  it('questions missing from the answers are unanswered and wrong', () => {
    const result = gradeAssessment([single, multiple], { s: [1] });
    expect(result.unanswered).toEqual(['m']);
    expect(result.correct).toEqual({ s: true, m: false });
  });

  it('answers to unknown questions are ignored', () => {
    const result = gradeAssessment([single], { s: [1], ghost: [0] });
    expect(result.score).toBe(1);
    expect(result.max).toBe(1);
    expect(Object.keys(result.correct)).toEqual(['s']);
  });

  it('an answered but wrong question is not listed as unanswered', () => {
    const result = gradeAssessment([single], { s: [0] });
    expect(result.unanswered).toEqual([]);
    expect(result.correct).toEqual({ s: false });
  });

  it('an assessment with no questions never passes', () => {
    const result = gradeAssessment([], {});
    expect(result).toEqual({ score: 0, max: 0, percent: 0, passed: false, correct: {}, unanswered: [] });
  });

  it('all correct passes with 100 %', () => {
    const result = gradeAssessment([single, multiple, trueFalse], { s: [1], m: [2, 0], tf: [0] });
    expect(result).toMatchObject({ score: 3, max: 3, percent: 100, passed: true, unanswered: [] });
  });
});
