/**
 * A formative knowledge check: each question is checked on its own, with the
 * verdict, the feedback for the chosen option(s), the explanation and the
 * report paragraphs in a live region. Answers are saved to progress. The
 * feedback and explanations are fetched on mounting (src/lib/quiz-feedback.ts).
 */
import { isCorrect } from '../lib/grading.ts';
import { fill } from '../lib/format.ts';
import { emitQuizEvent, type QuizQuestion } from '../lib/quiz-types.ts';
import { loadFeedback, type QuestionFeedback } from '../lib/quiz-feedback.ts';
import type { Strings } from '../i18n/index.ts';
import { recordAnswer } from '../stores/progress.ts';
import { FeedbackText, QuestionFields, Sources, tickedBeforeHydration } from './QuestionFields.tsx';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  quiz: string;
  title: string;
  questions: QuizQuestion[];
  /** The quiz's feedback file (/quiz-feedback/<quiz>.json). */
  feedbackUrl: string;
  strings: Strings<'quiz'>;
}

export default function KnowledgeCheck({ quiz, title, questions, feedbackUrl, strings }: Props) {
  return (
    <section class="tc-quiz" aria-labelledby={`${quiz}-title`}>
      <h2 id={`${quiz}-title`}>{title}</h2>
      {questions.map((q, i) => (
        <CheckQuestion key={q.id} quiz={quiz} question={q} n={i + 1} total={questions.length} feedbackUrl={feedbackUrl} strings={strings} />
      ))}
    </section>
  );
}

interface QuestionProps {
  quiz: string;
  question: QuizQuestion;
  n: number;
  total: number;
  feedbackUrl: string;
  strings: Strings<'quiz'>;
}
interface QuestionState {
  /** The question's feedback; undefined while it loads, null when it cannot be fetched. */
  feedback?: QuestionFeedback | null;
  selected: number[];
  /** The selection that was last checked, or null before checking. */
  checked: number[] | null;
  error: boolean;
  restored?: boolean;
}

class CheckQuestion extends ProgressIsland<QuestionProps, QuestionState> {
  // Options the learner ticked before the island hydrated are kept: read
  // before the first render, which would otherwise untick them.
  override state: QuestionState = { selected: tickedBeforeHydration(`${this.props.quiz}-${this.props.question.id}`), checked: null, error: false };

  override componentDidMount(): void {
    super.componentDidMount();
    loadFeedback(this.props.feedbackUrl).then(
      (all) => this.setState({ feedback: all[this.props.question.id] ?? null }),
      () => this.setState({ feedback: null }),
    );
  }

  // Show the last saved answer once stored progress is available.
  override componentDidUpdate(): void {
    if (this.state.restored || !this.mounted) return;
    if (this.state.selected.length > 0) return this.setState({ restored: true });
    const saved = this.progress.quizzes[this.props.quiz]?.answers[this.props.question.id];
    this.setState(saved && this.state.checked === null ? { restored: true, selected: saved.selected, checked: saved.selected } : { restored: true });
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const { quiz, question } = this.props;
    const { selected } = this.state;
    if (selected.length === 0) return this.setState({ error: true, checked: null });
    this.setState({ error: false, checked: selected });
    const correct = isCorrect(question, selected);
    recordAnswer(quiz, question.id, selected, correct);
    emitQuizEvent({ type: 'quiz-answered', quiz, question: question.id, correct });
  };

  private tryAgain = () => {
    this.setState({ selected: [], checked: null, error: false });
    document.getElementById(`${this.uid}-o0`)?.focus();
  };

  private get uid(): string {
    return `${this.props.quiz}-${this.props.question.id}`;
  }

  override render({ question, n, total, strings: s }: QuestionProps, { selected, checked, error, feedback }: QuestionState) {
    const uid = this.uid;
    const correct = checked !== null && isCorrect(question, checked);
    return (
      <form class="tc-question" method="dialog" onSubmit={this.submit} noValidate>
        <QuestionFields
          question={question}
          uid={uid}
          legend={`${fill(s['quiz.questionOf'], { n, total })}: ${question.prompt}`}
          hint={question.type === 'multiple' ? s['quiz.chooseMany'] : s['quiz.chooseOne']}
          selected={selected}
          onChange={(next) => this.setState({ selected: next, error: error && next.length === 0 })}
          describedBy={error ? `${uid}-error` : undefined}
          invalid={error}
        />
        <p class="tc-question__error" id={`${uid}-error`} role="alert">
          {error && (
            <>
              <strong>{s['quiz.errorPrefix']}</strong> {s['quiz.noSelection']}
            </>
          )}
        </p>
        <div class="tc-question__actions">
          {/* Disabled until hydrated, so a click is never silently lost. */}
          <button type="submit" disabled={!this.mounted}>
            {s['quiz.check']}
          </button>
          {checked !== null && (
            <button type="button" class="tc-button--secondary" onClick={this.tryAgain}>
              {s['quiz.tryAgain']}
            </button>
          )}
        </div>
        <div class="tc-question__feedback" role="status">
          {checked !== null && (
            <div class={`tc-verdict tc-verdict--${correct ? 'correct' : 'wrong'}`}>
              <p class="tc-verdict__title">
                <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
                {correct ? s['quiz.correct'] : s['quiz.notQuite']}
              </p>
              <ul class="tc-verdict__feedback">
                {checked.map((i) => (
                  <li key={i}>
                    <strong>{s['quiz.youChose']}</strong> {question.options[i]?.text} {feedback?.feedback?.[i]}
                  </li>
                ))}
              </ul>
              <FeedbackText feedback={feedback} strings={s} />
              <Sources label={s['quiz.source']} sources={question.sources} />
            </div>
          )}
        </div>
      </form>
    );
  }
}
