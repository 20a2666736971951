/**
 * Serializable props for the classroom islands, made from the course at build
 * time. The presenter must work offline once loaded, so it receives everything
 * a reveal shows, including the text of every cited paragraph and footnote;
 * passages are shared by key so a paragraph cited by ten questions ships once.
 */
import { anchorFor, parseCitation, type CitationInput } from './citations.ts';
import type { QuestionType } from './grading.ts';
import type { QuizQuestion } from './quiz-types.ts';
import { plainText } from './source-text.ts';
import { sourceAnchorHref } from './urls.ts';
import { t } from '../i18n/index.ts';

export interface PresenterQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: { text: string; correct: boolean }[];
  explanation: string;
  /** A prompt for the trainer to open discussion; '' when the question has none. */
  discussion: string;
  /** Links to the report, labelled as in the rest of the course. */
  sources: { label: string; href: string }[];
  /** Keys ("para-20", "fn-9") of the passages whose text the reveal can show. */
  passages: string[];
}

export interface Passage {
  label: string;
  href: string;
  text: string;
}

/** The raw fields the presenter needs beyond QuizQuestion. */
export interface RawQuestion {
  cite: CitationInput;
  explanation: string;
  discussion?: string | undefined;
}

/** Every paragraph and footnote a citation covers, as passage keys, ranges expanded. */
export function passageKeys(cite: CitationInput): string[] {
  const keys: string[] = [];
  for (const part of parseCitation(cite)) for (let n = part.from; n <= part.to; n++) keys.push(anchorFor(part.kind, n));
  return [...new Set(keys)];
}

export function presenterQuestion(q: QuizQuestion, raw: RawQuestion): PresenterQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
    explanation: raw.explanation,
    discussion: raw.discussion ?? '',
    sources: q.sources,
    passages: passageKeys(raw.cite),
  };
}

/** A report entry as far as passages need it (content/source). */
export type SourceEntry = { kind: string; number?: unknown; text?: string | undefined };

/** The texts of the given passage keys, as plain text (footnote markers and italics removed). */
export function passagesFor(keys: Iterable<string>, source: readonly SourceEntry[]): Record<string, Passage> {
  const wanted = new Set(keys);
  const out: Record<string, Passage> = {};
  for (const e of source) {
    if ((e.kind !== 'paragraph' && e.kind !== 'footnote') || typeof e.number !== 'number' || !e.text) continue;
    const key = anchorFor(e.kind === 'paragraph' ? 'para' : 'fn', e.number);
    if (!wanted.has(key)) continue;
    out[key] = {
      label: e.kind === 'paragraph' ? t('source.paragraph', { n: e.number }) : t('source.footnote', { n: e.number }),
      href: sourceAnchorHref(key),
      text: plainText(e.text).replace(/\s+/g, ' ').trim(),
    };
  }
  return out;
}
