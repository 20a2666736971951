/**
 * Props for the classroom pages, made from the course at build time (a file
 * starting with "_" is not a route). Quizzes are listed in course order: per
 * module, the knowledge checks in lesson order, then the assessment.
 */
import { quizQuestions, type Course, type QuestionQuiz } from '../../../data/course.ts';
import { t } from '../../../i18n/index.ts';
import { AUDIENCES } from '../../../lib/audiences.ts';
import type { BankQuiz } from '../../../lib/classroom-bank.ts';
import { passagesFor, presenterQuestion, type Passage, type PresenterQuestion } from '../../../lib/classroom-props.ts';
import type { ClassroomBank } from '../../../lib/classroom-data.ts';
import type { Session } from '../../../lib/classroom-session.ts';

/** Route names under /classroom/ that a quiz id must never take. */
export const RESERVED = ['session', 'cards', 'print'];

export function questionQuizzes(course: Course): QuestionQuiz[] {
  const out: QuestionQuiz[] = [];
  for (const m of course.modules) {
    const ids = [...m.lessons.flatMap((l) => l.data.checks), ...(m.assessment ? [m.assessment.id] : [])];
    const rest = [...course.quizzes.values()].filter((q) => q.data.module === m.id && !ids.includes(q.id)).map((q) => q.id).sort();
    for (const id of [...new Set([...ids, ...rest])]) {
      const quiz = course.quizzes.get(id);
      if (quiz) out.push(quiz);
    }
  }
  const clash = out.find((q) => RESERVED.includes(q.id));
  if (clash) throw new Error(`Quiz id "${clash.id}" clashes with the classroom route /classroom/${clash.id}/. Rename the quiz file.`);
  return out;
}

export const presenterQuestions = (quiz: QuestionQuiz): PresenterQuestion[] =>
  quizQuestions(quiz).map((q, i) => presenterQuestion(q, quiz.data.questions[i]!));

export const passagesOf = (questions: readonly PresenterQuestion[], course: Course): Record<string, Passage> =>
  passagesFor(
    questions.flatMap((q) => q.passages),
    course.source.map((e) => e.data),
  );

/** The ready-made session of a quiz: its questions in order, no timer, no teams. */
export const presetOf = (quiz: QuestionQuiz): Session => ({ title: quiz.data.title, questions: quiz.data.questions.map((q) => q.id), timer: 0, teams: [] });

/** Every question of every quiz in course order, with the passages they cite: /classroom/bank.json. */
export function classroomBank(course: Course): ClassroomBank {
  const questions = questionQuizzes(course).flatMap((quiz) => presenterQuestions(quiz).map((q) => ({ ...q, module: quiz.data.module, quiz: quiz.id })));
  return { questions, passages: passagesOf(questions, course) };
}

/** The builder's lists; the questions themselves come from the bank file. */
export function builderProps(course: Course) {
  const quizzes = questionQuizzes(course);
  const quizList: BankQuiz[] = quizzes.map((q) => ({ id: q.id, module: q.data.module, title: q.data.title, kind: q.data.kind, audiences: q.data.audiences }));
  return {
    quizzes: quizList,
    modules: course.modules.map((m) => ({ id: m.id, order: m.data.order, title: m.data.title })),
    audiences: AUDIENCES.map((id) => ({ id, label: t(`audience.${id}`) })),
  };
}
