/**
 * $progress: the learner's progress, kept on this device only.
 *
 * Data: a Progress record (src/lib/progress.ts) under the key `tc-progress`.
 * Lifecycle: loaded once when the first island imports this module in the
 * browser (never during server rendering); every change is applied to the
 * freshest stored record, so two tabs writing different answers keep both;
 * other tabs adopt the stored value from the `storage` event; a page restored
 * from the back/forward cache re-reads storage.
 * Failure modes: unreadable or future-version data is copied to a backup key
 * and the learner is told; storage that throws or is full switches to memory
 * and $storage.mode says so, so the UI can offer an export.
 */
import { atom } from 'nanostores';
import { decode, emptyProgress, encode, type DecodeError, type Progress } from '../lib/progress.ts';
import { browserStorage, createSafeStorage, type SafeStorage, type StorageMode } from '../lib/safe-storage.ts';

export const PROGRESS_KEY = 'tc-progress';
export const BACKUP_PREFIX = 'tc-progress-backup-';

export interface StorageStatus {
  mode: StorageMode;
  /** Why saved data could not be read, if it could not. */
  recovered: DecodeError | null;
  /** Where the unreadable data was kept, if it could be. */
  backupKey: string | null;
}

export const $progress = atom<Progress>(emptyProgress(new Date(0).toISOString()));
export const $storage = atom<StorageStatus>({ mode: 'persistent', recovered: null, backupKey: null });

let storage: SafeStorage | undefined;

/** The engine in use, for the import/reset actions in progress-transfer.ts. */
export const progressStorage = (): SafeStorage | undefined => storage;

function adopt(raw: string | null): void {
  const decoded = decode(raw);
  if (decoded.ok) $progress.set(decoded.progress);
}

/** Loads progress from storage. Called once in the browser; exported for tests. */
export function initProgress(engine: SafeStorage = createSafeStorage(browserStorage)): void {
  storage = engine;
  const status: StorageStatus = { mode: engine.mode, recovered: null, backupKey: null };
  $storage.set(status);
  engine.onFailure(() => $storage.set({ ...$storage.get(), mode: 'memory' }));
  const raw = engine.get(PROGRESS_KEY);
  const decoded = decode(raw);
  $progress.set(decoded.ok ? decoded.progress : emptyProgress());
  if (!decoded.ok && raw !== null) backUp(raw, decoded.error);
  $storage.set({ ...$storage.get(), mode: engine.mode });
}

/**
 * Keeps data this version cannot read under a backup key and tells the
 * learner. If even the backup cannot be written, the engine is now in memory
 * mode, so the unreadable original is never overwritten.
 */
let backedUp: string | undefined;

function backUp(raw: string, error: DecodeError): void {
  if (raw === backedUp) return;
  backedUp = raw;
  const backupKey = `${BACKUP_PREFIX}${new Date().toISOString()}`;
  const saved = storage?.set(backupKey, raw) ?? false;
  $storage.set({ ...$storage.get(), recovered: error, backupKey: saved ? backupKey : null });
}

/**
 * Applies a change and saves it. The change is applied to the freshest stored
 * record, not to this tab's copy, so when two tabs write different answers
 * both survive; other tabs then adopt the result from the `storage` event.
 */
export function updateProgress(change: (p: Progress) => Progress): void {
  const raw = storage?.mode === 'persistent' ? storage.get(PROGRESS_KEY) : null;
  const stored = decode(raw);
  // Another tab (perhaps a newer version of the course) wrote something this
  // version cannot read: keep it before writing over it.
  if (!stored.ok && raw !== null) backUp(raw, stored.error);
  const base = stored.ok && raw !== null ? stored.progress : $progress.get();
  // A JSON round trip is a deep copy every browser we support can do.
  const next = change(JSON.parse(encode(base)) as Progress);
  next.updatedAt = new Date().toISOString();
  if (storage?.mode === 'persistent') storage.set(PROGRESS_KEY, encode(next));
  $progress.set(next);
}

export function recordVisit(lessonId: string): void {
  updateProgress((p) => {
    p.lessons[lessonId] = { ...p.lessons[lessonId], visitedAt: p.lessons[lessonId]?.visitedAt ?? new Date().toISOString() };
    p.lastLesson = lessonId;
    return p;
  });
}

export function markLessonComplete(lessonId: string): void {
  updateProgress((p) => {
    const now = new Date().toISOString();
    p.lessons[lessonId] = { visitedAt: p.lessons[lessonId]?.visitedAt ?? now, completedAt: p.lessons[lessonId]?.completedAt ?? now };
    return p;
  });
}

export function recordAnswer(quizId: string, questionId: string, selected: number[], correct: boolean): void {
  updateProgress((p) => {
    const quiz = (p.quizzes[quizId] ??= { answers: {}, attempts: 0 });
    quiz.answers[questionId] = { selected, correct, at: new Date().toISOString() };
    return p;
  });
}

if (typeof window !== 'undefined') {
  // A page may hand over another engine before any island loads: SCORM package pages do (src/scorm/bootstrap.ts).
  initProgress((window as { __tcStorageEngine?: SafeStorage }).__tcStorageEngine);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) adopt(event.newValue);
    else if (event.key === null) $progress.set(emptyProgress());
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && storage) adopt(storage.get(PROGRESS_KEY));
  });
}
