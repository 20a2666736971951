/**
 * Export, import and reset: used on /progress/ and by the storage notice, so
 * kept apart from the store's core that every quiz page loads.
 */
import { decode, emptyProgress, encode, type DecodeError } from '../lib/progress.ts';
import { merge } from '../lib/progress-merge.ts';
import { summarizeImport, MAX_IMPORT_BYTES, type ImportSummary } from '../lib/progress-import.ts';
import { $progress, PROGRESS_KEY, progressStorage, updateProgress } from './progress.ts';

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: DecodeError };

/** Merges an exported file into what is here; changes nothing when the file is bad. */
export function importProgress(text: string): ImportResult {
  const decoded = decode(text, MAX_IMPORT_BYTES);
  if (!decoded.ok) return decoded;
  let before = $progress.get();
  updateProgress((current) => {
    before = current;
    return merge(current, decoded.progress);
  });
  return { ok: true, summary: summarizeImport(before, $progress.get()) };
}

export function resetProgress(): void {
  const fresh = emptyProgress();
  progressStorage()?.set(PROGRESS_KEY, encode(fresh));
  $progress.set(fresh);
}

/** The export file's name and contents. */
export function exportProgress(now = new Date()): { name: string; text: string } {
  return { name: `trafficking-course-progress-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify($progress.get(), null, 2) };
}
