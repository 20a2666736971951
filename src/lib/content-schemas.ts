/**
 * The content contract: what an author may write in content/. Each field has a
 * one-line comment because editors show it on hover, and every error message
 * says how to fix the file. Cross-file rules (a lesson's module exists, a check
 * a lesson names exists, ids unique in the bank) live in content-integrity.ts,
 * because a schema sees one file at a time.
 */
import { z } from 'astro/zod';
import { AUDIENCES } from './audiences.ts';
import { CitationError, parseCitation, type CitationInput } from './citations.ts';
import { REPORT } from './report.ts';
import { scenarioProblems } from './scenario-graph.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use a kebab-case id: lower-case letters, digits and single hyphens, e.g. "why-gender".' });

const text = (what: string) => z.string({ error: `Write the ${what} as text.` }).trim().min(1, { error: `The ${what} is empty: write it.` });

const audiences = z
  .array(z.enum(AUDIENCES, { error: `Unknown audience. Use one of: ${AUDIENCES.join(', ')}.` }))
  .min(1, { error: 'Name at least one audience.' });

const objectives = z
  .array(text('objective'))
  .min(2, { error: 'Give 2-4 objectives, each starting with a verb.' })
  .max(4, { error: 'Give at most 4 objectives: a lesson this short cannot meet more.' });

/** A citation of the report: 20, "20-22", "9, 11", [20, 21] or "fn3". */
export const citation = z
  .union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))], {
    error: 'Write the paragraphs as a number (20), a range ("20-22"), a list ([20, 21]) or a footnote ("fn3").',
  })
  .superRefine((value, ctx) => {
    try {
      parseCitation(value as CitationInput);
    } catch (error) {
      if (!(error instanceof CitationError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  });

export const moduleSchema = z.object({
  /** Position of the module in the course, from 1. */
  order: z.number().int().min(1),
  /** The module title as learners see it. */
  title: text('title'),
  /** One sentence: what the learner gets from this module. */
  summary: text('summary'),
  /** 2-4 learning objectives, each starting with a verb. */
  objectives,
  /** Who this module is most for; drives role paths. */
  audiences,
  /** Estimated minutes to complete every lesson and the assessment. */
  minutes: z.number().int().min(1).max(240),
  /** Report paragraphs the module covers, e.g. "1-8, 12, 53-54". */
  paragraphs: citation,
});

export const lessonSchema = z.object({
  /** The lesson title (the page's only h1). */
  title: text('title'),
  /** One sentence shown under the title and in lists. */
  summary: text('summary'),
  /** Id of the module; must equal the lesson's folder name. */
  module: slug,
  /** Position in the module; must equal the NN prefix of the file name. */
  order: z.number().int().min(1).max(999),
  /** Estimated reading time in minutes (lessons are 5-10 minutes). */
  minutes: z.number().int().min(1).max(30),
  /** Who the lesson is most for. */
  audiences,
  /** 2-4 learning objectives, each starting with a verb. */
  objectives,
  /** Report paragraphs the lesson covers, e.g. "9-11, 58". Listed under "Sources". */
  paragraphs: citation,
  /** A short content note shown (collapsible) at the top, for lessons about sexual exploitation or violence. */
  contentNote: text('content note').optional(),
  /** Ids of knowledge-check quizzes shown at the end of the lesson. */
  checks: z.array(slug).default([]),
});

const option = z.object({
  /** The option as the learner reads it. */
  text: text('option text'),
  /** true for a correct option; omit for a wrong one. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, citing the report. Shown after checking. */
  feedback: text('feedback'),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;

export const questionSchema = z
  .object({
    /** Unique in the whole bank; never changes once published (progress refers to it). */
    id: slug,
    /** single: one correct option; multiple: two or more; true-false: options "True" and "False". */
    type: z.enum(QUESTION_TYPES, { error: `Unknown question type. Use one of: ${QUESTION_TYPES.join(', ')}.` }),
    /** The question, shown as the fieldset legend. */
    prompt: text('prompt'),
    /** The answers to choose from, with per-option feedback. */
    options: z.array(option).min(2, { error: 'Give at least two options.' }).max(6, { error: 'Give at most six options.' }),
    /** Teaches the point after an answer, grounded in the report. */
    explanation: text('explanation'),
    /** Report paragraphs the question rests on, e.g. [20, 21]. */
    cite: citation,
    /** A prompt for the trainer to open discussion after the reveal (classroom mode). */
    discussion: text('discussion prompt').optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    const where = `Question "${q.id}"`;
    if (correct === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${where} has no correct option. Mark one option \`correct: true\`.` });
    } else if (q.type !== 'multiple' && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `${where} is "${q.type}" but has ${correct} correct options. Mark exactly one, or make it type "multiple".`,
      });
    } else if (q.type === 'multiple' && correct < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `${where} is "multiple" but has one correct option. Mark at least two, or make it type "single".`,
      });
    }
    if (q.type === 'true-false' && q.options.length !== 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${where} is "true-false": give exactly two options, "True" and "False".` });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.text)) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: `${where} repeats the option "${o.text}".` });
      seen.add(o.text);
    });
  });

export const QUIZ_KINDS = ['check', 'assessment', 'scenario'] as const;

const quizBase = {
  /** Id of the module the quiz belongs to. */
  module: slug,
  /** Heading shown above the quiz. */
  title: text('title'),
  /** Who the quiz is most for (role paths, filters in classroom mode). */
  audiences,
};

const questionQuiz = z
  .object({
    /** check: formative, inside a lesson. assessment: end of module, graded (pass mark 80 %). */
    kind: z.enum(['check', 'assessment']),
    ...quizBase,
    /** The questions, in order. */
    questions: z.array(questionSchema).min(1, { error: 'A quiz needs at least one question.' }),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Map<string, number>();
    quiz.questions.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `Duplicate question id "${q.id}" (questions ${first + 1} and ${i + 1}). Give each question its own id.`,
        });
      } else seen.set(q.id, i);
    });
    if (quiz.kind === 'assessment' && (quiz.questions.length < 8 || quiz.questions.length > 12)) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `An assessment has 8-12 questions; this one has ${quiz.questions.length}.` });
    }
  });

const scenarioStep = z.object({
  /** Unique within the scenario; choices lead here by this id. */
  id: slug,
  /** What the official sees or hears at this point. */
  situation: text('situation'),
  /** What the official can do next: 2-4 choices. */
  choices: z
    .array(
      z.object({
        /** The action, as the learner reads it. */
        text: text('choice'),
        /** The id of the step or ending this choice leads to. */
        next: slug,
      }),
    )
    .min(2, { error: 'Give each step at least two choices.' })
    .max(4, { error: 'Give at most four choices.' }),
});

export const OUTCOMES = ['good', 'mixed', 'poor'] as const;

const scenarioEnding = z.object({
  /** Unique within the scenario. */
  id: slug,
  /** good, mixed or poor: shown in words, never by colour alone. */
  outcome: z.enum(OUTCOMES, { error: `Unknown outcome. Use one of: ${OUTCOMES.join(', ')}.` }),
  /** A short heading for what happened. */
  title: text('ending title'),
  /** What happened to the person and why, citing the report. */
  text: text('ending text'),
  /** Report paragraphs that ground this ending. */
  cite: citation,
});

const scenarioQuiz = z
  .object({
    /** scenario: a branching case; each choice leads to another step or an ending. */
    kind: z.literal('scenario'),
    ...quizBase,
    /** Says the case is invented and sets the scene. */
    intro: text('intro'),
    /** The id of the first step. */
    start: slug,
    /** The situations, each with its choices. */
    steps: z.array(scenarioStep).min(1, { error: 'A scenario needs at least one step.' }),
    /** Where the choices lead: what happened to the person, and why. */
    endings: z.array(scenarioEnding).min(2, { error: 'A scenario needs at least two endings.' }),
  })
  .superRefine((scenario, ctx) => {
    for (const message of scenarioProblems(scenario)) ctx.addIssue({ code: 'custom', path: ['steps'], message });
    const outcomes = new Set(scenario.endings.map((e) => e.outcome));
    if (!outcomes.has('good') || !outcomes.has('poor')) {
      ctx.addIssue({ code: 'custom', path: ['endings'], message: 'Give at least one "good" and one "poor" ending, so the choice matters.' });
    }
  });

export const quizSchema = z.discriminatedUnion('kind', [questionQuiz, scenarioQuiz], {
  error: `Unknown quiz kind. Use one of: ${QUIZ_KINDS.join(', ')}.`,
});

const paragraphNumber = z
  .number()
  .int()
  .min(1, { error: `Paragraphs are numbered 1-${REPORT.paragraphs}.` })
  .max(REPORT.paragraphs, { error: `Paragraph does not exist: the report has paragraphs 1-${REPORT.paragraphs}.` });

export const glossarySchema = z.object({
  /** The term as learners see it. */
  term: text('term'),
  /** Other names the report uses for the same thing. */
  aka: z.array(text('alternative name')).default([]),
  /** One to three plain sentences, accurate to the report. */
  definition: text('definition'),
  /** Report paragraphs where the term appears, e.g. [20, 27]. */
  paragraphs: z.array(paragraphNumber).min(1, { error: 'List at least one paragraph where the term appears.' }),
  /** Ids of related glossary terms. */
  related: z.array(slug).default([]),
});

const sourceBase = { order: z.number().int() };

export const sourceSchema = z.discriminatedUnion('kind', [
  z.object({
    ...sourceBase,
    kind: z.literal('front'),
    title: z.string().optional(),
    text: z.string().optional(),
    note: z.string().optional(),
    note_ref: z.string().optional(),
  }),
  z.object({ ...sourceBase, kind: z.literal('chapter'), number: z.string(), title: z.string() }),
  z.object({ ...sourceBase, kind: z.literal('section'), chapter: z.number().int(), letter: z.string(), title: z.string() }),
  z.object({
    ...sourceBase,
    kind: z.literal('paragraph'),
    number: paragraphNumber,
    chapter: z.number().int(),
    section: z.string().nullable(),
    text: z.string().min(1),
  }),
  z.object({
    ...sourceBase,
    kind: z.literal('footnote'),
    number: z.number().int().min(1).max(REPORT.footnotes),
    /** The first paragraph that refers to the footnote. */
    paragraph: paragraphNumber,
    /** Every paragraph that refers to it (footnote 2 is used twice). */
    paragraphs: z.array(paragraphNumber).default([]),
    text: z.string().min(1),
  }),
]);

export type ModuleData = z.infer<typeof moduleSchema>;
export type LessonData = z.infer<typeof lessonSchema>;
export type QuizData = z.infer<typeof quizSchema>;
export type ScenarioData = z.infer<typeof scenarioQuiz>;
export type QuestionData = z.infer<typeof questionSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type SourceData = z.infer<typeof sourceSchema>;
