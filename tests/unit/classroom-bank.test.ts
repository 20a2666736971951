import { describe, expect, it } from 'vitest';
import { filterBank, moveItem, noFilter, normalizeForSearch, type BankEntry, type BankQuiz } from '../../src/lib/classroom-bank.ts';

const quizzes: BankQuiz[] = [
  { id: 'm1-check', module: 'm1', title: 'Check 1', kind: 'check', audiences: ['policy'] },
  { id: 'm2-assessment', module: 'm2', title: 'Assessment 2', kind: 'assessment', audiences: ['justice', 'labour'] },
];
const bank: BankEntry[] = [
  { id: 'a-victim', module: 'm1', quiz: 'm1-check', type: 'single', prompt: 'What is a victim-centred approach?' },
  { id: 'b-nonpunish', module: 'm2', quiz: 'm2-assessment', type: 'multiple', prompt: 'Which States’ laws protect victims from punishment?' },
  { id: 'c-true', module: 'm2', quiz: 'm2-assessment', type: 'true-false', prompt: 'Éducation prevents trafficking.' },
];
const ids = (filter: Partial<typeof noFilter>) => filterBank(bank, quizzes, { ...noFilter, ...filter }).map((e) => e.id);

describe('filterBank', () => {
  it('returns everything without filters', () => expect(ids({})).toEqual(['a-victim', 'b-nonpunish', 'c-true']));
  it('filters by module, audience and type, together', () => {
    expect(ids({ module: 'm2' })).toEqual(['b-nonpunish', 'c-true']);
    expect(ids({ audience: 'policy' })).toEqual(['a-victim']);
    expect(ids({ audience: 'labour', type: 'true-false' })).toEqual(['c-true']);
    expect(ids({ module: 'm1', type: 'multiple' })).toEqual([]);
  });
  it('searches every word, ignoring case, accents, apostrophes and hyphens', () => {
    expect(ids({ query: 'VICTIM centred' })).toEqual(['a-victim']);
    expect(ids({ query: 'victim' })).toEqual(['a-victim', 'b-nonpunish']);
    expect(ids({ query: 'states laws' })).toEqual(['b-nonpunish']);
    expect(ids({ query: 'education' })).toEqual(['c-true']);
    expect(ids({ query: 'nonpunish' })).toEqual(['b-nonpunish']);
    expect(ids({ query: '  ' })).toHaveLength(3);
    expect(ids({ query: 'victim banana' })).toEqual([]);
  });
  it('normalizes text for search', () => expect(normalizeForSearch('  Victim-Centred, “approach” ')).toBe('victim centred approach'));
});

describe('moveItem', () => {
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [2, 5, ['a', 'b', 'c']],
    [5, 0, ['a', 'b', 'c']],
  ])('from %i to %i', (from, to, out) => expect(moveItem(['a', 'b', 'c'], from, to)).toEqual(out));
});
