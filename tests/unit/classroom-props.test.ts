import { describe, expect, it } from 'vitest';
import { passageKeys, passagesFor, presenterQuestion } from '../../src/lib/classroom-props.ts';

describe('classroom props', () => {
  it('expands citations to passage keys, ranges and footnotes included', () => {
    expect(passageKeys([2, '4-5', 'fn9', 2])).toEqual(['para-2', 'para-4', 'para-5', 'fn-9']);
  });

  it('gives the plain text of cited paragraphs and footnotes only', () => {
    const source = [
      { kind: 'chapter' },
      { kind: 'paragraph', number: 4, text: 'Women *and* girls[^2] are\n  trafficked.' },
      { kind: 'paragraph', number: 5, text: 'Not cited.' },
      { kind: 'footnote', number: 9, text: 'See *A/71/1*.' },
    ];
    expect(passagesFor(['para-4', 'fn-9', 'para-70'], source)).toEqual({
      'para-4': { label: 'Paragraph 4', href: '/source/#para-4', text: 'Women and girls are trafficked.' },
      'fn-9': { label: 'Footnote 9', href: '/source/#fn-9', text: 'See A/71/1.' },
    });
  });

  it('keeps what the presenter needs: the explanation and discussion prompt, no per-option feedback', () => {
    const q = presenterQuestion(
      { id: 'x', type: 'single', prompt: 'P', options: [{ text: 'A', correct: true }], sources: [{ label: 'Paragraph 1', href: '/source/#para-1' }] },
      { cite: [1], explanation: 'E', discussion: 'Talk' },
    );
    expect(q).toEqual({ id: 'x', type: 'single', prompt: 'P', options: [{ text: 'A', correct: true }], explanation: 'E', discussion: 'Talk', sources: [{ label: 'Paragraph 1', href: '/source/#para-1' }], passages: ['para-1'] });
  });
});
