/**
 * The course's structure as the SCORM runtime needs it: which lessons,
 * questions (with their number of options) and scenario endings exist, in a
 * fixed order. suspend_data refers to them by position, not by id, which is
 * what keeps it small (scorm-suspend.ts). scripts/scorm/catalogue.mjs builds
 * it from content/ at packaging time and bakes it into the launch script.
 */
export interface CatalogueLesson {
  /** "<module>/<lesson>": the progress key. */
  id: string;
  /** Knowledge-check quiz ids (their questions are in `quizzes`). */
  checks: string[];
}
export interface CatalogueModule {
  id: string;
  lessons: CatalogueLesson[];
  /** The module assessment's quiz id, if the module has one. */
  assessment: string | null;
}
export interface CatalogueQuiz {
  id: string;
  questions: { id: string; options: number }[];
}
export interface ScormCatalogue {
  modules: CatalogueModule[];
  /** Knowledge checks and assessments, sorted by id. */
  quizzes: CatalogueQuiz[];
  /** Decision scenarios with their ending ids, sorted by id. */
  scenarios: { id: string; endings: string[] }[];
}

/** The mastery score written to the manifest and applied when the LMS gives none. */
export const MASTERY_SCORE = 80;

/** Every lesson in course order. */
export const catalogueLessons = (c: ScormCatalogue): CatalogueLesson[] => c.modules.flatMap((m) => m.lessons);

/**
 * A fingerprint of the catalogue (FNV-1a, 24 bits). suspend_data carries it, so
 * data written by a package with different content is recognised rather than
 * misread position by position.
 */
export function catalogueFingerprint(c: ScormCatalogue): number {
  const text = JSON.stringify(c);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0xffffff;
}
