import { describe, expect, it } from 'vitest';
import { SAVED_LIMITS, deleteSaved, duplicateSaved, newSavedId, parseSaved, serializeSaved, upsertSaved } from '../../src/lib/classroom-saved.ts';
import { encodeSession, type Session } from '../../src/lib/classroom-session.ts';

const session: Session = { title: 'Room A', questions: ['q-one', 'q-two'], timer: 0, teams: [] };
const now = new Date('2025-05-01T09:00:00Z');

describe('saved sessions', () => {
  it('reads nothing as an empty list', () => {
    expect(parseSaved(null)).toEqual({ sessions: [], damaged: false });
    expect(parseSaved('')).toEqual({ sessions: [], damaged: false });
  });

  it('round-trips through storage text', () => {
    const list = upsertSaved([], session, now, 'abc');
    expect(parseSaved(serializeSaved(list))).toEqual({ sessions: list, damaged: false });
    expect(list[0]).toEqual({ id: 'abc', savedAt: now.toISOString(), session, code: encodeSession(session) });
  });

  it('replaces an entry saved again and puts it first', () => {
    let list = upsertSaved([], session, now, 'one');
    list = upsertSaved(list, { ...session, title: 'Room B' }, now, 'two');
    list = upsertSaved(list, { ...session, title: 'Room A, edited' }, now, 'one');
    expect(list.map((s) => [s.id, s.session.title])).toEqual([['one', 'Room A, edited'], ['two', 'Room B']]);
  });

  it('duplicates next to the original with a new title, and deletes', () => {
    let list = upsertSaved(upsertSaved([], session, now, 'one'), { ...session, title: 'Other' }, now, 'two');
    list = duplicateSaved(list, 'one', now, 'copy', (t) => `Copy of ${t}`);
    expect(list.map((s) => [s.id, s.session.title])).toEqual([['two', 'Other'], ['one', 'Room A'], ['copy', 'Copy of Room A']]);
    expect(duplicateSaved(list, 'missing', now, 'x', (t) => t)).toEqual(list);
    expect(deleteSaved(list, 'one').map((s) => s.id)).toEqual(['two', 'copy']);
  });

  it('keeps a duplicated long title within the limit', () => {
    const list = duplicateSaved(upsertSaved([], { ...session, title: 'x'.repeat(100) }, now, 'one'), 'one', now, 'two', (t) => `Copy of ${t}`);
    expect(list[1]!.session.title.length).toBeLessThanOrEqual(100);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another shape', '[1,2,3]'],
    ['a newer version', JSON.stringify({ version: 2, sessions: [] })],
    ['sessions not a list', JSON.stringify({ version: 1, sessions: {} })],
    ['too large', 'x'.repeat(SAVED_LIMITS.bytes + 1)],
  ])('treats %s as damaged, without throwing', (_, raw) => {
    expect(parseSaved(raw)).toEqual({ sessions: [], damaged: true });
  });

  it('skips damaged entries and keeps the good ones', () => {
    const good = { id: 'good', savedAt: now.toISOString(), code: encodeSession(session) };
    const raw = JSON.stringify({
      version: 1,
      sessions: [good, { id: 'bad', savedAt: now.toISOString(), code: 'AAAA' }, { id: 'Bad Id', savedAt: now.toISOString(), code: good.code }, { ...good }, null, 'x', { id: 'nodate', savedAt: 'yesterday', code: good.code }],
    });
    const parsed = parseSaved(raw);
    expect(parsed.damaged).toBe(true);
    expect(parsed.sessions.map((s) => s.id)).toEqual(['good']);
  });

  it('caps the list', () => {
    let list = upsertSaved([], session, now, 'a0');
    for (let i = 1; i < SAVED_LIMITS.sessions + 5; i++) list = upsertSaved(list, session, now, `a${i}`);
    expect(list).toHaveLength(SAVED_LIMITS.sessions);
  });

  it('makes ids the parser accepts', () => {
    const ids = new Set(Array.from({ length: 100 }, newSavedId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(parseSaved(serializeSaved(upsertSaved([], session, now, id))).sessions).toHaveLength(1);
  });
});
