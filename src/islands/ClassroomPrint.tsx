/**
 * A printable question sheet (for the room) or answer key (for the trainer)
 * for any session. The session comes from the URL fragment, read after
 * mounting; until then the page says it is loading, and a bad link gives a
 * message, never a blank page. The questions come from the shared bank file
 * (src/lib/classroom-data.ts); when it cannot be fetched the page says so and
 * offers to try again.
 */
import { Component } from 'preact';
import type { PresenterStrings } from '../lib/classroom-strings.ts';
import { fill } from '../lib/format.ts';
import type { PresenterQuestion } from '../lib/classroom-props.ts';
import { loadBank, type ClassroomBank } from '../lib/classroom-data.ts';
import { ClassroomLinkError, type ClassroomError } from './ClassroomLinkError.tsx';
import { codeFromHash, decodeSession, type Session } from '../lib/classroom-session.ts';
import { optionLetter } from '../lib/classroom-tallies.ts';
import { classroomPrintHref, classroomSessionHref } from '../lib/urls.ts';

type S = PresenterStrings;
export type PrintQuestion = Omit<PresenterQuestion, 'passages'>;

interface Props {
  sheet: 'questions' | 'key';
  /** The shared bank file (/classroom/bank.json). */
  bankUrl: string;
  strings: S;
  siteTitle: string;
}

interface State {
  phase: 'loading' | 'ready' | 'error';
  error: ClassroomError | null;
  session: Session | null;
  code: string;
  list: PrintQuestion[];
  dropped: number;
}

export default class ClassroomPrint extends Component<Props, State> {
  override state: State = { phase: 'loading', error: null, session: null, code: '', list: [], dropped: 0 };

  private bank: ClassroomBank | null = null;

  override componentDidMount(): void {
    window.addEventListener('hashchange', this.onHash);
    this.fetchBank();
  }

  override componentWillUnmount(): void {
    window.removeEventListener('hashchange', this.onHash);
  }

  private fetchBank = () => {
    this.setState({ phase: 'loading', error: null });
    loadBank(this.props.bankUrl).then(
      (bank) => {
        this.bank = bank;
        this.load(bank);
      },
      () => this.setState({ phase: 'error', error: 'unavailable' }),
    );
  };

  private onHash = () => {
    if (this.bank) this.load(this.bank);
  };

  private load(bank: ClassroomBank) {
    const byId = new Map<string, PrintQuestion>(bank.questions.map((q) => [q.id, q]));
    const code = codeFromHash(location.hash);
    const result = decodeSession(code, new Set(byId.keys()));
    if (!result.ok) return this.setState({ phase: 'error', error: result.error });
    this.setState({ phase: 'ready', error: null, session: result.session, code: code ?? '', list: result.session.questions.map((id) => byId.get(id)!), dropped: result.dropped.length });
    document.title = `${this.heading(result.session)} · ${this.props.siteTitle}`;
  }

  private heading(session: Session | null): string {
    const s = this.props.strings;
    const title = session?.title || s['classroom.defaultTitle'];
    return fill(s[this.props.sheet === 'key' ? 'classroom.print.keyTitle' : 'classroom.print.questionsTitle'], { title });
  }

  override render({ sheet, strings: s }: Props, { phase, error, session, code, list, dropped }: State) {
    const key = sheet === 'key';
    return (
      <div class="tc-print-sheet">
        <h1>{phase === 'ready' ? this.heading(session) : s[key ? 'classroom.printKey' : 'classroom.printQuestions']}</h1>
        {phase === 'loading' && <p>{s['classroom.loading']}</p>}
        {phase === 'error' && (
          <ClassroomLinkError error={error ?? 'damaged'} retry={this.fetchBank} strings={s} />
        )}
        {phase === 'ready' && (
          <>
            <p>{s[key ? 'classroom.print.keyIntro' : 'classroom.print.questionsIntro']}</p>
            {dropped > 0 && <p class="tc-notice">{fill(s['classroom.dropped'], { n: dropped })}</p>}
            <p class="tc-presenter__row tc-no-print">
              <button type="button" onClick={() => window.print()}>
                {s['classroom.print.print']}
              </button>
              <a href={classroomPrintHref(key ? 'questions' : 'key', code)}>{s[key ? 'classroom.print.toQuestions' : 'classroom.print.toKey']}</a>
              <a href={classroomSessionHref(code)}>{s['classroom.print.toPresenter']}</a>
            </p>
            <ol class="tc-print-sheet__list">
              {list.map((q, n) => (
                <li key={q.id} class="tc-print-sheet__item">
                  <h2 class="tc-print-sheet__prompt">
                    {fill(s['classroom.questionTitle'], { n: n + 1, total: list.length, prompt: q.prompt })}
                  </h2>
                  {key ? <Answer q={q} s={s} /> : <Options q={q} s={s} />}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    );
  }
}

function Options({ q, s }: { q: PrintQuestion; s: S }) {
  return (
    <>
      <p class="tc-muted">{s[`classroom.hint.${q.type}`]}</p>
      <ul class="tc-print-sheet__options">
        {q.options.map((o, i) => (
          <li key={i}>
            <span aria-hidden="true">☐ </span>
            <strong>{optionLetter(i)}</strong> {o.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function Answer({ q, s }: { q: PrintQuestion; s: S }) {
  const right = q.options.flatMap((o, i) => (o.correct ? [{ letter: optionLetter(i), text: o.text }] : []));
  return (
    <>
      <p>
        <strong>{s[right.length > 1 ? 'classroom.print.answers' : 'classroom.print.answer']}</strong>{' '}
        {right.map((r, i) => (
          <>
            {i > 0 && '; '}
            <strong>{r.letter}</strong> {r.text}
          </>
        ))}
      </p>
      <p>{q.explanation}</p>
      {q.discussion && (
        <p>
          <strong>{s['classroom.print.discussion']}</strong> {q.discussion}
        </p>
      )}
      <p>
        {s['classroom.source']} {q.sources.map((src) => src.label).join(', ')}
      </p>
    </>
  );
}
