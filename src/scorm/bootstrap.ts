/**
 * Loaded first by every page of a SCORM package, as a classic blocking script
 * in <head> (scripts/scorm/ injects it), so it runs before any island can
 * load the progress store.
 *
 * When the page is shown by the package's launch page (src/scorm/launch.ts)
 * in an LMS, it hands the progress store an engine that keeps progress in the
 * LMS (`__tcStorageEngine`, read by src/stores/progress.ts), tells the LMS
 * which page the learner is on and passes on submitted assessments (`tc:quiz`
 * events). Otherwise it does nothing and the page keeps progress in the
 * browser, like the website.
 */
import { MAX_PARENTS } from '../lib/scorm-runtime.ts';
import { COURSE_GLOBAL, type CourseLink } from '../lib/scorm-course.ts';
import { createScormStorage } from '../lib/scorm-storage.ts';
import type { SafeStorage } from '../lib/safe-storage.ts';
import { QUIZ_EVENT, type QuizEvent } from '../lib/quiz-types.ts';

const isLink = (value: unknown): value is CourseLink =>
  typeof value === 'object' && value !== null && typeof (value as CourseLink).readProgress === 'function' && typeof (value as CourseLink).writeProgress === 'function';

/** The launch page's CourseLink in one of this window's parents (same origin only). */
export function findCourseLink(win: Window): CourseLink | null {
  let current = win;
  for (let level = 0; level < MAX_PARENTS; level++) {
    let parent: Window;
    try {
      parent = current.parent;
      if (parent === current) return null;
      const link = (parent as unknown as Record<string, unknown>)[COURSE_GLOBAL];
      if (isLink(link)) return link;
    } catch {
      return null;
    }
    current = parent;
  }
  return null;
}

/** This page's path relative to the package root, which is the folder above this script's _astro/. */
export function packagePath(pageUrl: string, scriptUrl: string): string | null {
  const root = new URL('../', scriptUrl);
  const page = new URL(pageUrl);
  if (page.origin !== root.origin || !page.pathname.startsWith(root.pathname)) return null;
  return decodeURI(page.pathname.slice(root.pathname.length));
}

export function bootstrap(win: Window = window, script: HTMLOrSVGScriptElement | null = win.document.currentScript): void {
  const link = findCourseLink(win);
  if (!link) return;
  (win as Window & { __tcStorageEngine?: SafeStorage }).__tcStorageEngine = createScormStorage(link);
  const here = script instanceof HTMLScriptElement ? packagePath(win.location.href, script.src) : null;
  try {
    if (here) link.visit(here);
  } catch {
    /* the launch page went away; progress still works from memory */
  }
  win.document.addEventListener(QUIZ_EVENT, (event) => {
    const detail = (event as CustomEvent<QuizEvent>).detail;
    try {
      if (detail?.type === 'quiz-completed') link.quizCompleted(detail.quiz, detail.score, detail.max);
    } catch {
      /* as below */
    }
  });
  win.addEventListener('pagehide', () => {
    try {
      link.commit();
    } catch {
      /* as above */
    }
  });
}
