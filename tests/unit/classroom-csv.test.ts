import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, resultsCsv, toCsv, type CsvLabels } from '../../src/lib/classroom-csv.ts';
import { addVotes, emptyTallies, type TallyQuestion } from '../../src/lib/classroom-tallies.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1,2', `"'=1,2"`],
    ['a = b', 'a = b'],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  it('writes numbers as numbers (a negative score stays a number) and blanks for nothing', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('joins with CRLF, ends with CRLF and reads back cell for cell', () => {
    const rows = [['a', 'b,c'], ['line\nbreak', 'quote "q"'], []];
    const text = toCsv(rows);
    expect(text).toBe('a,"b,c"\r\n"line\nbreak","quote ""q"""\r\n\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b,c'], ['line\nbreak', 'quote "q"'], ['']]);
  });
});

const labels: CsvLabels = {
  session: 'Session', question: 'Question', questionId: 'Question id', prompt: 'Prompt', option: 'Option', optionText: 'Option text',
  correct: 'Correct', votes: 'Votes', share: 'Share of votes (%)', shareCorrect: 'Share correct (%)', team: 'Team', score: 'Score', rank: 'Rank', yes: 'yes', no: 'no',
};
const questions: TallyQuestion[] = [
  { id: 'q-one', type: 'single', prompt: 'Is "this", the first?', options: [{ text: '=cmd()', correct: true }, { text: 'No', correct: false }] },
  { id: 'q-two', type: 'true-false', prompt: 'Second', options: [{ text: 'True', correct: false }, { text: 'False', correct: true }] },
];

describe('resultsCsv', () => {
  it('writes one row per option, one per question and the teams by rank', () => {
    let t = emptyTallies(questions);
    t = addVotes(t, 0, 0, 3);
    t = addVotes(t, 0, 1, 1);
    const text = resultsCsv({ title: '@Room 1', questions, tallies: t, teams: ['Red', '-Blue'], scores: [1, 4], labels });
    expect(parseCsv(text)).toEqual([
      ['Session', "'@Room 1"],
      [''],
      ['Question', 'Question id', 'Prompt', 'Option', 'Option text', 'Correct', 'Votes', 'Share of votes (%)'],
      ['1', 'q-one', 'Is "this", the first?', 'A', "'=cmd()", 'yes', '3', '75'],
      ['1', 'q-one', 'Is "this", the first?', 'B', 'No', 'no', '1', '25'],
      ['2', 'q-two', 'Second', 'A', 'True', 'no', '0', '0'],
      ['2', 'q-two', 'Second', 'B', 'False', 'yes', '0', '0'],
      [''],
      ['Question', 'Question id', 'Prompt', 'Votes', 'Share correct (%)'],
      ['1', 'q-one', 'Is "this", the first?', '4', '75'],
      ['2', 'q-two', 'Second', '0', ''],
      [''],
      ['Rank', 'Team', 'Score'],
      ['1', "'-Blue", '4'],
      ['2', 'Red', '1'],
    ]);
  });

  it('leaves the team table out when there are no teams', () => {
    const text = resultsCsv({ title: 'x', questions, tallies: emptyTallies(questions), teams: [], scores: [], labels });
    expect(text).not.toContain('Team');
  });
});

describe('csvFileName', () => {
  it.each([
    ['Module 1: Why gender?', 'classroom-module-1-why-gender-2025-03-04.csv'],
    ['Équipe ../../etc', 'classroom-equipe-etc-2025-03-04.csv'],
    ['', 'classroom-session-2025-03-04.csv'],
    ['!!!', 'classroom-session-2025-03-04.csv'],
  ])('%j', (title, name) => expect(csvFileName(title, new Date('2025-03-04T10:00:00Z'))).toBe(name));
});
