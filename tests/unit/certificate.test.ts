import { describe, expect, it } from 'vitest';
import { certificateView, verificationCode, type CertificateModule } from '../../src/lib/certificate.ts';
import { emptyProgress, type Progress } from '../../src/lib/progress.ts';
import { decodeSettings } from '../../src/lib/settings.ts';

const modules: CertificateModule[] = [
  { id: 'm1', order: 1, title: 'One', href: '/modules/m1/', assessment: 'm1-assessment' },
  { id: 'm2', order: 2, title: 'Two', href: '/modules/m2/', assessment: 'm2-assessment' },
];
const withBest = (bests: Record<string, [number, number, string]>): Progress => {
  const p = emptyProgress('2026-01-01T00:00:00.000Z');
  for (const [id, [score, max, at]] of Object.entries(bests)) p.quizzes[id] = { answers: {}, attempts: 1, best: { score, max, at } };
  return p;
};

describe('certificateView', () => {
  it('is incomplete until every assessment is passed, and lists what remains', () => {
    const view = certificateView(modules, withBest({ 'm1-assessment': [9, 10, '2026-02-01T00:00:00.000Z'], 'm2-assessment': [7, 10, '2026-02-02T00:00:00.000Z'] }));
    expect(view.complete).toBe(false);
    expect(view.completedAt).toBeNull();
    expect(view.modules.filter((r) => !r.passed).map((r) => [r.module.id, r.percent])).toEqual([['m2', 70]]);
  });

  it('completes on the date of the last assessment passed', () => {
    const view = certificateView(modules, withBest({ 'm1-assessment': [10, 10, '2026-03-05T10:00:00.000Z'], 'm2-assessment': [8, 10, '2026-02-01T00:00:00.000Z'] }));
    expect(view.complete).toBe(true);
    expect(view.completedAt).toBe('2026-03-05T10:00:00.000Z');
    expect(view.modules.map((r) => r.percent)).toEqual([100, 80]);
  });

  it('is never complete for a course without assessments', () => {
    expect(certificateView([], emptyProgress()).complete).toBe(false);
  });
});

describe('verificationCode', () => {
  const progress = withBest({ 'm1-assessment': [10, 10, '2026-03-05T10:00:00.000Z'], 'm2-assessment': [8, 10, '2026-02-01T00:00:00.000Z'] });
  const view = certificateView(modules, progress);

  it('is stable for the same name and facts', () => {
    expect(verificationCode('Amina K.', view)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(verificationCode('Amina K.', view)).toBe(verificationCode(' Amina K. ', view));
  });

  it('changes when the name, a score or a date changes', () => {
    const code = verificationCode('Amina K.', view);
    expect(verificationCode('Amina L.', view)).not.toBe(code);
    const edited = certificateView(modules, withBest({ 'm1-assessment': [10, 10, '2026-03-05T10:00:00.000Z'], 'm2-assessment': [9, 10, '2026-02-01T00:00:00.000Z'] }));
    expect(verificationCode('Amina K.', edited)).not.toBe(code);
    const redated = certificateView(modules, withBest({ 'm1-assessment': [10, 10, '2026-03-06T10:00:00.000Z'], 'm2-assessment': [8, 10, '2026-02-01T00:00:00.000Z'] }));
    expect(verificationCode('Amina K.', redated)).not.toBe(code);
  });
});

describe('decodeSettings', () => {
  it.each([
    [null, { role: null, name: '' }],
    ['not json', { role: null, name: '' }],
    ['[]', { role: null, name: '' }],
    ['{"role":"justice","name":"Ana"}', { role: 'justice', name: 'Ana' }],
    ['{"role":"king","name":42}', { role: null, name: '' }],
    ['{"__proto__":{"role":"justice"}}', { role: null, name: '' }],
  ])('reads %j', (text, expected) => {
    expect(decodeSettings(text)).toEqual(expected);
  });
  it('caps the name', () => {
    expect(decodeSettings(JSON.stringify({ name: 'x'.repeat(500) })).name).toHaveLength(120);
  });
});
