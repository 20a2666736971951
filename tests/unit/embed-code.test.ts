import { describe, expect, it } from 'vitest';
import { embedCode, escapeHtml, FALLBACK_HEIGHT, messageExample } from '../../src/lib/embed-code.ts';

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["it's", 'it&#39;s'],
  ])('%j → %j', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('embedCode', () => {
  const code = embedCode({
    src: 'https://course.example.org/embed/quizzes/why-gender-assessment/?theme=dark&accent=0b5cad',
    script: 'https://course.example.org/embed.js',
    title: 'Assessment: "Why" & <how> – from the course',
  });

  it('is an iframe at a fixed height that works alone, then the sizing script', () => {
    expect(code.split('\n')).toEqual([
      '<iframe src="https://course.example.org/embed/quizzes/why-gender-assessment/?theme=dark&amp;accent=0b5cad" title="Assessment: &quot;Why&quot; &amp; &lt;how&gt; – from the course" style="width:100%;border:0;height:600px" loading="lazy"></iframe>',
      '<script src="https://course.example.org/embed.js" defer></script>',
    ]);
    expect(FALLBACK_HEIGHT).toBe(600);
  });
});

describe('messageExample', () => {
  it('checks the origin it is given', () => {
    expect(messageExample('https://course.example.org')).toContain("if (event.origin !== 'https://course.example.org') return;");
  });
});
