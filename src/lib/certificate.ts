/**
 * What the certificate shows, derived from the progress record: whether every
 * module assessment is passed, the completion date, the best scores and a
 * verification code. The code is a checksum of the name and those facts (two
 * FNV-1a hashes), so an edited score or date no longer matches; it proves
 * nothing about who took the course, and the certificate says so.
 */
import { assessmentState } from './assessment-state.ts';
import type { Progress } from './progress.ts';

export interface CertificateModule {
  id: string;
  order: number;
  title: string;
  href: string;
  /** The module's assessment quiz id. */
  assessment: string;
}

export interface CertificateView {
  complete: boolean;
  modules: { module: CertificateModule; percent: number | null; passed: boolean; at: string | null }[];
  /** ISO date of the last assessment passed, when complete. */
  completedAt: string | null;
}

export function certificateView(modules: readonly CertificateModule[], p: Progress): CertificateView {
  const rows = modules.map((module) => {
    const state = assessmentState(module.assessment, p);
    return { module, percent: state.best?.percent ?? null, passed: state.passed, at: p.quizzes[module.assessment]?.best?.at ?? null };
  });
  const complete = rows.length > 0 && rows.every((r) => r.passed);
  const completedAt = complete ? rows.map((r) => r.at!).sort().at(-1)! : null;
  return { complete, modules: rows, completedAt };
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A 16-character code such as "3F2A-9C01-77BD-E004" over the name and the facts shown. */
export function verificationCode(name: string, view: CertificateView): string {
  const facts = [name.trim(), view.completedAt ?? '', ...view.modules.map((r) => `${r.module.id}:${r.percent ?? '-'}:${r.at ?? '-'}`)].join('|');
  const hex = [fnv1a(facts, 0x811c9dc5), fnv1a(facts, 0x050c5d1f)].map((h) => h.toString(16).toUpperCase().padStart(8, '0')).join('');
  return hex.match(/.{4}/g)!.join('-');
}
