/**
 * The launch page of a SCO (scorm-<module>.html at the package root, written
 * by scripts/scorm/). The LMS opens it; it holds the one SCORM session of the
 * launch and shows the course pages in a frame, so moving from page to page
 * never ends the session (an LMS refuses LMSInitialize after LMSFinish).
 *
 * It finds the API, starts the session, exposes the CourseLink that course
 * pages use for progress (`__tcScormCourse`, read by src/scorm/bootstrap.ts),
 * opens the frame at the lesson the learner was on (or the module overview),
 * and finishes the session when it goes away. Without an LMS it just opens
 * the module: the pages then keep progress in the browser, like the website.
 */
import type { ScormCatalogue } from '../lib/scorm-catalogue.ts';
import { COURSE_GLOBAL, createScormCourse } from '../lib/scorm-course.ts';
import { findScormApi, startScormSession } from '../lib/scorm-runtime.ts';

export function launch(catalogue: ScormCatalogue, win: Window = window): void {
  const doc = win.document;
  const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-tc-start]');
  if (!frame) return;
  const moduleId = doc.documentElement.dataset['tcModule'] ?? '';
  let target = frame.dataset['tcStart'] ?? '';

  const api = findScormApi(win);
  const session = api ? startScormSession(api, { exit: 'suspend' }) : null;
  if (session) {
    const course = createScormCourse(session, catalogue, moduleId);
    Object.defineProperty(win, COURSE_GLOBAL, { value: course, configurable: true });
    target = course.resumeLocation ?? target;
    // pagehide also fires when the LMS removes the frame this page is in; finish() runs once.
    win.addEventListener('pagehide', () => course.finish());
  }
  frame.src = target;
}
