import { describe, expect, it } from 'vitest';
import {
  MAX_VOTES,
  addPoints,
  addVotes,
  distribution,
  emptyTallies,
  optionLetter,
  percent,
  scoreboard,
  summarize,
  type TallyQuestion,
} from '../../src/lib/classroom-tallies.ts';

const q = (id: string, correct: number[], options = 4, type: TallyQuestion['type'] = correct.length > 1 ? 'multiple' : 'single'): TallyQuestion => ({
  id,
  type,
  prompt: `Prompt ${id}`,
  options: Array.from({ length: options }, (_, i) => ({ text: `Option ${i}`, correct: correct.includes(i) })),
});
const questions = [q('one', [0]), q('two', [1, 2]), q('three', [1], 2, 'true-false'), q('four', [3])];

describe('votes', () => {
  it('starts at zero for every option of every question', () => {
    expect(emptyTallies(questions)).toEqual([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0], [0, 0, 0, 0]]);
  });

  it('adds and removes votes without going below zero or above the cap', () => {
    let t = emptyTallies(questions);
    t = addVotes(t, 0, 2);
    t = addVotes(t, 0, 2);
    t = addVotes(t, 0, 2, -1);
    t = addVotes(t, 0, 1, -1);
    expect(t[0]).toEqual([0, 0, 1, 0]);
    t = addVotes(t, 1, 0, MAX_VOTES + 50);
    expect(t[1]![0]).toBe(MAX_VOTES);
  });

  it('ignores out-of-range questions and options and does not mutate', () => {
    const t = emptyTallies(questions);
    const frozen = JSON.stringify(t);
    expect(addVotes(t, 9, 0)).toBe(t);
    expect(addVotes(t, 2, 2)).toBe(t);
    expect(addVotes(t, 0, -1)).toBe(t);
    expect(addVotes(t, 0, 0, Number.NaN)).toBe(t);
    addVotes(t, 0, 0);
    expect(JSON.stringify(t)).toBe(frozen);
  });

  it('labels options A, B, C ...', () => expect([0, 1, 2, 3, 4].map(optionLetter)).toEqual(['A', 'B', 'C', 'D', 'E']));
});

describe('distribution and summary', () => {
  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [0, 0, 0],
    [5, 5, 100],
  ])('percent(%i, %i) = %i', (part, whole, expected) => expect(percent(part, whole)).toBe(expected));

  it('gives per-option shares and the share correct of a single-answer question', () => {
    expect(distribution(questions[0]!, [6, 2, 2, 0])).toEqual({ votes: [6, 2, 2, 0], total: 10, shares: [60, 20, 20, 0], correctVotes: 6, shareCorrect: 60 });
  });

  it('counts every vote for a correct option in a multiple-answer question', () => {
    expect(distribution(questions[1]!, [1, 4, 4, 1])).toMatchObject({ total: 10, correctVotes: 8, shareCorrect: 80 });
  });

  it('has no share correct when nobody voted', () => expect(distribution(questions[3]!, [])).toMatchObject({ total: 0, shareCorrect: null }));

  it('summarizes: totals, answered questions, the hardest first, overall share', () => {
    let t = emptyTallies(questions);
    const vote = (qi: number, oi: number, n: number) => (t = addVotes(t, qi, oi, n));
    vote(0, 0, 9); vote(0, 1, 1); // 90 %
    vote(1, 1, 2); vote(1, 0, 8); // 20 %
    vote(2, 1, 5); // 100 %: not among the hardest
    const s = summarize(questions, t);
    expect(s.totalVotes).toBe(25);
    expect(s.answered).toBe(3);
    expect(s.hardest).toEqual([1, 0]);
    expect(s.overallCorrect).toBe(percent(9 + 2 + 5, 25));
    expect(s.questions.map((r) => r.shareCorrect)).toEqual([90, 20, 100, null]);
  });

  it('breaks ties between equally hard questions by their order, and caps the list', () => {
    const many = [q('a', [0]), q('b', [0]), q('c', [0]), q('d', [0])];
    let t = emptyTallies(many);
    for (let i = 0; i < 4; i++) t = addVotes(addVotes(t, i, 0, 1), i, 1, 1);
    expect(summarize(many, t).hardest).toEqual([0, 1, 2]);
    expect(summarize(many, t, 1).hardest).toEqual([0]);
  });

  it('has no overall share and no hardest questions without votes', () => {
    expect(summarize(questions, emptyTallies(questions))).toMatchObject({ totalVotes: 0, answered: 0, hardest: [], overallCorrect: null });
  });
});

describe('teams', () => {
  it('adds and removes points, ignoring unknown teams', () => {
    expect(addPoints([0, 0], 1, 2)).toEqual([0, 2]);
    expect(addPoints([0, 0], 0, -1)).toEqual([-1, 0]);
    expect(addPoints([0, 0], 5, 1)).toEqual([0, 0]);
  });

  it('ranks teams by score; ties share a rank and keep their order', () => {
    expect(scoreboard(['Red', 'Blue', 'Green', 'Gold'], [3, 5, 3, 1])).toEqual([
      { name: 'Blue', score: 5, rank: 1 },
      { name: 'Red', score: 3, rank: 2 },
      { name: 'Green', score: 3, rank: 2 },
      { name: 'Gold', score: 1, rank: 4 },
    ]);
  });
});
