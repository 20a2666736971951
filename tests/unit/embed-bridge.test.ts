/** The iframe side of the embed protocol, on a fake window. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbedBridge } from '../../src/lib/embed-bridge.ts';
import { parseMessage } from '../../src/lib/embed-protocol.ts';
import { emitQuizEvent, QUIZ_EVENT, type QuizEvent } from '../../src/lib/quiz-types.ts';

interface Fake {
  win: Window;
  doc: EventTarget;
  posted: [unknown, string][];
  height: number;
  /** Runs what ResizeObserver would report, then the next animation frame. */
  resize(height: number, observerCalls?: number): void;
  frame(): void;
  windowListeners: string[];
  observed: unknown[];
  load: () => void;
  fontsLoaded: () => void;
}

function fake({ framed = true } = {}): Fake {
  const doc = new EventTarget();
  let frames: (() => void)[] = [];
  let observer: (() => void) | undefined;
  const parent = { postMessage: (message: unknown, target: string) => f.posted.push([message, target]) };
  const win = {
    document: doc,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    addEventListener: (type: string, listener: () => void) => {
      f.windowListeners.push(type);
      if (type === 'load') f.load = listener;
    },
    parent: undefined as unknown,
  };
  win.parent = framed ? parent : win;
  const f: Fake = {
    win: win as unknown as Window,
    doc,
    posted: [],
    height: 0,
    windowListeners: [],
    observed: [],
    resize(height, observerCalls = 1) {
      f.height = height;
      for (let i = 0; i < observerCalls; i++) observer?.();
      f.frame();
    },
    frame() {
      const run = frames;
      frames = [];
      for (const fn of run) fn();
    },
    load: () => {},
    fontsLoaded: () => {},
  };
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observer = callback;
      }
      observe(target: unknown) {
        f.observed.push(target);
      }
    },
  );
  const ready = new Promise<void>((resolve) => (f.fontsLoaded = resolve));
  Object.assign(doc, { documentElement: { getBoundingClientRect: () => ({ height: f.height }) }, fonts: { ready } });
  return f;
}

let f: Fake;
beforeEach(() => {
  f = fake();
  startEmbedBridge(f.win);
});
afterEach(() => vi.unstubAllGlobals());

const resizes = () => f.posted.map(([m]) => m as { type: string; height?: number }).filter((m) => m.type === 'resize').map((m) => m.height);

describe('height', () => {
  it('observes <html> and posts its height to the parent, with targetOrigin *', () => {
    expect(f.observed).toEqual([(f.doc as unknown as Document).documentElement]);
    f.resize(812.3);
    expect(f.posted).toEqual([[{ channel: 'trafficking-course', type: 'resize', height: 813 }, '*']]);
    expect(parseMessage(f.posted[0]![0])).not.toBeNull();
  });

  it('measures once per animation frame, however often the observer fires', () => {
    f.resize(500, 5);
    expect(resizes()).toEqual([500]);
  });

  it('posts only changes of a pixel or more', () => {
    f.resize(500);
    f.resize(499.6);
    f.resize(500);
    f.resize(501);
    f.resize(480);
    expect(resizes()).toEqual([500, 501, 480]);
  });

  it('does not feed back: applying the posted height (no change in content) posts nothing more', () => {
    f.resize(640);
    // The host sets the frame to 640 px: the observer may fire, the content's height is the same.
    f.resize(640, 3);
    f.frame();
    expect(resizes()).toEqual([640]);
  });

  it('announces the height again when the page has loaded and when fonts are ready', async () => {
    f.resize(700);
    f.load();
    f.frame();
    f.fontsLoaded();
    await new Promise((resolve) => setTimeout(resolve));
    f.frame();
    expect(resizes()).toEqual([700, 700, 700]);
  });
});

describe('quiz events', () => {
  it('relays quiz events as protocol messages', () => {
    vi.stubGlobal('document', f.doc);
    const events: QuizEvent[] = [
      { type: 'quiz-answered', quiz: 'why-gender-rights-check', question: 'wg-1', correct: true },
      { type: 'quiz-completed', quiz: 'why-gender-assessment', score: 8, max: 10 },
      { type: 'scenario-ended', quiz: 'crisis-and-migration-scenario-camp', ending: 'referred' },
    ];
    // Exactly as the islands send them (emitQuizEvent dispatches QUIZ_EVENT on document).
    for (const e of events) emitQuizEvent(e);
    expect(f.posted.map(([m, target]) => [parseMessage(m), target])).toEqual(events.map((e) => [{ channel: 'trafficking-course', ...e }, '*']));
    expect(QUIZ_EVENT).toBe('tc:quiz');
  });

  it('listens to no message: it trusts nothing it receives', () => {
    expect(f.windowListeners).not.toContain('message');
    const spy = vi.spyOn(f.doc, 'addEventListener');
    expect(spy).not.toHaveBeenCalledWith('message', expect.anything());
  });
});

describe('not framed', () => {
  it('posts nothing and observes nothing when the view is opened on its own', () => {
    vi.unstubAllGlobals();
    const alone = fake({ framed: false });
    startEmbedBridge(alone.win);
    alone.resize(500);
    alone.doc.dispatchEvent(new CustomEvent(QUIZ_EVENT, { detail: { type: 'quiz-completed', quiz: 'a', score: 1, max: 1 } }));
    expect(alone.posted).toEqual([]);
    expect(alone.observed).toEqual([]);
  });
});

describe('fragment links', () => {
  it('keeps same-page links in the frame despite <base target="_blank">', () => {
    const link = { attrs: {} as Record<string, string>, setAttribute(name: string, value: string) { this.attrs[name] = value; } };
    const other = { attrs: {} as Record<string, string>, setAttribute(name: string, value: string) { this.attrs[name] = value; } };
    const click = (target: unknown) => {
      const event = new Event('click');
      Object.defineProperty(event, 'target', { value: target });
      f.doc.dispatchEvent(event);
    };
    click({ closest: (selector: string) => (selector === 'a[href^="#"]' ? link : null) });
    click({ closest: () => null });
    click(null);
    expect(link.attrs).toEqual({ target: '_self' });
    expect(other.attrs).toEqual({});
  });
});
