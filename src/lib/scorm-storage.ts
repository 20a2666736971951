/**
 * A storage engine (the SafeStorage interface of safe-storage.ts) for pages
 * inside an LMS: the progress record goes to the LMS through a CourseLink
 * (scorm-course.ts), every other key stays in memory for the page's life.
 *
 * Failure modes: like createSafeStorage, the first refusal (the LMS did not
 * take the record, or the link threw because its frame went away) switches
 * the engine to memory for the rest of the page's life, keeps what was
 * written, and tells listeners once, so the page can say progress will not be
 * kept. Nothing here throws.
 */
import type { SafeStorage, StorageMode } from './safe-storage.ts';
import type { CourseLink } from './scorm-course.ts';

export const LMS_KEY = 'tc-progress';

export function createScormStorage(link: CourseLink, lmsKey = LMS_KEY): SafeStorage {
  const memory = new Map<string, string>();
  const listeners = new Set<(error: unknown) => void>();
  let mode: StorageMode = 'persistent';

  const fail = (error: unknown) => {
    if (mode === 'memory') return;
    mode = 'memory';
    for (const listener of listeners) {
      try {
        listener(error);
      } catch {
        /* the engine still works from memory */
      }
    }
  };

  return {
    get mode() {
      return mode;
    },
    get(key) {
      if (key === lmsKey && mode === 'persistent') {
        try {
          const value = link.readProgress();
          if (value !== null) memory.set(key, value);
          return value;
        } catch (error) {
          fail(error);
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      if (key !== lmsKey || mode !== 'persistent') return false;
      let written = false;
      try {
        written = link.writeProgress(value);
      } catch (error) {
        fail(error);
        return false;
      }
      if (!written) fail(new Error('The LMS did not accept the progress record.'));
      return written;
    },
    remove(key) {
      memory.delete(key);
    },
    onFailure(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
