import { describe, expect, it } from 'vitest';
import { glossarySchema, lessonSchema, moduleSchema, questionSchema, quizSchema } from '../../src/lib/content-schemas.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const lesson = {
  title: 'A lesson',
  summary: 'What it teaches.',
  module: 'why-gender',
  order: 1,
  minutes: 8,
  audiences: ['policy'],
  objectives: ['Explain one thing', 'Describe another'],
  paragraphs: '1-3',
};

const option = (text: string, correct = false) => ({ text, correct, feedback: `Because ${text}.` });
const question = { id: 'q-one', type: 'single', prompt: 'Which?', options: [option('A', true), option('B')], explanation: 'Why.', cite: [9] };

describe('lesson schema', () => {
  it('accepts a good lesson and defaults checks to []', () => {
    const parsed = lessonSchema.parse(lesson);
    expect(parsed.checks).toEqual([]);
  });
  it('rejects a wrong citation, naming the field and what the report has', () => {
    expect(messages(lessonSchema.safeParse({ ...lesson, paragraphs: '69-72' }))).toEqual([
      'paragraphs: Paragraph 72 does not exist: the report has paragraphs 1-70.',
    ]);
  });
  it('rejects an unknown audience with the list of audiences', () => {
    expect(messages(lessonSchema.safeParse({ ...lesson, audiences: ['police'] }))[0]).toMatch(/^audiences\.0: Unknown audience\. Use one of: law-enforcement/);
  });
  it('rejects a bad module id and too few objectives', () => {
    const m = messages(lessonSchema.safeParse({ ...lesson, module: 'Why Gender', objectives: ['Only one'] }));
    expect(m).toContain('module: Use a kebab-case id: lower-case letters, digits and single hyphens, e.g. "why-gender".');
    expect(m).toContain('objectives: Give 2-4 objectives, each starting with a verb.');
  });
  it('rejects an empty title', () => {
    expect(messages(lessonSchema.safeParse({ ...lesson, title: '  ' }))).toEqual(['title: The title is empty: write it.']);
  });
});

describe('module and glossary schemas', () => {
  it('rejects a module citing a paragraph that does not exist', () => {
    const mod = { order: 1, title: 'M', summary: 'S', objectives: ['Do a', 'Do b'], audiences: ['policy'], minutes: 30, paragraphs: [1, 99] };
    expect(messages(moduleSchema.safeParse(mod))).toEqual(['paragraphs: Paragraph 99 does not exist: the report has paragraphs 1-70.']);
  });
  it('rejects a glossary paragraph outside the report', () => {
    const term = { term: 'T', definition: 'D', paragraphs: [71] };
    expect(messages(glossarySchema.safeParse(term))).toEqual(['paragraphs.0: Paragraph does not exist: the report has paragraphs 1-70.']);
  });
});

describe('question and quiz schemas', () => {
  it('accepts a single-answer question', () => {
    expect(questionSchema.safeParse(question).success).toBe(true);
  });
  it('rejects a question with no correct option', () => {
    const m = messages(questionSchema.safeParse({ ...question, options: [option('A'), option('B')] }));
    expect(m).toEqual(['options: Question "q-one" has no correct option. Mark one option `correct: true`.']);
  });
  it('rejects two correct options on a single-answer question', () => {
    const m = messages(questionSchema.safeParse({ ...question, options: [option('A', true), option('B', true)] }));
    expect(m).toEqual(['options: Question "q-one" is "single" but has 2 correct options. Mark exactly one, or make it type "multiple".']);
  });
  it('rejects a true-false question with three options and a multiple with one correct', () => {
    expect(messages(questionSchema.safeParse({ ...question, type: 'true-false', options: [option('True', true), option('False'), option('Maybe')] }))).toEqual([
      'options: Question "q-one" is "true-false": give exactly two options, "True" and "False".',
    ]);
    expect(messages(questionSchema.safeParse({ ...question, type: 'multiple' }))[0]).toMatch(/has one correct option/);
  });
  it('rejects an unknown citation in a question', () => {
    expect(messages(questionSchema.safeParse({ ...question, cite: [9, 'fn20'] }))).toEqual(['cite: Footnote 20 does not exist: the report has footnotes 1-13.']);
  });
  it('rejects duplicate question ids in a quiz', () => {
    const quiz = { kind: 'check', module: 'why-gender', title: 'Check', audiences: ['policy'], questions: [question, question] };
    expect(messages(quizSchema.safeParse(quiz))).toEqual(['questions.1.id: Duplicate question id "q-one" (questions 1 and 2). Give each question its own id.']);
  });
  it('requires 8-12 questions in an assessment', () => {
    const quiz = { kind: 'assessment', module: 'why-gender', title: 'A', audiences: ['policy'], questions: [question] };
    expect(messages(quizSchema.safeParse(quiz))).toEqual(['questions: An assessment has 8-12 questions; this one has 1.']);
  });
});
