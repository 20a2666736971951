/**
 * A module assessment: every question on one page, one submission, a score
 * against the pass mark, then a review of each answer with its explanation.
 * Retaking starts a fresh attempt; the best score is kept in progress. The
 * review (AssessmentReview.tsx, with the explanations) is code of its own,
 * fetched when the learner starts answering: the page loads only what taking
 * the assessment needs.
 */
import { createRef } from 'preact';
import { PASS_MARK } from '../lib/grading.ts';
import { gradeAssessment, type AssessmentResult } from '../lib/assessment-grading.ts';
import { fill } from '../lib/format.ts';
import { emitQuizEvent, type QuizQuestion } from '../lib/quiz-types.ts';
import { assessmentState } from '../lib/assessment-state.ts';
import type { NoticeStrings, Strings } from '../i18n/index.ts';
import { recordAssessment } from '../stores/assessment-results.ts';
import type { ComponentType } from 'preact';
import { QuestionFields, tickedBeforeHydration } from './QuestionFields.tsx';
import type { ReviewProps } from './AssessmentReview.tsx';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  quiz: string;
  questions: QuizQuestion[];
  moduleHref: string;
  /** The quiz's feedback file (/quiz-feedback/<quiz>.json). */
  feedbackUrl: string;
  strings: Strings<'quiz' | 'assessment'> & NoticeStrings;
}

const pass = Math.round(PASS_MARK * 100);

interface State {
  answers: Record<string, number[]>;
  missing: string[];
  result: { grade: AssessmentResult; answers: Record<string, number[]> } | null;
  /** The review component once loaded; null if its code could not be fetched. */
  Review?: ComponentType<ReviewProps> | null;
}

export default class Assessment extends ProgressIsland<Props, State> {
  // Options ticked before the island hydrated are kept (see KnowledgeCheck).
  override state: State = {
    answers: Object.fromEntries(this.props.questions.map((q) => [q.id, tickedBeforeHydration(`${this.props.quiz}-${q.id}`)]).filter(([, ticked]) => ticked!.length > 0)),
    missing: [],
    result: null,
  };
  /** Fetches the review's code (once; again after a failure). */
  private loadReview = () => {
    if (this.state.Review) return;
    import('./AssessmentReview.tsx').then(
      (m) => this.setState({ Review: m.default }),
      () => this.setState({ Review: null }),
    );
  };

  private summaryRef = createRef<HTMLDivElement>();
  private resultRef = createRef<HTMLHeadingElement>();

  private submit = (event: Event) => {
    event.preventDefault();
    const { quiz, questions } = this.props;
    const { answers } = this.state;
    const grade = gradeAssessment(questions, answers);
    if (grade.unanswered.length > 0) {
      this.setState({ missing: grade.unanswered }, () => this.summaryRef.current?.focus());
      return;
    }
    const record = Object.fromEntries(questions.map((q) => [q.id, { selected: answers[q.id] ?? [], correct: grade.correct[q.id] ?? false }]));
    recordAssessment(quiz, record, grade.score, grade.max);
    emitQuizEvent({ type: 'quiz-completed', quiz, score: grade.score, max: grade.max });
    this.loadReview();
    this.setState({ missing: [], result: { grade, answers } }, () => this.resultRef.current?.focus());
  };

  private retake = () => {
    const { quiz, questions } = this.props;
    this.setState({ answers: {}, result: null }, () => document.getElementById(`${quiz}-${questions[0]?.id}-o0`)?.focus());
  };

  override render({ quiz, questions, moduleHref, feedbackUrl, strings: s }: Props, { answers, missing, result, Review }: State) {
    const best = assessmentState(quiz, this.progress).best;
    const { summaryRef, resultRef, retake, submit } = this;
    if (result) {
      const { grade } = result;
      return (
        <div class="tc-assessment">
          <h2 id={`${quiz}-result`} ref={resultRef} tabIndex={-1}>{s['assessment.resultTitle']}</h2>
          <div class={grade.passed ? 'tc-verdict tc-verdict--correct' : 'tc-verdict tc-verdict--wrong'}>
            <p class="tc-verdict__title">{fill(s['assessment.score'], { score: grade.score, max: grade.max, percent: grade.percent })}</p>
            <p>{grade.passed ? s['assessment.passed'] : fill(s['assessment.failed'], { pass })}</p>
            {best && <p>{fill(s['assessment.best'], best)}</p>}
          </div>
          <p class="tc-question__actions">
            <button type="button" onClick={retake}>{s['assessment.retake']}</button>
            <a class="tc-button tc-button--secondary" href={moduleHref}>{s['assessment.backToModule']}</a>
          </p>
          <h2>{s['assessment.reviewTitle']}</h2>
          {Review ? <Review quiz={quiz} questions={questions} answers={result.answers} feedbackUrl={feedbackUrl} strings={s} /> : <p class="tc-muted">{Review === null ? s['assessment.reviewFailed'] : s['quiz.feedbackLoading']}</p>}
        </div>
      );
    }

    return (
      <form class="tc-assessment" method="dialog" onSubmit={submit} noValidate>
        {this.renderNotice(s)}
        <p>{fill(s['assessment.intro'], { count: questions.length, pass })}</p>
        {best && <p class="tc-assessment__best">{fill(s['assessment.best'], best)}</p>}
        <div class="tc-error-summary" ref={summaryRef} tabIndex={-1} role="alert" hidden={missing.length === 0}>
          {missing.length > 0 && (
            <>
              <h2>{s['assessment.unansweredTitle']}</h2>
              <ul>
                {missing.map((id) => (
                  <li key={id}>
                    <a href={`#${quiz}-${id}-fields`}>{fill(s['assessment.unanswered'], { n: questions.findIndex((q) => q.id === id) + 1 })}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        {questions.map((q, i) => {
          const uid = `${quiz}-${q.id}`;
          const isMissing = missing.includes(q.id);
          return (
            <div class="tc-question" key={q.id}>
              <QuestionFields
                question={q}
                uid={uid}
                legend={`${fill(s['quiz.questionOf'], { n: i + 1, total: questions.length })}: ${q.prompt}`}
                hint={q.type === 'multiple' ? s['quiz.chooseMany'] : s['quiz.chooseOne']}
                selected={answers[q.id] ?? []}
                onChange={(sel) => {
                  this.loadReview();
                  this.setState({ answers: { ...answers, [q.id]: sel }, missing: sel.length > 0 ? missing.filter((m) => m !== q.id) : missing });
                }}
                describedBy={isMissing ? `${uid}-error` : undefined}
                invalid={isMissing}
              />
              {isMissing && (
                <p class="tc-question__error" id={`${uid}-error`}>
                  <strong>{s['quiz.errorPrefix']}</strong> {s['assessment.noSelection']}
                </p>
              )}
            </div>
          );
        })}
        <p class="tc-question__actions">
          <button type="submit" disabled={!this.mounted}>
            {s['assessment.submit']}
          </button>
        </p>
      </form>
    );
  }
}
