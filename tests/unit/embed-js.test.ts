/**
 * public/embed.js, the host-page script, run in a VM context against a fake
 * page: the same cases as src/lib/embed-protocol.ts (so the two validators
 * cannot drift apart), and the checks only the host can make: the message's
 * source window and origin.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { enEmbed } from '../../src/i18n/en-embed.ts';
import { clampHeight, parseMessage } from '../../src/lib/embed-protocol.ts';
import { invalidMessages, validMessages, withExtras } from './embed-cases.ts';

const source = readFileSync('public/embed.js', 'utf8');
const COURSE = 'https://course.example.org';
const HOST = 'https://ngo.example.net';

class FakeFrame extends EventTarget {
  readonly tagName = 'IFRAME';
  readonly style: Record<string, string> = {};
  readonly contentWindow = { name: 'frame window' };
  private attrs = new Map<string, string>();
  constructor(src: string, attrs: Record<string, string> = {}) {
    super();
    this.attrs.set('src', src);
    for (const [k, v] of Object.entries(attrs)) this.attrs.set(k, v);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
}

interface Page {
  frames: FakeFrame[];
  /** Delivers a message event to the script's listener(s). */
  post(data: unknown, from: { source: unknown; origin: string }): void;
  mutate(): void;
  listeners: number;
  computed: Record<string, string>;
}

function load(frames: FakeFrame[], times = 1): Page {
  const messageListeners: ((event: unknown) => void)[] = [];
  let observer: (() => void) | undefined;
  const page: Page = {
    frames,
    post: (data, { source, origin }) => messageListeners.forEach((l) => l({ data, source, origin })),
    mutate: () => observer?.(),
    get listeners() {
      return messageListeners.length;
    },
    computed: { boxSizing: 'content-box', borderTopWidth: '0px', borderBottomWidth: '0px', paddingTop: '0px', paddingBottom: '0px' },
  };
  const document = {
    readyState: 'complete',
    documentElement: {},
    getElementsByTagName: (name: string) => (name === 'iframe' ? page.frames : []),
    addEventListener: () => {},
  };
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'message') messageListeners.push(listener);
    },
    getComputedStyle: () => page.computed,
    CustomEvent,
    MutationObserver: class {
      constructor(callback: () => void) {
        observer = callback;
      }
      observe() {}
    },
  };
  const context = createContext({ window, document, location: { href: `${HOST}/training/` }, URL });
  for (let i = 0; i < times; i++) runInContext(source, context);
  return page;
}

/** Records the DOM events dispatched on a frame. */
function events(frame: FakeFrame): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of ['quiz-answered', 'quiz-completed', 'scenario-ended']) {
    frame.addEventListener(`trafficking-course:${type}`, (e) => seen.push(e as CustomEvent));
  }
  return seen;
}

let frame: FakeFrame;
let page: Page;
let seen: CustomEvent[];
const fromFrame = () => ({ source: frame.contentWindow, origin: COURSE });

beforeEach(() => {
  frame = new FakeFrame(`${COURSE}/embed/quizzes/why-gender-assessment/?theme=dark`);
  page = load([frame]);
  seen = events(frame);
});

describe('embed.js applies exactly what parseMessage accepts', () => {
  it.each(validMessages.map((m) => [JSON.stringify(m).slice(0, 90), m]))('valid %s', (_, message) => {
    page.post(message, fromFrame());
    const expected = parseMessage(message)!;
    if (expected.type === 'resize') {
      expect(frame.style['height']).toBe(`${clampHeight(expected.height)}px`);
      expect(seen).toEqual([]);
    } else {
      expect(frame.style['height']).toBeUndefined();
      expect(seen).toHaveLength(1);
      expect(seen[0]!.type).toBe(`trafficking-course:${expected.type}`);
      expect(seen[0]!.bubbles).toBe(true);
      expect(seen[0]!.detail).toEqual(expected);
    }
  });

  it.each(invalidMessages)('invalid: %s', (_, message) => {
    expect(parseMessage(message)).toBeNull();
    page.post(message, fromFrame());
    expect(frame.style['height']).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('passes on only the known fields', () => {
    page.post(withExtras.message, fromFrame());
    expect(seen[0]!.detail).toEqual(withExtras.expected);
  });
});

describe('embed.js trusts only the embedded frame itself', () => {
  const resize = { channel: 'trafficking-course', type: 'resize', height: 900 };
  const completed = { channel: 'trafficking-course', type: 'quiz-completed', quiz: 'why-gender-assessment', score: 10, max: 10 };

  it('ignores a message from another window (another frame, the host page) even with the course origin', () => {
    page.post(resize, { source: { name: 'another frame' }, origin: COURSE });
    page.post(completed, { source: { name: 'the host page' }, origin: COURSE });
    page.post(resize, { source: null, origin: COURSE });
    expect(frame.style['height']).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('ignores a message from the frame window with another origin (the frame navigated elsewhere)', () => {
    for (const origin of [HOST, 'https://course.example.org.evil.test', 'http://course.example.org', 'null', '']) {
      page.post(resize, { source: frame.contentWindow, origin });
      page.post(completed, { source: frame.contentWindow, origin });
    }
    expect(frame.style['height']).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('ignores frames that are not embed views of the course, even if they post the right shape', () => {
    const other = new FakeFrame(`${COURSE}/modules/why-gender/`);
    const video = new FakeFrame('https://video.example.com/player/1');
    page = load([other, video]);
    const seenOther = events(other);
    page.post(resize, { source: other.contentWindow, origin: COURSE });
    page.post(resize, { source: video.contentWindow, origin: 'https://video.example.com' });
    page.post(completed, { source: other.contentWindow, origin: COURSE });
    expect(other.style['height']).toBeUndefined();
    expect(video.style['height']).toBeUndefined();
    expect(seenOther).toEqual([]);
  });

  it('sizes each frame from its own messages only', () => {
    const second = new FakeFrame(`${COURSE}/embed/modules/why-gender/what-gender-sensitive-means/`);
    page = load([frame, second]);
    page.post({ ...resize, height: 1234 }, { source: second.contentWindow, origin: COURSE });
    expect(second.style['height']).toBe('1234px');
    expect(frame.style['height']).toBeUndefined();
  });

  it('accepts frames on any origin, with relative addresses resolved against the page', () => {
    const selfHosted = new FakeFrame('/course/embed/quizzes/why-gender-rights-check/');
    page = load([selfHosted]);
    page.post(resize, { source: selfHosted.contentWindow, origin: HOST });
    expect(selfHosted.style['height']).toBe('900px');
  });
});

describe('embed.js and the page', () => {
  it('clamps heights to 100-20000 px and adds borders and padding when the page uses border-box', () => {
    page.post({ channel: 'trafficking-course', type: 'resize', height: 50 }, fromFrame());
    expect(frame.style['height']).toBe('100px');
    page.post({ channel: 'trafficking-course', type: 'resize', height: 99999 }, fromFrame());
    expect(frame.style['height']).toBe('20000px');
    Object.assign(page.computed, { boxSizing: 'border-box', borderTopWidth: '2px', borderBottomWidth: '2px', paddingTop: '8px' });
    page.post({ channel: 'trafficking-course', type: 'resize', height: 500.2 }, fromFrame());
    expect(frame.style['height']).toBe('513px');
  });

  it('gives frames without a title one: data-title, else the default, which matches the dictionary', () => {
    const named = new FakeFrame(`${COURSE}/embed/quizzes/a/`, { title: 'Our quiz' });
    const dataTitled = new FakeFrame(`${COURSE}/embed/quizzes/b/`, { 'data-title': 'Quiz on referral' });
    const untitled = new FakeFrame(`${COURSE}/embed/modules/c/d/`);
    const emptyTitle = new FakeFrame(`${COURSE}/embed/modules/c/e/`, { title: '' });
    const notOurs = new FakeFrame('https://video.example.com/player/1');
    load([named, dataTitled, untitled, emptyTitle, notOurs]);
    expect(named.getAttribute('title')).toBe('Our quiz');
    expect(dataTitled.getAttribute('title')).toBe('Quiz on referral');
    expect(untitled.getAttribute('title')).toBe(enEmbed['embed.defaultFrameTitle']);
    expect(emptyTitle.getAttribute('title')).toBe(enEmbed['embed.defaultFrameTitle']);
    expect(notOurs.getAttribute('title')).toBeNull();
  });

  it('finds frames added later: on a DOM mutation, and on the first message from an unknown frame', () => {
    const later = new FakeFrame(`${COURSE}/embed/quizzes/later/`);
    page.frames.push(later);
    page.mutate();
    expect(later.getAttribute('title')).toBe(enEmbed['embed.defaultFrameTitle']);
    const unannounced = new FakeFrame(`${COURSE}/embed/quizzes/unannounced/`);
    page.frames.push(unannounced);
    page.post({ channel: 'trafficking-course', type: 'resize', height: 700 }, { source: unannounced.contentWindow, origin: COURSE });
    expect(unannounced.style['height']).toBe('700px');
  });

  it('listens once, however often the page includes it', () => {
    page = load([frame], 3);
    expect(page.listeners).toBe(1);
    seen = events(frame);
    page.post(validMessages.find((m) => m['type'] === 'quiz-completed'), fromFrame());
    expect(seen).toHaveLength(1);
  });

  it('stays within its budget of 2 KB gzip (scripts/bench-size.mjs checks the build too)', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it('is plain ES5 syntax: no arrow functions, let, const, classes, template literals or spread', () => {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`|\.\.\./);
  });
});
