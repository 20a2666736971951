/** One question as a fieldset: the prompt is the legend, options are native inputs. */
import type { QuizQuestion } from '../lib/quiz-types.ts';
import type { QuestionFeedback } from '../lib/quiz-feedback.ts';
import type { Strings } from '../i18n/index.ts';

interface Props {
  question: QuizQuestion;
  /** Unique on the page, for ids and radio group names. */
  uid: string;
  legend: string;
  hint: string;
  selected: number[];
  onChange: (selected: number[]) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
}

export function QuestionFields({ question, uid, legend, hint, selected, onChange, describedBy, invalid = false }: Props) {
  const multiple = question.type === 'multiple';
  const toggle = (i: number, checked: boolean) => {
    if (!multiple) onChange([i]);
    else onChange(checked ? [...selected, i].sort((a, b) => a - b) : selected.filter((s) => s !== i));
  };
  return (
    <fieldset class="tc-question__fields" id={`${uid}-fields`} aria-describedby={[`${uid}-hint`, describedBy].filter(Boolean).join(' ')} aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      <p class="tc-question__hint" id={`${uid}-hint`}>{hint}</p>
      {question.options.map((option, i) => (
        <div class="tc-option" key={i}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={`${uid}-o${i}`}
            name={uid}
            value={String(i)}
            checked={selected.includes(i)}
            onChange={(e) => toggle(i, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${uid}-o${i}`}>{option.text}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Sources({ label, sources }: { label: string; sources: QuizQuestion['sources'] }) {
  return (
    <p class="tc-question__sources">
      {label}{' '}
      {sources.map((s, i) => (
        <>
          {i > 0 && ', '}
          <a href={s.href}>{s.label}</a>
        </>
      ))}
    </p>
  );
}

/** Options of a question that are already ticked in the server-rendered HTML. */
export function tickedBeforeHydration(name: string): number[] {
  if (typeof document === 'undefined') return [];
  return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => Number(i.value));
}

/** A question's explanation once checked: the text, a line while it loads, or a note that it could not be fetched. */
export function FeedbackText({ feedback, strings: s }: { feedback: QuestionFeedback | null | undefined; strings: Pick<Strings<'quiz'>, 'quiz.feedbackLoading' | 'quiz.feedbackFailed'> }) {
  if (feedback === undefined) return <p class="tc-muted">{s['quiz.feedbackLoading']}</p>;
  if (feedback === null) return <p class="tc-muted">{s['quiz.feedbackFailed']}</p>;
  return <p>{feedback.explanation}</p>;
}
