/**
 * Query-string theming of embed views: the reference functions in
 * src/lib/embed-theme.ts, and the two hand-written scripts the views run
 * instead (embed-head.inline.js before the first paint, embed-accent.js on
 * demand), run in VM contexts on the same query strings.
 */
import { readFileSync } from 'node:fs';
import { createContext, Script, type Context } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  accentContrast,
  contrastRatio,
  embedQuery,
  embedSettings,
  headScript,
  judgeAccent,
  MIN_CONTRAST,
  parseHex,
  relativeLuminance,
  SCHEME_COLOURS,
  type EmbedLangs,
  type SchemeColours,
} from '../../src/lib/embed-theme.ts';

const langs: EmbedLangs = { en: 'ltr' };

describe('parseHex', () => {
  it.each([
    ['#0b5cad', '#0b5cad'],
    ['0b5cad', '#0b5cad'],
    ['#0B5CAD', '#0b5cad'],
    ['#abc', '#aabbcc'],
    ['ABC', '#aabbcc'],
  ])('%s → %s', (input, expected) => expect(parseHex(input)).toBe(expected));

  it.each([[''], ['#'], ['#ab'], ['#abcd'], ['#abcde'], ['#abcdefa'], ['#ggg'], ['red'], ['##abc'], [' #abc'], ['#abc '], ['rgb(0,0,0)'], ['#abc;color:red'], ['"><script>'], [null], [undefined]])(
    'refuses %j',
    (input) => expect(parseHex(input)).toBeNull(),
  );
});

describe('WCAG contrast', () => {
  it('luminance runs from 0 (black) to 1 (white)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
    // Known values: #767676 is the lightest grey with 4.5:1 on white; #777777 just fails.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#0b5cad', '#ffffff', 6.67],
  ])('%s on %s: %d:1', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2));

  it('judges an accent against both the background and the text on it, per scheme', () => {
    expect(accentContrast('#767676', 'light')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(accentContrast('#777777', 'light')).toBeLessThan(MIN_CONTRAST);
    expect(accentContrast('#0b5cad', 'dark')).toBeLessThan(MIN_CONTRAST);
    expect(accentContrast('#f0a6d3', 'dark')).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it("the course's own accents pass in their schemes", () => {
    for (const scheme of ['light', 'dark'] as const) expect(accentContrast(SCHEME_COLOURS[scheme].accent, scheme)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('uses the colours of src/styles/global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const token = (name: string) => {
      const m = new RegExp(`--tc-${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css);
      if (!m) throw new Error(`--tc-${name} not found`);
      return { light: m[1], dark: m[2] };
    };
    for (const scheme of ['light', 'dark'] as const) {
      expect(SCHEME_COLOURS[scheme]).toEqual({ background: token('bg')[scheme], accentText: token('accent-contrast')[scheme], accent: token('accent')[scheme] });
    }
  });
});

describe('judgeAccent', () => {
  it('judges the schemes the theme shows', () => {
    expect(judgeAccent('#0b5cad', 'light')).toEqual([{ scheme: 'light', ratio: expect.closeTo(6.67, 2), used: true }]);
    expect(judgeAccent('#0b5cad', 'dark')).toEqual([{ scheme: 'dark', ratio: expect.any(Number), used: false }]);
    expect(judgeAccent('#0b5cad', 'auto')?.map((v) => [v.scheme, v.used])).toEqual([
      ['light', true],
      ['dark', false],
    ]);
    expect(judgeAccent('not a colour', 'auto')).toBeNull();
  });
});

describe('embedSettings', () => {
  it.each([
    ['', { theme: null, accent: null, lang: null, dir: null }],
    ['?theme=dark', { theme: 'dark', accent: null, lang: null, dir: null }],
    ['?theme=light', { theme: 'light', accent: null, lang: null, dir: null }],
    ['?theme=auto', { theme: null, accent: null, lang: null, dir: null }],
    ['?theme=DARK', { theme: null, accent: null, lang: null, dir: null }],
    ['?theme=<script>', { theme: null, accent: null, lang: null, dir: null }],
    ['?lang=en', { theme: null, accent: null, lang: 'en', dir: 'ltr' }],
    ['?lang=ar', { theme: null, accent: null, lang: null, dir: null }],
    ['?lang=__proto__', { theme: null, accent: null, lang: null, dir: null }],
    ['?lang=toString', { theme: null, accent: null, lang: null, dir: null }],
    // Passes in light only: used there, the dark scheme keeps its own.
    ['?accent=0b5cad', { theme: null, accent: 'light-dark(#0b5cad, #f0a6d3)', lang: null, dir: null }],
    ['?accent=%230b5cad&theme=light', { theme: 'light', accent: 'light-dark(#0b5cad, #f0a6d3)', lang: null, dir: null }],
    ['?accent=0b5cad&theme=dark', { theme: 'dark', accent: null, lang: null, dir: null }],
    // Passes in dark only.
    ['?accent=ffd166', { theme: null, accent: 'light-dark(#7a1f5c, #ffd166)', lang: null, dir: null }],
    ['?accent=fd6&theme=dark', { theme: 'dark', accent: 'light-dark(#7a1f5c, #ffdd66)', lang: null, dir: null }],
    ['?accent=ffd166&theme=light', { theme: 'light', accent: null, lang: null, dir: null }],
    // Too little contrast in both schemes (a mid grey), or not a colour.
    ['?accent=777777', { theme: null, accent: null, lang: null, dir: null }],
    ['?accent=red', { theme: null, accent: null, lang: null, dir: null }],
    ['?accent=0b5cad;background:red', { theme: null, accent: null, lang: null, dir: null }],
  ])('%s', (search, expected) => expect(embedSettings(search, langs)).toEqual(expected));
});

describe('embedQuery', () => {
  it.each([
    ['auto', '', ''],
    ['dark', '', '?theme=dark'],
    ['light', '#0B5CAD', '?theme=light&accent=0b5cad'],
    ['auto', '#0b5cad', '?accent=0b5cad'],
    ['dark', '#0b5cad', '?theme=dark'],
    ['auto', '#777', ''],
    ['auto', 'nonsense', ''],
  ] as const)('%s, %j → %j', (theme, accent, expected) => expect(embedQuery(theme, accent)).toBe(expected));
});

// ---- The hand-written scripts the embed views run ----

interface Run {
  dataset: Record<string, string>;
  lang: string;
  dir: string;
  accent: string | undefined;
  imported: string[];
}

/** Runs a script in a fresh fake page (one VM context per script, reset for each run: contexts are slow to make). */
const contexts = new Map<string, { script: Script; context: Context }>();
function runScript(code: string, search: string, storage: () => unknown = () => new Map()): Run {
  if (!contexts.has(code)) {
    const context = createContext({ URLSearchParams });
    Object.defineProperty(context, 'localStorage', { get: () => (context['storage'] as () => unknown)() });
    // vm scripts cannot use import(); the call is rewritten to a spy.
    contexts.set(code, { script: new Script(code.replace(/\bimport\(/g, '__import(')), context });
  }
  const { script, context } = contexts.get(code)!;
  const dataset: Record<string, string> = {};
  const style: Record<string, string> = {};
  const root = { dataset, lang: 'en', dir: 'ltr', style: { setProperty: (name: string, value: string) => (style[name] = value) } };
  const imported: string[] = [];
  Object.assign(context, {
    document: { documentElement: root },
    location: { search },
    __import: (url: string) => imported.push(url),
    storage: () => {
      const s = storage();
      return s instanceof Map ? { setItem: (k: string, v: string) => s.set(k, v), removeItem: (k: string) => s.delete(k) } : s;
    },
  });
  script.runInContext(context);
  return { dataset, lang: root.lang, dir: root.dir, accent: style['--tc-accent'], imported };
}

const head = headScript(readFileSync('src/lib/embed-head.inline.js', 'utf8'), { langs, accent: '/_astro/embed-accent.X.js' });
const accentScript = readFileSync('src/lib/embed-accent.js', 'utf8');

/** A seeded generator, so failures reproduce. */
function* randomColours(n: number, seed = 7): Generator<string> {
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield (x % 0x1000000).toString(16).padStart(6, '0');
  }
}

const searches = [
  '',
  '?theme=light',
  '?theme=dark',
  '?theme=auto',
  '?theme=Dark',
  '?theme=dark%22%3E',
  '?lang=en',
  '?lang=en&theme=dark',
  '?lang=xx',
  '?lang=hasOwnProperty',
  '?lang=__proto__',
  '?accent=0b5cad',
  '?accent=%230b5cad&theme=light',
  '?accent=ffd166&theme=dark',
  '?accent=abc',
  '?accent=',
  '?accent=zzz',
  '?accent=0b5cad)%3Bcolor%3Ared',
];

describe('embed-head.inline.js (before the first paint)', () => {
  it('is called with its config as JSON, with < escaped', () => {
    expect(head).toMatch(/^\(function\(c\)\{.*\}\)\(\{"langs":\{"en":"ltr"\},"accent":"\/_astro\/embed-accent\.X\.js"\}\);$/);
    expect(headScript('(function(c){})', { langs, accent: '</script><script>alert(1)' })).not.toContain('</script>');
  });

  it.each(searches)('applies %j as embedSettings does', (search) => {
    const run = runScript(head, search);
    const expected = embedSettings(search, langs);
    expect(run.dataset['theme']).toBe(expected.theme ?? undefined);
    expect(run.lang).toBe(expected.lang ?? 'en');
    expect(run.dir).toBe(expected.dir ?? 'ltr');
    expect(run.dataset['js']).toBe('');
    // The accent's check is loaded only when asked for.
    expect(run.imported).toEqual(new URLSearchParams(search).has('accent') ? ['/_astro/embed-accent.X.js'] : []);
    expect(run.accent).toBeUndefined();
  });

  it('marks storage that fails the probe, whatever the way it fails', () => {
    expect(runScript(head, '').dataset['tcStorage']).toBeUndefined();
    const throwing = () => {
      throw new Error('SecurityError');
    };
    expect(runScript(head, '', throwing).dataset['tcStorage']).toBe('memory');
    expect(runScript(head, '', () => null).dataset['tcStorage']).toBe('memory');
    const full = { setItem: throwing, removeItem: () => {} };
    expect(runScript(head, '?theme=dark', () => full).dataset).toEqual({ js: '', theme: 'dark', tcStorage: 'memory' });
  });
});

describe('embed-accent.js (loaded for ?accent=)', () => {
  it.each(searches)('applies %j as embedSettings does', (search) => {
    expect(runScript(accentScript, search).accent).toBe(embedSettings(search, langs).accent ?? undefined);
  });

  it('agrees with embedSettings on 1,500 random colours in each theme, 3- and 6-digit', () => {
    let used = 0;
    for (const hex of randomColours(1500)) {
      for (const theme of ['', '&theme=light', '&theme=dark', '&theme=auto']) {
        for (const written of [hex, `%23${hex.toUpperCase()}`, hex.slice(0, 3)]) {
          const search = `?accent=${written}${theme}`;
          const expected = embedSettings(search, langs).accent ?? undefined;
          if (expected) used++;
          expect(runScript(accentScript, search).accent, search).toBe(expected);
        }
      }
    }
    // Both outcomes occur, so the comparison means something.
    expect(used).toBeGreaterThan(1000);
    expect(used).toBeLessThan(1500 * 12 - 1000);
  });

  it('checks the background AND the text on the accent (shown with colours where the two differ)', () => {
    const colours: SchemeColours = {
      light: { background: '#ffffff', accentText: '#000000', accent: '#7a1f5c' },
      dark: { background: '#121417', accentText: '#ffffff', accent: '#f0a6d3' },
    };
    let script = accentScript;
    for (const scheme of ['light', 'dark'] as const) {
      script = script.replace(new RegExp(`(${scheme}: \\{ background: '#[0-9a-f]{6}', accentText: )'#[0-9a-f]{6}'`), `$1'${colours[scheme].accentText}'`);
    }
    expect(script).not.toBe(accentScript);
    let differs = 0;
    for (const hex of randomColours(400)) {
      for (const theme of ['', '&theme=light', '&theme=dark']) {
        const search = `?accent=${hex}${theme}`;
        const expected = embedSettings(search, langs, colours).accent ?? undefined;
        if (expected !== (embedSettings(search, langs).accent ?? undefined)) differs++;
        expect(runScript(script, search).accent, search).toBe(expected);
      }
    }
    expect(differs).toBeGreaterThan(100);
  });

  it('judges with the same colours as the reference', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const colour of Object.values(SCHEME_COLOURS[scheme])) expect(accentScript).toContain(`'${colour}'`);
    }
    expect(accentScript).toContain(`MIN_CONTRAST = ${MIN_CONTRAST}`);
  });
});
