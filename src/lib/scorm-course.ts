/**
 * One SCO of a package: a module whose progress lives in the LMS.
 *
 * Data: the learner's progress record (src/lib/progress.ts) is kept in
 * cmi.suspend_data in compact form (scorm-suspend.ts); what the LMS reports
 * (lesson_status, score) is derived from that record for this SCO's module:
 * `passed`/`failed` from the module assessment's best score against the
 * mastery score, or `completed` once every lesson is complete in a module
 * without an assessment. The `quiz-completed` event of the module assessment
 * is reported too, so the result reaches an LMS that will not keep the record.
 *
 * Lifecycle: the package's launch page (scripts/scorm/, src/scorm/launch.ts)
 * starts the session and creates this object, which lives as long as the
 * launch page. Course pages open in a frame inside it and reach it through
 * `CourseLink`, passing only strings, so it outlives every page the learner
 * visits and LMSInitialize/LMSFinish happen once per launch.
 *
 * Failure modes: a record the LMS refuses is reported to the page (false),
 * which then keeps progress in memory and says so; suspend data this
 * package cannot read is handed to the page as it is, so the progress store
 * reports it as unreadable rather than silently starting afresh.
 */
import { assessmentState } from './assessment-state.ts';
import { lessonState } from './lesson-state.ts';
import { decode, encode, type Progress } from './progress.ts';
import { MASTERY_SCORE, type ScormCatalogue } from './scorm-catalogue.ts';
import type { LessonStatus, ScormSession } from './scorm-runtime.ts';
import { decodeSuspend, encodeSuspend } from './scorm-suspend.ts';

/** The launch page's window property holding its CourseLink. */
export const COURSE_GLOBAL = '__tcScormCourse';

/** What a course page may ask of the SCO (strings only, so it works across frames). */
export interface CourseLink {
  /** The progress record as JSON, unreadable suspend data as it is, or null when there is none. */
  readProgress(): string | null;
  /** Stores a progress record (JSON); false when the LMS did not take it. */
  writeProgress(json: string): boolean;
  /** A quiz was submitted (the `quiz-completed` event): reported even when the LMS refuses suspend data. */
  quizCompleted(quiz: string, score: number, max: number): void;
  /** The page the learner is on, relative to the package root. */
  visit(location: string): void;
  commit(): void;
}

export interface ScormCourse extends CourseLink {
  /** Where to resume: the location the LMS remembered, if it is a page of this package. */
  readonly resumeLocation: string | null;
  finish(): void;
}

export interface ModuleResult {
  status: Extract<LessonStatus, 'incomplete' | 'completed' | 'passed' | 'failed'>;
  /** 0-100, when the module has an assessment that was taken. */
  score?: number;
}

/** What the LMS should record for `moduleId`, given a progress record. */
export function moduleResult(p: Progress, catalogue: ScormCatalogue, moduleId: string, masteryScore = MASTERY_SCORE): ModuleResult {
  const module = catalogue.modules.find((m) => m.id === moduleId);
  if (!module) return { status: 'incomplete' };
  if (module.assessment) {
    const { best } = assessmentState(module.assessment, p);
    if (!best) return { status: 'incomplete' };
    return { status: best.score * 100 >= masteryScore * best.max ? 'passed' : 'failed', score: best.percent };
  }
  const questions = new Map(catalogue.quizzes.map((q) => [q.id, q.questions.map((x) => x.id)]));
  const complete = module.lessons.every(
    (l) => lessonState({ id: l.id, title: '', href: '', checks: Object.fromEntries(l.checks.map((c) => [c, questions.get(c) ?? []])) }, p) === 'complete',
  );
  return { status: complete ? 'completed' : 'incomplete' };
}

/** Package pages a learner can resume at: module and scenario pages, as the packager names them. */
const RESUMABLE = /^(modules|scenarios)(\/[a-z0-9-]+)+\/index\.html$/;

export function createScormCourse(session: ScormSession, catalogue: ScormCatalogue, moduleId: string): ScormCourse {
  const mastery = session.initial.masteryScore ?? MASTERY_SCORE;
  const stored = session.initial.suspendData;
  const record = stored === '' ? null : decodeSuspend(stored, catalogue);
  // The last record written this launch, verbatim; across launches, the decoded suspend data.
  let current: string | null = record ? encode(record) : stored === '' ? null : stored;

  const report = (p: Progress) => {
    const result = moduleResult(p, catalogue, moduleId, mastery);
    session.report(result.score === undefined ? { status: result.status } : { status: result.status, score: result.score });
  };
  if (record) {
    report(record);
    session.commit();
  }

  return {
    resumeLocation: RESUMABLE.test(session.initial.location) ? session.initial.location : null,
    readProgress: () => current,
    writeProgress(json) {
      const decoded = decode(json);
      if (!decoded.ok || session.finished) return false;
      const stored = session.setSuspendData(encodeSuspend(decoded.progress, catalogue));
      if (stored) current = json;
      // The result is reported even if the LMS would not keep the record.
      report(decoded.progress);
      session.commit();
      return stored;
    },
    quizCompleted(quiz, score, max) {
      const assessment = catalogue.modules.find((m) => m.id === moduleId)?.assessment;
      if (quiz !== assessment || !(max > 0) || !(score >= 0) || score > max) return;
      session.report({ status: score * 100 >= mastery * max ? 'passed' : 'failed', score: Math.floor((score * 100) / max) });
      session.commit();
    },
    visit(location) {
      if (RESUMABLE.test(location) && session.current.location !== location && session.setLocation(location)) session.commit();
    },
    commit() {
      session.commit();
    },
    finish() {
      session.finish();
    },
  };
}
