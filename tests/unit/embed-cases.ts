/**
 * Messages for the embed protocol's validators: src/lib/embed-protocol.ts
 * (embed-protocol.test.ts) and its copy in public/embed.js (embed-js.test.ts)
 * must agree on every one of them.
 */
const C = 'trafficking-course';
const huge = 'a'.repeat(1_000_000);

/** Well-formed messages, as the host should receive them. */
export const validMessages: Record<string, unknown>[] = [
  { channel: C, type: 'resize', height: 640 },
  { channel: C, type: 'resize', height: 0 },
  { channel: C, type: 'resize', height: -50 },
  { channel: C, type: 'resize', height: 1e9 },
  { channel: C, type: 'resize', height: 480.4 },
  { channel: C, type: 'quiz-answered', quiz: 'why-gender-rights-check', question: 'wg-rights-1', correct: true },
  { channel: C, type: 'quiz-answered', quiz: 'why-gender-rights-check', question: 'wg-rights-1', correct: false },
  { channel: C, type: 'quiz-completed', quiz: 'why-gender-assessment', score: 7, max: 10 },
  { channel: C, type: 'quiz-completed', quiz: 'why-gender-assessment', score: 0, max: 1 },
  { channel: C, type: 'quiz-completed', quiz: 'why-gender-assessment', score: 10, max: 10 },
  { channel: C, type: 'scenario-ended', quiz: 'crisis-and-migration-scenario-camp', ending: 'referred-safely' },
  { channel: C, type: 'quiz-answered', quiz: 'q'.repeat(128), question: 'x1', correct: true },
];

/** Malformed messages, each with why it must be refused. */
export const invalidMessages: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'trafficking-course'],
  ['a JSON string of a valid message', JSON.stringify({ channel: C, type: 'resize', height: 300 })],
  ['a number', 42],
  ['a boolean', true],
  ['an array', [C, 'resize', 300]],
  ['an array with message fields', Object.assign([], { channel: C, type: 'resize', height: 300 })],
  ['no channel', { type: 'resize', height: 300 }],
  ['wrong channel', { channel: 'other-course', type: 'resize', height: 300 }],
  ['channel in other case', { channel: 'Trafficking-Course', type: 'resize', height: 300 }],
  ['no type', { channel: C, height: 300 }],
  ['unknown type', { channel: C, type: 'navigate', url: 'https://example.org/' }],
  ['type in other case', { channel: C, type: 'Resize', height: 300 }],
  ['type not a string', { channel: C, type: ['resize'], height: 300 }],
  ['resize without height', { channel: C, type: 'resize' }],
  ['resize height NaN', { channel: C, type: 'resize', height: Number.NaN }],
  ['resize height Infinity', { channel: C, type: 'resize', height: Number.POSITIVE_INFINITY }],
  ['resize height -Infinity', { channel: C, type: 'resize', height: Number.NEGATIVE_INFINITY }],
  ['resize height a string', { channel: C, type: 'resize', height: '300' }],
  ['resize height a CSS length', { channel: C, type: 'resize', height: '300px' }],
  ['resize height null', { channel: C, type: 'resize', height: null }],
  ['quiz-answered without quiz', { channel: C, type: 'quiz-answered', question: 'a', correct: true }],
  ['quiz-answered without question', { channel: C, type: 'quiz-answered', quiz: 'a', correct: true }],
  ['quiz-answered correct as a string', { channel: C, type: 'quiz-answered', quiz: 'a', question: 'b', correct: 'true' }],
  ['quiz-answered correct as a number', { channel: C, type: 'quiz-answered', quiz: 'a', question: 'b', correct: 1 }],
  ['quiz id with markup', { channel: C, type: 'quiz-answered', quiz: '<img src=x onerror=alert(1)>', question: 'b', correct: true }],
  ['quiz id with spaces', { channel: C, type: 'quiz-answered', quiz: 'why gender', question: 'b', correct: true }],
  ['quiz id upper case', { channel: C, type: 'quiz-answered', quiz: 'Why-Gender', question: 'b', correct: true }],
  ['quiz id empty', { channel: C, type: 'quiz-answered', quiz: '', question: 'b', correct: true }],
  ['quiz id with a double hyphen', { channel: C, type: 'quiz-answered', quiz: 'why--gender', question: 'b', correct: true }],
  ['quiz id a number', { channel: C, type: 'quiz-completed', quiz: 7, score: 1, max: 2 }],
  ['quiz id of 129 characters', { channel: C, type: 'quiz-answered', quiz: 'q'.repeat(129), question: 'b', correct: true }],
  ['huge quiz id', { channel: C, type: 'quiz-completed', quiz: huge, score: 1, max: 2 }],
  ['huge question id', { channel: C, type: 'quiz-answered', quiz: 'a', question: huge, correct: true }],
  ['huge ending id', { channel: C, type: 'scenario-ended', quiz: 'a', ending: huge }],
  ['quiz-completed score above max', { channel: C, type: 'quiz-completed', quiz: 'a', score: 11, max: 10 }],
  ['quiz-completed negative score', { channel: C, type: 'quiz-completed', quiz: 'a', score: -1, max: 10 }],
  ['quiz-completed fractional score', { channel: C, type: 'quiz-completed', quiz: 'a', score: 2.5, max: 10 }],
  ['quiz-completed max 0', { channel: C, type: 'quiz-completed', quiz: 'a', score: 0, max: 0 }],
  ['quiz-completed NaN score', { channel: C, type: 'quiz-completed', quiz: 'a', score: Number.NaN, max: 10 }],
  ['quiz-completed Infinity max', { channel: C, type: 'quiz-completed', quiz: 'a', score: 1, max: Number.POSITIVE_INFINITY }],
  ['quiz-completed huge max', { channel: C, type: 'quiz-completed', quiz: 'a', score: 1, max: 1e9 }],
  ['quiz-completed score as a string', { channel: C, type: 'quiz-completed', quiz: 'a', score: '7', max: 10 }],
  ['scenario-ended without ending', { channel: C, type: 'scenario-ended', quiz: 'a' }],
  ['scenario-ended ending an object', { channel: C, type: 'scenario-ended', quiz: 'a', ending: { id: 'x' } }],
];

/** A valid message with unknown fields: accepted, with the unknown fields dropped. */
export const withExtras = {
  message: { channel: C, type: 'quiz-completed', quiz: 'a', score: 1, max: 2, name: 'Jane Doe', html: '<b>x</b>' },
  expected: { channel: C, type: 'quiz-completed', quiz: 'a', score: 1, max: 2 },
};
