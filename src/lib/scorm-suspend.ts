/**
 * A compact text form of the progress record for SCORM 1.2's cmi.suspend_data
 * (at most 4,096 characters; the whole course's worst case is a few hundred,
 * see tests/unit/scorm-suspend.test.ts).
 *
 * Shape: seven fields separated by "~", numbers in URL-safe base 64 digits
 * (A = 0 ... _ = 63), items referred to by their position in the catalogue:
 *
 *   1FFFF ~ TTTTTT ~ lessons ~ answers ~ bests ~ endings ~ last
 *
 *   1FFFF    format 1 and the catalogue fingerprint (4 digits)
 *   TTTTTT   updatedAt, seconds since 1970
 *   lessons  2 bits per lesson in course order (visited, completed), 3 lessons a digit
 *   answers  "."-separated: quiz position, then per question its last answer as
 *            (chosen options as a bit mask) * 2 + correct; 0 = not answered
 *            (1 digit up to 5 options); trailing unanswered questions left out
 *   bests    "."-separated: quiz position, score (2), max (2), when (6 digits)
 *   endings  "."-separated: scenario position, then the endings reached as a bit mask
 *   last     position of the last lesson visited, or empty
 *
 * What is not kept: the time of each visit, answer and ending (they decode to
 * updatedAt; nothing shows them) and attempt counts (nothing shows them).
 * Entries for ids the catalogue does not know are dropped.
 *
 * Failure modes: decodeSuspend() never throws; anything malformed, another
 * format or another catalogue's fingerprint decodes to null.
 */
import { catalogueFingerprint, catalogueLessons, type ScormCatalogue } from './scorm-catalogue.ts';
import { emptyProgress, type Progress, type QuizRecord } from './progress.ts';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const FORMAT = '1';
const TIME_WIDTH = 6;
const SCORE_WIDTH = 2;

/** `value` as exactly `width` digits, most significant first. */
function digits(value: number, width: number): string {
  let out = '';
  let rest = Math.max(0, Math.floor(value));
  for (let i = 0; i < width; i++) {
    out = DIGITS[rest % 64]! + out;
    rest = Math.floor(rest / 64);
  }
  return out;
}

/** The number written by digits(), or -1 if `text` has a character that is not a digit. */
function number(text: string): number {
  let value = 0;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d < 0) return -1;
    value = value * 64 + d;
  }
  return value;
}

/** How many digits it takes to write 0 ... count - 1. */
const widthFor = (count: number): number => Math.max(1, Math.ceil(Math.log2(Math.max(count, 2)) / 6));
/** Digits per answer for a question with `options` options: a bit per option plus the correct bit. */
const answerWidth = (options: number): number => Math.ceil((options + 1) / 6);

const seconds = (iso: string | undefined): number => Math.floor(Date.parse(iso ?? '') / 1000) || 0;
const isoFrom = (s: number): string => new Date(s * 1000).toISOString();

interface Layout {
  header: string;
  lessons: string[];
  lessonWidth: number;
  quizWidth: number;
  scenarioWidth: number;
}

function layout(catalogue: ScormCatalogue): Layout {
  const lessons = catalogueLessons(catalogue).map((l) => l.id);
  return {
    header: FORMAT + digits(catalogueFingerprint(catalogue), 4),
    lessons,
    lessonWidth: widthFor(lessons.length),
    quizWidth: widthFor(catalogue.quizzes.length),
    scenarioWidth: widthFor(catalogue.scenarios.length),
  };
}

/** Drops trailing zero digits ("A"), which decode to the same thing. */
const trimZeros = (s: string): string => s.replace(/A+$/, '');

export function encodeSuspend(p: Progress, catalogue: ScormCatalogue): string {
  const l = layout(catalogue);

  let lessonBits = '';
  for (let i = 0; i < l.lessons.length; i += 3) {
    let value = 0;
    for (let j = 0; j < 3; j++) {
      const rec = p.lessons[l.lessons[i + j] ?? ''];
      if (rec?.visitedAt) value |= 1 << (j * 2);
      if (rec?.completedAt) value |= 2 << (j * 2);
    }
    lessonBits += DIGITS[value];
  }

  const answers: string[] = [];
  const bests: string[] = [];
  catalogue.quizzes.forEach((quiz, index) => {
    const rec = p.quizzes[quiz.id];
    if (!rec) return;
    const perQuestion = quiz.questions.map(({ id, options }) => {
      const answer = rec.answers[id];
      const mask = (answer?.selected ?? []).filter((i) => i < options).reduce((m, i) => m | (1 << i), 0);
      return digits(mask === 0 ? 0 : mask * 2 + (answer?.correct ? 1 : 0), answerWidth(options));
    });
    while (perQuestion.length > 0 && number(perQuestion.at(-1)!) === 0) perQuestion.pop();
    if (perQuestion.length > 0) answers.push(digits(index, l.quizWidth) + perQuestion.join(''));
    if (rec.best) bests.push(digits(index, l.quizWidth) + digits(rec.best.score, SCORE_WIDTH) + digits(rec.best.max, SCORE_WIDTH) + digits(seconds(rec.best.at), TIME_WIDTH));
  });

  const endings: string[] = [];
  catalogue.scenarios.forEach((scenario, index) => {
    const reached = p.quizzes[scenario.id]?.endings ?? {};
    const mask = scenario.endings.reduce((m, id, bit) => (reached[id] ? m + 2 ** bit : m), 0);
    if (mask > 0) endings.push(digits(index, l.scenarioWidth) + digits(mask, Math.ceil(scenario.endings.length / 6)));
  });

  const last = p.lastLesson ? l.lessons.indexOf(p.lastLesson) : -1;
  return [
    l.header,
    digits(seconds(p.updatedAt), TIME_WIDTH),
    trimZeros(lessonBits),
    answers.join('.'),
    bests.join('.'),
    endings.join('.'),
    last >= 0 ? digits(last, l.lessonWidth) : '',
  ].join('~');
}

/** Splits "." entries into [position, rest], or null when one is malformed. */
function entries(field: string, width: number, count: number): [number, string][] | null {
  if (field === '') return [];
  const out: [number, string][] = [];
  for (const entry of field.split('.')) {
    const position = number(entry.slice(0, width));
    if (entry.length < width || position < 0 || position >= count) return null;
    out.push([position, entry.slice(width)]);
  }
  return out;
}

export function decodeSuspend(text: string, catalogue: ScormCatalogue): Progress | null {
  const l = layout(catalogue);
  const fields = text.split('~');
  if (fields.length !== 7 || fields[0] !== l.header) return null;
  const [, time = '', lessonBits = '', answerField = '', bestField = '', endingField = '', lastField = ''] = fields;
  const updated = number(time);
  if (time.length !== TIME_WIDTH || updated < 0 || number(lessonBits) < 0 || lessonBits.length > Math.ceil(l.lessons.length / 3)) return null;
  const at = isoFrom(updated);
  const p = emptyProgress(at);

  for (let i = 0; i < l.lessons.length; i++) {
    const value = DIGITS.indexOf(lessonBits[Math.floor(i / 3)] ?? 'A') >> ((i % 3) * 2);
    if (value & 3) p.lessons[l.lessons[i]!] = { ...(value & 1 ? { visitedAt: at } : {}), ...(value & 2 ? { completedAt: at } : {}) };
  }

  const quizRecord = (id: string): QuizRecord => (p.quizzes[id] ??= { answers: {}, attempts: 0 });

  const answers = entries(answerField, l.quizWidth, catalogue.quizzes.length);
  if (!answers) return null;
  for (const [position, rest] of answers) {
    const quiz = catalogue.quizzes[position]!;
    if (rest === '') return null;
    let offset = 0;
    for (const { id, options } of quiz.questions) {
      if (offset >= rest.length) break;
      const width = answerWidth(options);
      const value = number(rest.slice(offset, offset + width));
      offset += width;
      if (value < 0 || offset > rest.length || value >= 2 ** (options + 1)) return null;
      const mask = value >> 1;
      if (mask === 0) continue;
      const selected = Array.from({ length: options }, (_, i) => i).filter((i) => mask & (1 << i));
      quizRecord(quiz.id).answers[id] = { selected, correct: (value & 1) === 1, at };
    }
    if (offset !== rest.length) return null;
  }

  const bests = entries(bestField, l.quizWidth, catalogue.quizzes.length);
  if (!bests) return null;
  for (const [position, rest] of bests) {
    const score = number(rest.slice(0, SCORE_WIDTH));
    const max = number(rest.slice(SCORE_WIDTH, 2 * SCORE_WIDTH));
    const when = number(rest.slice(2 * SCORE_WIDTH));
    if (rest.length !== 2 * SCORE_WIDTH + TIME_WIDTH || score < 0 || max < 1 || max > 100 || score > max || when < 0) return null;
    const rec = quizRecord(catalogue.quizzes[position]!.id);
    rec.best = { score, max, at: isoFrom(when) };
    rec.attempts = 1;
  }

  const endings = entries(endingField, l.scenarioWidth, catalogue.scenarios.length);
  if (!endings) return null;
  for (const [position, rest] of endings) {
    const scenario = catalogue.scenarios[position]!;
    const mask = number(rest);
    if (mask < 1 || rest.length !== Math.ceil(scenario.endings.length / 6) || mask >= 2 ** scenario.endings.length) return null;
    const reached: Record<string, string> = {};
    scenario.endings.forEach((id, bit) => {
      if (Math.floor(mask / 2 ** bit) % 2 === 1) reached[id] = at;
    });
    const rec = quizRecord(scenario.id);
    rec.endings = reached;
    rec.attempts = Object.keys(reached).length;
  }

  if (lastField !== '') {
    const last = number(lastField);
    if (lastField.length !== l.lessonWidth || last < 0 || last >= l.lessons.length) return null;
    p.lastLesson = l.lessons[last]!;
  }
  return p;
}
