/**
 * Sessions a trainer saved on this device, under one localStorage key
 * (`tc-classroom`), written through the storage engine that never throws.
 *
 * Shape: `{ "version": 1, "sessions": [{ "id", "savedAt", "code" }] }`, newest
 * first, where code is the same session code a link carries (so a saved
 * session and its link can never disagree, and both are validated the same
 * way). Unreadable data or entries are skipped and reported, never fatal; the
 * list is capped so a full quota cannot be reached through this feature.
 */
import { decodeSession, encodeSession, normalizeSession, type Session } from './classroom-session.ts';

export const SAVED_KEY = 'tc-classroom';
export const SAVED_LIMITS = { sessions: 50, bytes: 256 * 1024 } as const;

export interface SavedSession {
  id: string;
  /** ISO date and time of the last save. */
  savedAt: string;
  session: Session;
  code: string;
}

export interface SavedList {
  sessions: SavedSession[];
  /** True when stored data (or part of it) could not be read and was left out. */
  damaged: boolean;
}

const ID = /^[a-z0-9]{1,24}$/;

export function parseSaved(raw: string | null): SavedList {
  if (raw === null || raw === '') return { sessions: [], damaged: false };
  if (raw.length > SAVED_LIMITS.bytes) return { sessions: [], damaged: true };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { sessions: [], damaged: true };
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1 || !Array.isArray((value as { sessions?: unknown }).sessions)) {
    return { sessions: [], damaged: true };
  }
  const sessions: SavedSession[] = [];
  let damaged = false;
  for (const item of (value as { sessions: unknown[] }).sessions.slice(0, SAVED_LIMITS.sessions)) {
    const { id, savedAt, code } = (item ?? {}) as Record<string, unknown>;
    const decoded = typeof code === 'string' ? decodeSession(code) : null;
    if (typeof id !== 'string' || !ID.test(id) || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)) || !decoded?.ok || sessions.some((s) => s.id === id)) {
      damaged = true;
      continue;
    }
    sessions.push({ id, savedAt, session: decoded.session, code: code as string });
  }
  return { sessions, damaged };
}

export const serializeSaved = (sessions: readonly SavedSession[]): string =>
  JSON.stringify({ version: 1, sessions: sessions.slice(0, SAVED_LIMITS.sessions).map(({ id, savedAt, code }) => ({ id, savedAt, code })) });

/** A short random id for a saved session. */
export const newSavedId = (): string => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

/** Saves a session as `id` (replacing that entry) or as a new entry; the saved one comes first. */
export function upsertSaved(list: readonly SavedSession[], session: Session, now: Date, id: string): SavedSession[] {
  const clean = normalizeSession(session);
  const entry: SavedSession = { id, savedAt: now.toISOString(), session: clean, code: encodeSession(clean) };
  return [entry, ...list.filter((s) => s.id !== id)].slice(0, SAVED_LIMITS.sessions);
}

/** A copy of a saved session placed right after it, with a new id and title. */
export function duplicateSaved(list: readonly SavedSession[], id: string, now: Date, newId: string, title: (old: string) => string): SavedSession[] {
  const at = list.findIndex((s) => s.id === id);
  if (at < 0) return [...list];
  const original = list[at]!;
  const session = normalizeSession({ ...original.session, title: title(original.session.title) });
  const copy: SavedSession = { id: newId, savedAt: now.toISOString(), session, code: encodeSession(session) };
  return [...list.slice(0, at + 1), copy, ...list.slice(at + 1)].slice(0, SAVED_LIMITS.sessions);
}

export const deleteSaved = (list: readonly SavedSession[], id: string): SavedSession[] => list.filter((s) => s.id !== id);
