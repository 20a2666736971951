/**
 * The review after an assessment is submitted: each question with the
 * learner's answer, the verdict, the right answer, the feedback and
 * explanation (fetched from the quiz's feedback file) and the report
 * paragraphs. Loaded by Assessment.tsx only when needed.
 */
import { Component } from 'preact';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { isCorrect } from '../lib/grading.ts';
import { loadFeedback, type QuizFeedback } from '../lib/quiz-feedback.ts';
import type { QuizQuestion } from '../lib/quiz-types.ts';
import { FeedbackText, Sources } from './QuestionFields.tsx';

export interface ReviewProps {
  quiz: string;
  questions: QuizQuestion[];
  answers: Record<string, number[]>;
  feedbackUrl: string;
  strings: Strings<'quiz' | 'assessment'>;
}

/** feedback: undefined while it loads, null when it cannot be fetched. */
export default class AssessmentReview extends Component<ReviewProps, { feedback?: QuizFeedback | null }> {
  override componentDidMount(): void {
    loadFeedback(this.props.feedbackUrl).then(
      (feedback) => this.setState({ feedback }),
      () => this.setState({ feedback: null }),
    );
  }

  override render({ questions, answers, strings: s }: ReviewProps, { feedback }: { feedback?: QuizFeedback | null }) {
    return (
      <ol class="tc-review">
        {questions.map((q, i) => {
          const mine = answers[q.id] ?? [];
          const ok = isCorrect(q, mine);
          const right = q.options.filter((o) => o.correct);
          return (
            <li key={q.id} class="tc-review__item">
              <h3>{fill(s['quiz.questionOf'], { n: i + 1, total: questions.length })}: {q.prompt}</h3>
              <p class={ok ? 'tc-review__verdict tc-review__verdict--correct' : 'tc-review__verdict tc-review__verdict--wrong'}>
                <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
                {ok ? s['quiz.correct'] : s['quiz.notQuite']}
              </p>
              <p><strong>{s['assessment.yourAnswer']}</strong> {mine.map((k) => q.options[k]?.text).join('; ')}</p>
              {feedback && <ul>{mine.map((k) => <li key={k}>{feedback[q.id]?.feedback?.[k]}</li>)}</ul>}
              {!ok && <p><strong>{right.length > 1 ? s['quiz.rightAnswers'] : s['quiz.rightAnswer']}</strong> {right.map((o) => o.text).join('; ')}</p>}
              <FeedbackText feedback={feedback === undefined || feedback === null ? feedback : (feedback[q.id] ?? null)} strings={s} />
              <Sources label={s['quiz.source']} sources={q.sources} />
            </li>
          );
        })}
      </ol>
    );
  }
}
