import { describe, expect, it } from 'vitest';
import { emptyProgress, encode, type Progress } from '../../src/lib/progress.ts';
import type { ScormCatalogue } from '../../src/lib/scorm-catalogue.ts';
import { createScormCourse, moduleResult, type CourseLink } from '../../src/lib/scorm-course.ts';
import { startScormSession } from '../../src/lib/scorm-runtime.ts';
import { createScormStorage } from '../../src/lib/scorm-storage.ts';
import { decodeSuspend } from '../../src/lib/scorm-suspend.ts';
import { findCourseLink, packagePath } from '../../src/scorm/bootstrap.ts';
import { $progress, $storage, initProgress, markLessonComplete, recordAnswer, recordVisit } from '../../src/stores/progress.ts';
import { recordAssessment } from '../../src/stores/assessment-results.ts';
import { StrictFakeApi } from './scorm-fake-api.ts';

const catalogue: ScormCatalogue = {
  modules: [
    { id: 'alpha', lessons: [{ id: 'alpha/one', checks: ['alpha-check'] }, { id: 'alpha/two', checks: [] }], assessment: 'alpha-assessment' },
    { id: 'beta', lessons: [{ id: 'beta/one', checks: ['beta-check'] }, { id: 'beta/two', checks: [] }], assessment: null },
  ],
  quizzes: [
    { id: 'alpha-assessment', questions: Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, options: 4 })) },
    { id: 'alpha-check', questions: [{ id: 'c1', options: 3 }, { id: 'c2', options: 2 }] },
    { id: 'beta-check', questions: [{ id: 'b1', options: 5 }] },
  ],
  scenarios: [{ id: 'alpha-scenario', endings: ['good', 'poor'] }],
};
const AT = '2025-01-02T03:04:05.000Z';

const withBest = (score: number, max = 10): Progress => {
  const p = emptyProgress(AT);
  p.quizzes['alpha-assessment'] = { answers: {}, attempts: 1, best: { score, max, at: AT } };
  return p;
};

function launch(api: StrictFakeApi, module = 'alpha') {
  const session = startScormSession(api, { exit: 'suspend' });
  if (!session) throw new Error('no session');
  return { session, course: createScormCourse(session, catalogue, module) };
}

describe('moduleResult', () => {
  it('a module with an assessment: incomplete until taken, then failed or passed against the mastery score', () => {
    expect(moduleResult(emptyProgress(), catalogue, 'alpha')).toEqual({ status: 'incomplete' });
    expect(moduleResult(withBest(7), catalogue, 'alpha')).toEqual({ status: 'failed', score: 70 });
    expect(moduleResult(withBest(8), catalogue, 'alpha')).toEqual({ status: 'passed', score: 80 });
    expect(moduleResult(withBest(8), catalogue, 'alpha', 90)).toEqual({ status: 'failed', score: 80 });
    // 79.x % is not 80 %: rounded down, and judged on the exact ratio.
    expect(moduleResult(withBest(31, 39), catalogue, 'alpha')).toEqual({ status: 'failed', score: 79 });
  });

  it('a module without an assessment: completed when every lesson is complete', () => {
    const p = emptyProgress(AT);
    expect(moduleResult(p, catalogue, 'beta').status).toBe('incomplete');
    p.quizzes['beta-check'] = { answers: { b1: { selected: [0], correct: false, at: AT } }, attempts: 0 };
    expect(moduleResult(p, catalogue, 'beta').status).toBe('incomplete');
    p.lessons['beta/two'] = { visitedAt: AT, completedAt: AT };
    expect(moduleResult(p, catalogue, 'beta')).toEqual({ status: 'completed' });
    expect(moduleResult(p, catalogue, 'nowhere')).toEqual({ status: 'incomplete' });
  });
});

describe('createScormCourse', () => {
  it('keeps the record compactly in suspend_data and reports the result, committing each change', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    expect(course.readProgress()).toBeNull();
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');

    const json = encode(withBest(9));
    expect(course.writeProgress(json)).toBe(true);
    expect(course.readProgress()).toBe(json);
    const suspend = api.data.get('cmi.suspend_data')!;
    expect(suspend.length).toBeLessThan(json.length / 3);
    expect(decodeSuspend(suspend, catalogue)?.quizzes['alpha-assessment']?.best).toEqual({ score: 9, max: 10, at: AT });
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.data.get('cmi.core.score.raw')).toBe('90');
    expect(api.committed.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.committed.get('cmi.suspend_data')).toBe(suspend);
  });

  it('refuses what is not a progress record, and writes after the session ended', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    expect(course.writeProgress('not json')).toBe(false);
    course.finish();
    expect(course.writeProgress(encode(withBest(10)))).toBe(false);
    expect(api.calls.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);
  });

  it('resumes at the page the LMS remembers, if it is a page of the package', () => {
    const resume = (location: string) => launch(new StrictFakeApi({ 'cmi.core.lesson_location': location })).course.resumeLocation;
    expect(resume('modules/alpha/two/index.html')).toBe('modules/alpha/two/index.html');
    expect(resume('scenarios/alpha-scenario/index.html')).toBe('scenarios/alpha-scenario/index.html');
    for (const bad of ['', 'https://elsewhere.example/', '../../etc/index.html', 'modules/../x/index.html', 'javascript:alert(1)', 'glossary/index.html']) expect(resume(bad)).toBeNull();
  });

  it('records module and scenario pages as the location, and commits', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    course.visit('modules/alpha/one/index.html');
    course.visit('glossary/index.html');
    expect(api.writes('cmi.core.lesson_location')).toEqual(['modules/alpha/one/index.html']);
    expect(api.committed.get('cmi.core.lesson_location')).toBe('modules/alpha/one/index.html');
  });

  it('hands unreadable suspend data to the page as it is', () => {
    const { course } = launch(new StrictFakeApi({ 'cmi.suspend_data': 'written by another course' }));
    expect(course.readProgress()).toBe('written by another course');
  });

  it('reports a submitted module assessment, and only that', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    course.quizCompleted('alpha-check', 1, 1);
    course.quizCompleted('alpha-assessment', 11, 10);
    course.quizCompleted('alpha-assessment', 3, 0);
    expect(api.writes('cmi.core.lesson_status')).toEqual(['incomplete']);
    course.quizCompleted('alpha-assessment', 5, 10);
    expect(api.data.get('cmi.core.lesson_status')).toBe('failed');
    course.quizCompleted('alpha-assessment', 10, 10);
    course.quizCompleted('alpha-assessment', 0, 10);
    expect(api.writes('cmi.core.lesson_status')).toEqual(['incomplete', 'failed', 'passed']);
    expect(api.writes('cmi.core.score.raw')).toEqual(['50', '100']);
    expect(api.committed.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('an LMS that refuses the record still gets the result', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    api.refuse.push({ method: 'LMSSetValue', element: 'cmi.suspend_data', code: '405' });
    expect(course.writeProgress(encode(withBest(10)))).toBe(false);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(course.readProgress()).toBeNull();
  });

  it('reports what a stored record says on the next launch', () => {
    const first = new StrictFakeApi();
    launch(first).course.writeProgress(encode(withBest(10)));
    const next = new StrictFakeApi({ 'cmi.suspend_data': first.data.get('cmi.suspend_data')! });
    launch(next);
    expect(next.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(next.data.get('cmi.core.score.raw')).toBe('100');
  });
});

describe('the progress store on an LMS engine', () => {
  it('answers, visits and results go to the LMS, and come back on the next launch', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    initProgress(createScormStorage(course));
    expect($storage.get().mode).toBe('persistent');
    recordVisit('alpha/one');
    recordAnswer('alpha-check', 'c1', [2], true);
    markLessonComplete('alpha/two');
    recordAssessment('alpha-assessment', { a0: { selected: [1], correct: true } }, 8, 10);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(api.data.get('cmi.core.score.raw')).toBe('80');
    // A worse attempt: the record keeps the best, the LMS keeps passed.
    recordAssessment('alpha-assessment', { a0: { selected: [0], correct: false } }, 2, 10);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    course.visit('modules/alpha/one/index.html');
    course.finish();

    const next = api.nextLaunch();
    const relaunched = launch(next).course;
    expect(relaunched.resumeLocation).toBe('modules/alpha/one/index.html');
    initProgress(createScormStorage(relaunched));
    const p = $progress.get();
    expect(p.quizzes['alpha-check']?.answers['c1']).toMatchObject({ selected: [2], correct: true });
    expect(p.quizzes['alpha-assessment']?.answers['a0']).toMatchObject({ selected: [0], correct: false });
    expect(p.quizzes['alpha-assessment']?.best).toMatchObject({ score: 8, max: 10 });
    expect(p.lessons['alpha/one']?.visitedAt).toBeDefined();
    expect(p.lessons['alpha/two']?.completedAt).toBeDefined();
    expect(p.lastLesson).toBe('alpha/one');
    expect(next.writes('cmi.core.lesson_status')).toEqual([]);
  });

  it('an LMS that refuses the record: progress stays for the page, in memory, and the page is told', () => {
    const api = new StrictFakeApi();
    const { course } = launch(api);
    api.refuse.push({ method: 'LMSSetValue', element: 'cmi.suspend_data', code: '351' });
    initProgress(createScormStorage(course));
    expect(() => recordAnswer('alpha-check', 'c1', [0], false)).not.toThrow();
    expect($storage.get().mode).toBe('memory');
    expect($progress.get().quizzes['alpha-check']?.answers['c1']?.selected).toEqual([0]);
    expect(() => recordAnswer('alpha-check', 'c2', [1], true)).not.toThrow();
    expect(Object.keys($progress.get().quizzes['alpha-check']?.answers ?? {})).toEqual(['c1', 'c2']);
  });

  it('suspend data it cannot read is reported as unreadable, not silently replaced', () => {
    const { course } = launch(new StrictFakeApi({ 'cmi.suspend_data': 'garbage' }));
    initProgress(createScormStorage(course));
    expect($storage.get().recovered).toBe('corrupt');
  });
});

describe('createScormStorage', () => {
  const link = (overrides: Partial<CourseLink> = {}): CourseLink => ({
    readProgress: () => '{"stored":true}',
    writeProgress: () => true,
    quizCompleted: () => undefined,
    visit: () => undefined,
    commit: () => undefined,
    ...overrides,
  });

  it('the progress key goes to the link, other keys stay in memory', () => {
    const written: string[] = [];
    const engine = createScormStorage(link({ writeProgress: (j) => (written.push(j), true) }));
    expect(engine.get('tc-progress')).toBe('{"stored":true}');
    expect(engine.set('tc-progress', '{"a":1}')).toBe(true);
    expect(engine.set('tc-progress-backup-x', 'raw')).toBe(false);
    expect(engine.get('tc-progress-backup-x')).toBe('raw');
    engine.remove('tc-progress-backup-x');
    expect(engine.get('tc-progress-backup-x')).toBeNull();
    expect(written).toEqual(['{"a":1}']);
    expect(engine.mode).toBe('persistent');
  });

  it('a link that throws (its frame went away) switches to memory once and keeps values', () => {
    const failures: unknown[] = [];
    const engine = createScormStorage(
      link({
        writeProgress: () => {
          throw new Error('frame gone');
        },
      }),
    );
    engine.onFailure((e) => failures.push(e));
    engine.onFailure(() => {
      throw new Error('a listener that throws');
    });
    expect(engine.set('tc-progress', '{"b":2}')).toBe(false);
    expect(engine.set('tc-progress', '{"b":3}')).toBe(false);
    expect(engine.mode).toBe('memory');
    expect(engine.get('tc-progress')).toBe('{"b":3}');
    expect(failures).toHaveLength(1);
  });
});

describe('the bootstrap finds its launch page', () => {
  type Win = { parent: Win; __tcScormCourse?: unknown };
  const top = (): Win => {
    const w = {} as Win;
    w.parent = w;
    return w;
  };

  it('in a parent, within 7 levels, and not on another origin', () => {
    const course = link();
    const launchPage = top();
    launchPage.__tcScormCourse = course;
    const page = { parent: launchPage } as Win;
    expect(findCourseLink(page as unknown as Window)).toBe(course);
    let deep = { parent: launchPage } as Win;
    for (let i = 0; i < 7; i++) deep = { parent: deep } as Win;
    expect(findCourseLink(deep as unknown as Window)).toBeNull();
    expect(findCourseLink(top() as unknown as Window)).toBeNull();
    const foreign = new Proxy({} as Win, {
      get() {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(findCourseLink({ parent: foreign } as unknown as Window)).toBeNull();
  });

  it('knows the page’s path inside the package from its own script’s URL', () => {
    const script = 'https://lms.example/pluginfile/42/content/_astro/scorm-bootstrap.js';
    expect(packagePath('https://lms.example/pluginfile/42/content/modules/a/b/index.html?x=1#top', script)).toBe('modules/a/b/index.html');
    expect(packagePath('https://elsewhere.example/content/modules/a/index.html', script)).toBeNull();
  });

  function link(): CourseLink {
    return { readProgress: () => null, writeProgress: () => true, quizCompleted: () => undefined, visit: () => undefined, commit: () => undefined };
  }
});
