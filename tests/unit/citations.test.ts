import { describe, expect, it } from 'vitest';
import { CitationError, citedParagraphs, findBodyCitations, findBodyTerms, parseCitation, partLabel } from '../../src/lib/citations.ts';

describe('parseCitation', () => {
  it.each([
    [20, [{ kind: 'para', from: 20, to: 20 }]],
    ['20-22', [{ kind: 'para', from: 20, to: 22 }]],
    ['20–22', [{ kind: 'para', from: 20, to: 22 }]],
    ['9, 11', [{ kind: 'para', from: 9, to: 9 }, { kind: 'para', from: 11, to: 11 }]],
    [[20, '21-23'], [{ kind: 'para', from: 20, to: 20 }, { kind: 'para', from: 21, to: 23 }]],
    ['fn3', [{ kind: 'fn', from: 3, to: 3 }]],
    ['1-8, 12, 53-54', [{ kind: 'para', from: 1, to: 8 }, { kind: 'para', from: 12, to: 12 }, { kind: 'para', from: 53, to: 54 }]],
  ] as const)('reads %j', (input, expected) => {
    expect(parseCitation(input)).toEqual(expected);
  });

  it('reads footnotes when asked for footnotes', () => {
    expect(parseCitation(13, 'fn')).toEqual([{ kind: 'fn', from: 13, to: 13 }]);
  });

  it.each([
    [71, /Paragraph 71 does not exist: the report has paragraphs 1-70/],
    [0, /Paragraph 0 does not exist/],
    ['fn14', /Footnote 14 does not exist: the report has footnotes 1-13/],
    ['22-20', /runs backwards/],
    ['20-20', /runs backwards or is empty/],
    ['para 20', /Cannot read the citation "para 20"/],
    ['', /empty/],
    [[], /empty/],
    [2.5, /Cannot read the citation "2.5"/],
  ] as const)('rejects %j with advice', (input, message) => {
    expect(() => parseCitation(input as never)).toThrow(CitationError);
    expect(() => parseCitation(input as never)).toThrow(message);
  });
});

describe('citedParagraphs and labels', () => {
  it('expands ranges, drops footnotes, sorts and dedupes', () => {
    expect(citedParagraphs(parseCitation(['12', '9-11', '10', 'fn2']))).toEqual([9, 10, 11, 12]);
  });
  it('labels ranges with an en dash', () => {
    expect(partLabel({ kind: 'para', from: 20, to: 22 })).toBe('20–22');
    expect(partLabel({ kind: 'fn', from: 3, to: 3 })).toBe('3');
  });
});

describe('findBodyCitations', () => {
  const body = ['Intro <Cite para={9} />.', 'Two <Cite para="20-22" /> and <Cite para={"9, 11"} />', '<Cite fn={2} /> <Cite />'].join('\n');
  it('finds every form with its line', () => {
    expect(findBodyCitations(body)).toEqual([
      { line: 1, written: '9', kind: 'para' },
      { line: 2, written: '20-22', kind: 'para' },
      { line: 2, written: '9, 11', kind: 'para' },
      { line: 3, written: '2', kind: 'fn' },
      { line: 3, written: '', kind: 'para' },
    ]);
  });
  it('finds glossary terms', () => {
    expect(findBodyTerms('a <Term id="palermo-protocol">P</Term>\n<Term id={"icat"}>I</Term>')).toEqual([
      { line: 1, id: 'palermo-protocol' },
      { line: 2, id: 'icat' },
    ]);
  });
});
