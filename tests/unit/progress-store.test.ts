import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode, emptyProgress, encode, type Progress } from '../../src/lib/progress.ts';
import { createSafeStorage, type SafeStorage } from '../../src/lib/safe-storage.ts';
import { assessmentState } from '../../src/lib/assessment-state.ts';
import { $progress, $storage, BACKUP_PREFIX, initProgress, markLessonComplete, PROGRESS_KEY, progressStorage, recordAnswer, recordVisit } from '../../src/stores/progress.ts';
import { exportProgress, importProgress, resetProgress } from '../../src/stores/progress-transfer.ts';
import { recordAssessment } from '../../src/stores/assessment-results.ts';
import { FakeStorage } from './fake-storage.ts';

const START = new Date('2024-05-01T09:00:00.000Z');
const VALID = (): Progress => ({
  version: 1,
  lessons: { 'm/one': { visitedAt: '2024-04-01T00:00:00.000Z' } },
  quizzes: { check: { answers: { q1: { selected: [0], correct: true, at: '2024-04-01T00:00:00.000Z' } }, attempts: 0 } },
  lastLesson: 'm/one',
  updatedAt: '2024-04-01T00:00:00.000Z',
});

let map: Map<string, string>;
let fake: FakeStorage;
let engine: SafeStorage;

/** A fresh page over `map`: a new fake and engine, then the store loads. */
const load = (prepare?: (fake: FakeStorage) => void) => {
  fake = new FakeStorage(map);
  engine = createSafeStorage(() => fake);
  prepare?.(fake);
  initProgress(engine);
};

/** Advances the clock so each change gets its own timestamp. */
const tick = (ms = 1000) => vi.setSystemTime(new Date(Date.now() + ms));

/** What is stored under the progress key, decoded (and asserted decodable). */
const stored = (): Progress => {
  const result = decode(map.get(PROGRESS_KEY) ?? null);
  if (!result.ok) throw new Error(`stored progress does not decode: ${result.error}`);
  return result.progress;
};
const backupKeys = () => [...map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
const answerIds = (p: Progress, quiz = 'check') => Object.keys(p.quizzes[quiz]?.answers ?? {}).sort();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  map = new Map();
  load();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('initProgress', () => {
  it('(a) empty storage → empty progress, persistent, nothing recovered, nothing written', () => {
    expect($progress.get()).toMatchObject({ version: 1, lessons: {}, quizzes: {}, lastLesson: null });
    expect($storage.get()).toEqual({ mode: 'persistent', recovered: null, backupKey: null });
    expect(map.size).toBe(0);
    expect(progressStorage()).toBe(engine);
  });

  it('loads a stored record', () => {
    map.set(PROGRESS_KEY, encode(VALID()));
    load();
    expect($progress.get()).toEqual(VALID());
    expect($storage.get().recovered).toBeNull();
  });

  it('replaces what an earlier load held (atoms are reset by loading)', () => {
    recordAnswer('check', 'q9', [1], true);
    map.clear();
    load();
    expect($progress.get().quizzes).toEqual({});
  });

  it('storage unavailable from the start → memory mode reported at once', () => {
    initProgress(createSafeStorage(() => undefined));
    expect($storage.get()).toEqual({ mode: 'memory', recovered: null, backupKey: null });
    recordAnswer('check', 'q1', [0], true);
    expect(answerIds($progress.get())).toEqual(['q1']);
  });

  const unreadable: [string, string, 'corrupt' | 'future-version' | 'wrong-shape'][] = [
    ['(b) corrupt JSON (a truncated record)', encode(VALID()).slice(0, 60), 'corrupt'],
    ['(c) a future version', '{"version":2,"lessons":{},"quizzes":{},"newThing":true}', 'future-version'],
    ['a wrong shape', '[1,2,3]', 'wrong-shape'],
  ];

  it.each(unreadable)('%s → empty progress, reported, backed up, original kept until the next update', (_name, raw, error) => {
    map.set(PROGRESS_KEY, raw);
    load();
    expect($progress.get()).toMatchObject({ lessons: {}, quizzes: {}, lastLesson: null });
    const status = $storage.get();
    expect(status.recovered).toBe(error);
    expect(status.mode).toBe('persistent');
    expect(status.backupKey).not.toBeNull();
    expect(status.backupKey!.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(backupKeys()).toEqual([status.backupKey]);
    expect(map.get(status.backupKey!)).toBe(raw);
    // Loading alone does not overwrite the unreadable original.
    expect(map.get(PROGRESS_KEY)).toBe(raw);

    tick();
    recordAnswer('check', 'q1', [0], true);
    expect(answerIds(stored())).toEqual(['q1']);
    expect(map.get(status.backupKey!)).toBe(raw); // the backup survives the update
  });

  it('(d) the backup cannot be written (quota) → memory mode, and the original is never overwritten', () => {
    const raw = encode(VALID()).slice(0, 60);
    map.set(PROGRESS_KEY, raw);
    load((f) => f.failWritesAfter(0));
    expect($storage.get()).toEqual({ mode: 'memory', recovered: 'corrupt', backupKey: null });
    expect(backupKeys()).toEqual([]);

    recordAnswer('check', 'q1', [0], true);
    recordVisit('m/one');
    markLessonComplete('m/one');
    expect(map.get(PROGRESS_KEY)).toBe(raw);
    expect([...map.keys()]).toEqual([PROGRESS_KEY]);
    // The learner's work is still held for this page.
    expect(answerIds($progress.get())).toEqual(['q1']);
    expect($progress.get().lessons['m/one']?.completedAt).toBeDefined();
  });
});

describe('recording changes', () => {
  it('(e) recordVisit writes a decodable record with lastLesson set', () => {
    recordVisit('m/one');
    const p = stored();
    expect(p.lastLesson).toBe('m/one');
    expect(p.lessons['m/one']).toEqual({ visitedAt: START.toISOString() });
    expect(p.updatedAt).toBe(START.toISOString());
    expect($progress.get()).toEqual(p);
  });

  it('(e) recordAnswer stores the selection, correctness and time', () => {
    recordVisit('m/one');
    tick();
    recordAnswer('check', 'q1', [2, 0], false);
    const p = stored();
    expect(p.quizzes['check']!.answers['q1']).toEqual({ selected: [0, 2], correct: false, at: new Date(Date.now()).toISOString() });
    expect(p.quizzes['check']!.attempts).toBe(0);
    expect(p.lastLesson).toBe('m/one');
    expect(encode($progress.get())).toBe(map.get(PROGRESS_KEY));
  });

  it('(e) recordAnswer replaces an earlier answer to the same question', () => {
    recordAnswer('check', 'q1', [0], false);
    tick();
    recordAnswer('check', 'q1', [1], true);
    expect(stored().quizzes['check']!.answers['q1']).toMatchObject({ selected: [1], correct: true });
  });

  it('(e) markLessonComplete keeps the first completion and the first visit', () => {
    recordVisit('m/one');
    const first = new Date(Date.now()).toISOString();
    tick();
    markLessonComplete('m/one');
    const completed = new Date(Date.now()).toISOString();
    tick();
    markLessonComplete('m/one');
    recordVisit('m/one');
    expect(stored().lessons['m/one']).toEqual({ visitedAt: first, completedAt: completed });
    expect(stored().lastLesson).toBe('m/one');
  });

  it('(e) markLessonComplete on an unvisited lesson sets both dates', () => {
    markLessonComplete('m/two');
    expect(stored().lessons['m/two']).toEqual({ visitedAt: START.toISOString(), completedAt: START.toISOString() });
  });

  it('updatedAt follows the clock', () => {
    recordVisit('m/one');
    tick(60_000);
    recordAnswer('check', 'q1', [0], true);
    expect(stored().updatedAt).toBe(new Date(START.getTime() + 60_000).toISOString());
  });
});

describe('two tabs sharing one storage', () => {
  it('(f) a change is applied to the freshest stored record, keeping the other tab\'s answer', () => {
    recordAnswer('check', 'q1', [0], true); // tab A

    // Tab B (its own engine over the same storage) writes as the store does:
    // onto the freshest stored record.
    tick();
    const tabB = createSafeStorage(() => new FakeStorage(map));
    const seen = decode(tabB.get(PROGRESS_KEY));
    if (!seen.ok) throw new Error('tab B cannot read');
    seen.progress.quizzes['check']!.answers['q2'] = { selected: [1], correct: false, at: new Date(Date.now()).toISOString() };
    seen.progress.updatedAt = new Date(Date.now()).toISOString();
    expect(tabB.set(PROGRESS_KEY, encode(seen.progress))).toBe(true);

    // Tab A has not seen B's write, and records another answer.
    expect(answerIds($progress.get())).toEqual(['q1']);
    tick();
    recordAnswer('check', 'q3', [2], true);
    expect(answerIds(stored())).toEqual(['q1', 'q2', 'q3']);
    expect(answerIds($progress.get())).toEqual(['q1', 'q2', 'q3']);
  });

  it('(f) two independent store instances (two pages) interleaving writes lose nothing', async () => {
    vi.resetModules();
    const tabA = await import('../../src/stores/progress.ts');
    vi.resetModules();
    const tabB = await import('../../src/stores/progress.ts');
    expect(tabA.$progress).not.toBe(tabB.$progress);

    tabA.initProgress(createSafeStorage(() => new FakeStorage(map)));
    tabB.initProgress(createSafeStorage(() => new FakeStorage(map)));
    tabA.recordAnswer('check', 'q1', [0], true);
    tick();
    tabB.recordAnswer('check', 'q2', [1], true); // B loaded before q1 existed
    tick();
    tabA.recordVisit('m/one');
    tick();
    tabB.markLessonComplete('m/two');
    tick();
    tabA.recordAnswer('other', 'x1', [0], false);

    const p = stored();
    expect(answerIds(p)).toEqual(['q1', 'q2']);
    expect(answerIds(p, 'other')).toEqual(['x1']);
    expect(Object.keys(p.lessons).sort()).toEqual(['m/one', 'm/two']);
    expect(p.lastLesson).toBe('m/one');
  });
});

describe('storage failing mid-session', () => {
  it.each([0, 1, 3])('(g) writes fail after %i successful writes → memory mode, $progress keeps every answer', (n) => {
    fake.failWritesAfter(n);
    const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
    for (const id of ids) {
      tick();
      recordAnswer('check', id, [0], true);
    }
    expect($storage.get().mode).toBe('memory');
    expect(answerIds($progress.get())).toEqual(ids);
    // What reached storage is the last successful write.
    if (n === 0) expect(map.has(PROGRESS_KEY)).toBe(false);
    else expect(answerIds(stored())).toEqual(ids.slice(0, n));
  });

  it('(g) reads failing mid-session → memory mode, changes keep building on this page\'s record', () => {
    recordAnswer('check', 'q1', [0], true);
    fake.throwOnGet = true;
    tick();
    recordAnswer('check', 'q2', [0], true);
    tick();
    recordVisit('m/one');
    expect($storage.get().mode).toBe('memory');
    expect(answerIds($progress.get())).toEqual(['q1', 'q2']);
    expect($progress.get().lastLesson).toBe('m/one');
  });

  it('the memory-mode notice keeps the recovery status', () => {
    map.set(PROGRESS_KEY, '{');
    load();
    const backupKey = $storage.get().backupKey;
    fake.failWritesAfter(0);
    recordAnswer('check', 'q1', [0], true);
    expect($storage.get()).toEqual({ mode: 'memory', recovered: 'corrupt', backupKey });
  });
});

describe('importProgress (h)', () => {
  const exportFile = (): string =>
    JSON.stringify(
      {
        version: 1,
        lessons: {
          'm/one': { visitedAt: '2024-03-01T00:00:00.000Z', completedAt: '2024-03-02T00:00:00.000Z' },
          'm/two': { completedAt: '2024-03-03T00:00:00.000Z' },
        },
        quizzes: {
          check: { answers: { q1: { selected: [1], correct: false, at: '2024-03-01T00:00:00.000Z' }, q2: { selected: [0], correct: true, at: '2024-03-01T00:00:00.000Z' } }, attempts: 0 },
          exam: { answers: {}, attempts: 1, best: { score: 9, max: 10, at: '2024-03-04T00:00:00.000Z' } },
        },
        lastLesson: 'm/two',
        updatedAt: '2024-03-04T00:00:00.000Z',
      },
      null,
      2,
    );

  it('a valid export is merged into what is here and stored; the summary says what it added', () => {
    recordVisit('m/one');
    tick();
    recordAnswer('check', 'q1', [0], true); // later than the file's q1: kept
    const result = importProgress(exportFile());
    expect(result).toEqual({ ok: true, summary: { lessonsCompleted: 2, answersAdded: 1, scoresImproved: 1 } });

    const p = $progress.get();
    expect(p.lessons['m/one']).toEqual({ visitedAt: '2024-03-01T00:00:00.000Z', completedAt: '2024-03-02T00:00:00.000Z' });
    expect(p.quizzes['check']!.answers['q1']).toMatchObject({ selected: [0], correct: true });
    expect(answerIds(p)).toEqual(['q1', 'q2']);
    expect(p.quizzes['exam']!.best).toEqual({ score: 9, max: 10, at: '2024-03-04T00:00:00.000Z' });
    expect(p.lastLesson).toBe('m/one'); // this device was updated later than the file
    expect(stored()).toEqual(p);
  });

  it('importing the same file twice adds nothing the second time', () => {
    importProgress(exportFile());
    tick();
    expect(importProgress(exportFile())).toEqual({ ok: true, summary: { lessonsCompleted: 0, answersAdded: 0, scoresImproved: 0 } });
  });

  it('exportProgress output imports back into a reset store', () => {
    recordVisit('m/one');
    markLessonComplete('m/one');
    recordAnswer('check', 'q1', [1], true);
    const before = $progress.get();
    const file = exportProgress(new Date('2024-05-02T10:00:00Z'));
    expect(file.name).toBe('trafficking-course-progress-2024-05-02.json');
    resetProgress();
    expect(importProgress(file.text).ok).toBe(true);
    const after = $progress.get();
    expect({ lessons: after.lessons, quizzes: after.quizzes, lastLesson: after.lastLesson }).toEqual({
      lessons: before.lessons,
      quizzes: before.quizzes,
      lastLesson: before.lastLesson,
    });
  });

  const bad: [string, string, string][] = [
    ['a lone brace', '{', 'corrupt'],
    ['an array', '[]', 'wrong-shape'],
    ['a future version', '{"version":9}', 'future-version'],
    ['a 600 KB file (otherwise valid)', `{"version":1,"lessons":{},"quizzes":{},"pad":"${'x'.repeat(600 * 1024)}"}`, 'too-large'],
    ['a 600 KB string', 'x'.repeat(600 * 1024), 'too-large'],
  ];

  it.each(bad)('%s → ok:false, nothing changes', (_name, text, error) => {
    recordVisit('m/one');
    recordAnswer('check', 'q1', [0], true);
    const progressBefore = encode($progress.get());
    const storageBefore = new Map(map);
    const statusBefore = $storage.get();
    tick();
    expect(importProgress(text)).toEqual({ ok: false, error });
    expect(encode($progress.get())).toBe(progressBefore);
    expect(map).toEqual(storageBefore);
    expect($storage.get()).toBe(statusBefore);
  });
});

describe('resetProgress (i)', () => {
  it('empties both the store and the stored record', () => {
    recordVisit('m/one');
    markLessonComplete('m/one');
    recordAnswer('check', 'q1', [0], true);
    resetProgress();
    expect($progress.get()).toMatchObject({ lessons: {}, quizzes: {}, lastLesson: null });
    expect(stored()).toMatchObject({ lessons: {}, quizzes: {}, lastLesson: null });
    // A new page load sees the reset too.
    load();
    expect($progress.get()).toMatchObject({ lessons: {}, quizzes: {}, lastLesson: null });
  });
});

describe('recordAssessment (j)', () => {
  const answers = (right: number, of: number) =>
    Object.fromEntries(Array.from({ length: of }, (_, i) => [`a${i + 1}`, { selected: [i < right ? 0 : 1], correct: i < right }]));

  it('keeps the best score across attempts and counts every attempt', () => {
    recordAssessment('exam', answers(8, 10), 8, 10);
    const firstAt = new Date(Date.now()).toISOString();
    tick();
    recordAssessment('exam', answers(6, 10), 6, 10);
    const quiz = stored().quizzes['exam']!;
    expect(quiz.best).toEqual({ score: 8, max: 10, at: firstAt });
    expect(quiz.attempts).toBe(2);
    // The answers are those of the latest attempt.
    expect(quiz.answers['a7']).toMatchObject({ correct: false });
    expect(assessmentState('exam', $progress.get())).toEqual({ best: { score: 8, max: 10, percent: 80 }, passed: true, attempts: 2 });
  });

  it('a better later attempt replaces the best; an equal one does not', () => {
    recordAssessment('exam', answers(6, 10), 6, 10);
    tick();
    recordAssessment('exam', answers(9, 10), 9, 10);
    const ninthAt = new Date(Date.now()).toISOString();
    tick();
    recordAssessment('exam', answers(9, 10), 9, 10);
    const quiz = stored().quizzes['exam']!;
    expect(quiz.best).toEqual({ score: 9, max: 10, at: ninthAt });
    expect(quiz.attempts).toBe(3);
  });

  it('a failing first attempt is recorded as not passed', () => {
    recordAssessment('exam', answers(7, 9), 7, 9);
    expect(assessmentState('exam', $progress.get())).toEqual({ best: { score: 7, max: 9, percent: 77 }, passed: false, attempts: 1 });
  });

  it('assessment results and lesson progress coexist', () => {
    recordVisit('m/one');
    recordAssessment('exam', answers(8, 10), 8, 10);
    const p = stored();
    expect(p.lastLesson).toBe('m/one');
    expect(p.quizzes['exam']!.attempts).toBe(1);
  });
});

describe('emptyProgress', () => {
  it('uses the given time', () => {
    expect(emptyProgress('2024-01-01T00:00:00.000Z').updatedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('data written by another tab after this page loaded', () => {
  it('an update never destroys a stored record it cannot read without keeping a copy (e.g. a newer site version in another tab)', () => {
    recordAnswer('check', 'q1', [0], true);
    // Another tab, running a newer release of the site, migrates the record to version 2.
    const newer = JSON.stringify({ version: 2, progress: { 'm/one': 'done' }, updatedAt: new Date(Date.now()).toISOString() });
    map.set(PROGRESS_KEY, newer);
    tick();
    recordAnswer('check', 'q2', [0], true);
    // The version-2 record must survive somewhere: left in place or copied to a backup key.
    expect([...map.values()]).toContain(newer);
  });

  it('the import summary counts only what the file added, not what another tab wrote meanwhile', () => {
    // Tab B writes an answer onto the stored record; this tab has not adopted it yet.
    const other = emptyProgress(new Date(Date.now()).toISOString());
    other.quizzes['check'] = { answers: { q2: { selected: [0], correct: true, at: new Date(Date.now()).toISOString() } }, attempts: 0 };
    map.set(PROGRESS_KEY, encode(other));
    tick();
    // The file holds one completed lesson and nothing else.
    const file = JSON.stringify({ version: 1, lessons: { 'm/one': { completedAt: '2024-03-01T00:00:00.000Z' } }, quizzes: {}, lastLesson: null, updatedAt: '2024-03-01T00:00:00.000Z' });
    const result = importProgress(file);
    expect(answerIds($progress.get())).toEqual(['q2']); // the merge itself is right
    expect(result).toEqual({ ok: true, summary: { lessonsCompleted: 1, answersAdded: 0, scoresImproved: 0 } });
  });
});

describe('browser wiring (module loaded with a window)', () => {
  type Listener = (event: { key?: string | null; newValue?: string | null; persisted?: boolean }) => void;

  /** Loads a fresh copy of the store with a fake window whose localStorage is `storage`. */
  const loadInBrowser = async (storage: () => Storage) => {
    const listeners: Record<string, Listener[]> = {};
    vi.stubGlobal('window', {
      get localStorage() {
        return storage();
      },
      addEventListener: (type: string, listener: Listener) => (listeners[type] ??= []).push(listener),
    });
    vi.resetModules();
    const store = await import('../../src/stores/progress.ts');
    const fire = (type: string, event: Parameters<Listener>[0]) => listeners[type]?.forEach((l) => l(event));
    return { store, fire };
  };

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads from window.localStorage at import', async () => {
    map.set(PROGRESS_KEY, encode(VALID()));
    const shared = new FakeStorage(map);
    const { store } = await loadInBrowser(() => shared);
    expect(store.$progress.get()).toEqual(VALID());
    expect(store.$storage.get().mode).toBe('persistent');
  });

  it('a localStorage getter that throws gives memory mode, not an exception', async () => {
    const { store } = await loadInBrowser(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.$storage.get().mode).toBe('memory');
    store.recordAnswer('check', 'q1', [0], true);
    expect(answerIds(store.$progress.get())).toEqual(['q1']);
  });

  it('adopts a readable record from a storage event, ignores unreadable ones and other keys', async () => {
    const shared = new FakeStorage(map);
    const { store, fire } = await loadInBrowser(() => shared);
    fire('storage', { key: PROGRESS_KEY, newValue: encode(VALID()) });
    expect(store.$progress.get()).toEqual(VALID());
    fire('storage', { key: PROGRESS_KEY, newValue: '{"broken' });
    expect(store.$progress.get()).toEqual(VALID());
    fire('storage', { key: 'something-else', newValue: encode(emptyProgress()) });
    expect(store.$progress.get()).toEqual(VALID());
  });

  it('storage cleared in another tab (key null) empties progress', async () => {
    map.set(PROGRESS_KEY, encode(VALID()));
    const shared = new FakeStorage(map);
    const { store, fire } = await loadInBrowser(() => shared);
    fire('storage', { key: null, newValue: null });
    expect(store.$progress.get()).toMatchObject({ lessons: {}, quizzes: {}, lastLesson: null });
  });

  it('re-reads storage when restored from the back/forward cache only', async () => {
    const shared = new FakeStorage(map);
    const { store, fire } = await loadInBrowser(() => shared);
    map.set(PROGRESS_KEY, encode(VALID()));
    fire('pageshow', { persisted: false });
    expect(store.$progress.get().lessons).toEqual({});
    fire('pageshow', { persisted: true });
    expect(store.$progress.get()).toEqual(VALID());
  });
});
