/**
 * The presenter promises 7:1 (WCAG AAA) for its text in both themes. This
 * computes the contrast of the token pairs it uses, read from global.css, so a
 * change of colour that breaks the promise fails here (axe checks the built
 * pages too, in tests/e2e/classroom-presenter.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');
const token = (name: string): { light: string; dark: string } => {
  const m = new RegExp(`--tc-${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!m) throw new Error(`--tc-${name} not found as light-dark(#hex, #hex) in global.css`);
  return { light: m[1]!, dark: m[2]! };
};
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('contrast helper', () => {
  it('matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

// [foreground, background]: what the presenter puts on what.
const pairs: [string, string, string][] = [
  ['text', 'bg', 'question, options, explanation'],
  ['muted', 'bg', 'hints and small print'],
  ['text', 'surface', 'the reveal panel'],
  ['muted', 'surface', 'muted text in the reveal panel'],
  ['text', 'highlight', 'the correct option'],
  ['accent', 'bg', 'links and secondary buttons'],
  ['accent', 'surface', 'links in the reveal panel'],
  ['accent-contrast', 'accent', 'primary buttons'],
  ['bg', 'text', 'the letter of the correct option'],
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`presenter text reaches 7:1 (${scheme})`, () => {
    it.each(pairs)('%s on %s (%s)', (fg, bg) => {
      expect(contrast(token(fg)[scheme], token(bg)[scheme])).toBeGreaterThanOrEqual(7);
    });
  });
}
