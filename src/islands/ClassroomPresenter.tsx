/**
 * The classroom presenter: one question per screen for a room, then a summary.
 *
 * State: the session (title, questions in order, timer length, teams); which
 * screen is shown (index 0..n-1, or n for the summary); per question whether
 * the answer is revealed and how many votes each option got (the trainer
 * counts hands or cards); team scores; the countdown (null when off). All of it
 * lives in this component and in memory only: nothing is stored or sent.
 *
 * Lifecycle: a ready-made page (/classroom/<quiz>/) passes its session and
 * questions as props, so the server renders question 1. Every page fetches
 * the shared bank file (src/lib/classroom-data.ts) on mounting, for the
 * paragraph texts a reveal shows; /classroom/session/ also takes its questions
 * from it and reads the session from the URL fragment (the server cannot see a
 * fragment): until then it says it is loading; a bad link or a bank that
 * cannot be fetched gives a message and a way out, never a blank page. Once
 * mounted, the page needs no network: nothing is fetched on reveal.
 *
 * Keys are handled on document and ignored while a modifier is held, focus is
 * in a form field, or the help dialog is open; Space and Enter keep their
 * native meaning on buttons, links and summaries.
 */
import { downloadText } from '../lib/download.ts';
import { Component, createRef, type ComponentChildren } from 'preact';
import type { PresenterStrings } from '../lib/classroom-strings.ts';
import { fill } from '../lib/format.ts';
import type { Passage, PresenterQuestion } from '../lib/classroom-props.ts';
import { loadBank } from '../lib/classroom-data.ts';
import { ClassroomLinkError, type ClassroomError } from './ClassroomLinkError.tsx';
import { codeFromHash, decodeSession, encodeSession, type Session } from '../lib/classroom-session.ts';
import { addPoints, addVotes, distribution, emptyTallies, optionLetter, scoreboard, summarize, type Tallies } from '../lib/classroom-tallies.ts';
import { addTime, createTimer, cueBetween, formatClock, isRunning, pause, secondsLeft, toggle, type TimerState } from '../lib/classroom-timer.ts';
import { csvFileName, resultsCsv } from '../lib/classroom-csv.ts';
import { classroomBuilderHref, classroomPrintHref } from '../lib/urls.ts';

type S = PresenterStrings;

interface Props {
  /** The session of a ready-made page; null where the session comes from the URL. */
  preset: Session | null;
  /** The preset's questions in order; [] where they come from the bank. */
  questions: PresenterQuestion[];
  /** The shared bank file (/classroom/bank.json). */
  bankUrl: string;
  strings: S;
  siteTitle: string;
}

interface State {
  mounted: boolean;
  phase: 'loading' | 'ready' | 'error';
  /** 'unavailable': the bank file could not be fetched (offline without the offline copy). */
  error: ClassroomError | null;
  /** Paragraph texts for reveals: null until the bank arrives (or when it cannot). */
  passages: Record<string, Passage> | null;
  session: Session;
  code: string;
  list: PresenterQuestion[];
  dropped: number;
  index: number;
  revealed: boolean[];
  tallies: Tallies;
  /** Votes added, most recent last, so the last one can be taken back. */
  history: [number, number][];
  scores: number[];
  timer: TimerState | null;
  /** The length a timer (re)starts from on each question. */
  timerLength: number;
  sound: boolean;
  canSound: boolean;
  now: number;
  fullscreen: boolean;
  canFullscreen: boolean;
  status: string;
}

const DEFAULT_TIMER = 60;
const EMPTY: Session = { title: '', questions: [], timer: 0, teams: [] };

/** The parts of the state that a (new) session resets. */
function begin(session: Session, list: PresenterQuestion[], dropped: number) {
  return {
    phase: 'ready' as const,
    error: null,
    session,
    code: encodeSession(session),
    list,
    dropped,
    index: 0,
    revealed: list.map(() => false),
    tallies: emptyTallies(list),
    history: [] as [number, number][],
    scores: session.teams.map(() => 0),
    timer: session.timer > 0 ? createTimer(session.timer) : null,
    timerLength: session.timer > 0 ? session.timer : DEFAULT_TIMER,
  };
}

const isField = (el: Element | null): boolean => Boolean(el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));

export default class ClassroomPresenter extends Component<Props, State> {
  private root = createRef<HTMLElement>();
  private dialog = createRef<HTMLDialogElement>();
  private interval: ReturnType<typeof setInterval> | undefined;
  private lastSeconds = 0;
  private audio: AudioContext | undefined;
  private pendingFocus: string | null = null;

  constructor(props: Props) {
    super(props);
    const { preset, questions } = props;
    this.state = {
      mounted: false,
      canSound: false,
      sound: false,
      now: 0,
      fullscreen: false,
      canFullscreen: false,
      status: '',
      passages: null,
      ...(preset ? begin(preset, questions, 0) : { ...begin(EMPTY, [], 0), phase: 'loading' as const }),
    };
  }

  override componentDidMount(): void {
    document.addEventListener('keydown', this.onKey);
    document.addEventListener('fullscreenchange', this.onFullscreen);
    this.interval = setInterval(this.tick, 250);
    if (!this.props.preset) window.addEventListener('hashchange', this.onHash);
    // The first re-render (controls enabled) runs in a task of its own, after hydration's: on a slow phone
    // neither task then blocks input for long (Lighthouse's Total Blocking Time stays 0). A message, not a
    // timer: a task of its own that test clocks leave alone.
    const next = new MessageChannel();
    next.port1.onmessage = () => {
      if (this.unmounted) return;
      this.fetchBank();
      this.setState({ mounted: true, canFullscreen: Boolean(document.fullscreenEnabled), canSound: typeof AudioContext === 'function' });
    };
    next.port2.postMessage(null);
  }

  private unmounted = false;

  override componentWillUnmount(): void {
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    window.removeEventListener('hashchange', this.onHash);
    clearInterval(this.interval);
    this.unmounted = true;
    void this.audio?.close().catch(() => undefined);
  }

  override componentDidUpdate(): void {
    if (this.pendingFocus) {
      document.getElementById(this.pendingFocus)?.focus();
      this.pendingFocus = null;
    }
  }

  /** The bank's questions by id, once fetched: a ready-made page's own lack the explanation and discussion prompt. */
  private bankById: Map<string, PresenterQuestion> | null = null;

  /** Fetches the bank; the session page then opens the session from its link. */
  private fetchBank = () => {
    if (!this.props.preset) this.setState({ phase: 'loading', error: null });
    loadBank(this.props.bankUrl).then(
      (bank) => {
        this.bankById = new Map(bank.questions.map((q) => [q.id, q]));
        this.setState({ passages: bank.passages });
        if (!this.props.preset) this.load(this.bankById);
      },
      () => {
        if (!this.props.preset) this.setState({ phase: 'error', error: 'unavailable' });
      },
    );
  };

  private onHash = () => {
    if (this.bankById) this.load(this.bankById);
  };

  /** Reads the session from the URL fragment (session page only). */
  private load(byId: Map<string, PresenterQuestion>) {
    const result = decodeSession(codeFromHash(location.hash), new Set(byId.keys()));
    if (!result.ok) {
      this.setState({ phase: 'error', error: result.error });
      return;
    }
    const list = result.session.questions.map((id) => byId.get(id)!);
    this.setState(begin(result.session, list, result.dropped.length));
    document.title = `${result.session.title || this.props.strings['classroom.defaultTitle']} · ${this.props.siteTitle}`;
  }

  private get s(): S {
    return this.props.strings;
  }

  private get onSummary(): boolean {
    return this.state.index >= this.state.list.length;
  }

  // ---- actions ----

  private go = (delta: number) => {
    const { index, list, timer, timerLength } = this.state;
    const next = Math.min(list.length, Math.max(0, index + delta));
    if (next === index) return;
    const q = list[next];
    const fromSummary = index >= list.length;
    if (next === list.length) this.pendingFocus = 'tc-summary-title';
    else if (fromSummary) this.pendingFocus = 'tc-presenter-prompt';
    const fresh = timer ? createTimer(timerLength) : null;
    this.lastSeconds = timerLength;
    this.setState({
      index: next,
      timer: fresh,
      status: q ? fill(this.s['classroom.questionTitle'], { n: next + 1, total: list.length, prompt: q.prompt }) : this.s['classroom.summary.title'],
    });
  };

  private reveal = () => {
    const { index, list, revealed } = this.state;
    const q = list[index];
    if (!q) return;
    const shown = !revealed[index];
    const answers = q.options.flatMap((o, i) => (o.correct ? [`${optionLetter(i)}, ${o.text}`] : []));
    const status = shown ? fill(this.s[answers.length > 1 ? 'classroom.revealedMany' : 'classroom.revealed'], { answers: answers.join('; ') }) : this.s['classroom.hidden'];
    this.setState({ revealed: revealed.map((r, i) => (i === index ? shown : r)), status });
  };

  private vote = (option: number, delta: number) => {
    const { index, list, tallies, history } = this.state;
    const q = list[index];
    if (!q || option >= q.options.length) return;
    const next = addVotes(tallies, index, option, delta);
    if (next === tallies) return;
    this.setState({
      tallies: next,
      history: delta > 0 ? [...history, [index, option]] : history,
      status: fill(this.s['classroom.votes.status'], { letter: optionLetter(option), n: next[index]![option]! }),
    });
  };

  private undo = () => {
    const { history, tallies } = this.state;
    const last = history.at(-1);
    if (!last) return this.setState({ status: this.s['classroom.votes.nothingToUndo'] });
    const [q, o] = last;
    const next = addVotes(tallies, q, o, -1);
    this.setState({ tallies: next, history: history.slice(0, -1), status: fill(this.s['classroom.votes.status'], { letter: optionLetter(o), n: next[q]![o]! }) });
  };

  private points = (team: number, delta: number) => {
    const scores = addPoints(this.state.scores, team, delta);
    this.setState({ scores, status: fill(this.s['classroom.teams.pointStatus'], { team: this.state.session.teams[team] ?? '', n: scores[team] ?? 0 }) });
  };

  private setTimer(timer: TimerState | null, status?: string) {
    const now = Date.now();
    if (timer) this.lastSeconds = secondsLeft(timer, now);
    this.setState(status === undefined ? { timer, now } : { timer, now, status });
  }

  private toggleTimer = () => {
    const { timer } = this.state;
    if (!timer || this.onSummary) return;
    const now = Date.now();
    const next = toggle(timer, now);
    this.setTimer(next, isRunning(next, now) ? this.s['classroom.timer.running'] : this.s['classroom.timer.paused']);
  };

  private addThirty = () => {
    const { timer } = this.state;
    if (!timer) return;
    const now = Date.now();
    const next = addTime(timer, 30, now);
    this.setTimer(next, fill(this.s['classroom.timer.added'], { time: formatClock(secondsLeft(next, now)) }));
  };

  private timerOff = () => {
    this.setTimer(null, this.s['classroom.timer.turnedOff']);
    this.pendingFocus = 'tc-timer-on';
  };

  private timerOn = () => {
    this.setTimer(createTimer(this.state.timerLength));
    this.pendingFocus = 'tc-timer-toggle';
  };

  private tick = () => {
    const { timer } = this.state;
    if (!timer || timer.since === null) return;
    const now = Date.now();
    const after = secondsLeft(timer, now);
    const cue = cueBetween(this.lastSeconds, after);
    this.lastSeconds = after;
    this.setState({
      now,
      timer: after === 0 ? pause(timer, now) : timer,
      ...(cue ? { status: this.s[cue === 'up' ? 'classroom.timer.up' : 'classroom.timer.thirty'] } : {}),
    });
    if (cue === 'up' && this.state.sound) this.beep();
  };

  private setSound = (on: boolean) => {
    if (on && !this.audio && typeof AudioContext === 'function') {
      try {
        this.audio = new AudioContext();
      } catch {
        return;
      }
    }
    void this.audio?.resume().catch(() => undefined);
    this.setState({ sound: on });
  };

  private beep() {
    const ctx = this.audio;
    if (!ctx) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
  }

  private toggleFullscreen = () => {
    if (!document.fullscreenEnabled) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void this.root.current?.requestFullscreen().catch(() => undefined);
  };

  private onFullscreen = () => this.setState({ fullscreen: Boolean(document.fullscreenElement) });

  private openKeys = () => {
    const d = this.dialog.current;
    if (d && !d.open) d.showModal();
  };

  private exportCsv = () => {
    const { session, list, tallies, scores } = this.state;
    const s = this.s;
    const title = session.title || s['classroom.defaultTitle'];
    const labels = {
      session: s['classroom.csv.session'], question: s['classroom.csv.question'], questionId: s['classroom.csv.questionId'], prompt: s['classroom.csv.prompt'],
      option: s['classroom.csv.option'], optionText: s['classroom.csv.optionText'], correct: s['classroom.csv.correct'], votes: s['classroom.csv.votes'],
      share: s['classroom.csv.share'], shareCorrect: s['classroom.csv.shareCorrect'], team: s['classroom.csv.team'], score: s['classroom.csv.score'],
      rank: s['classroom.csv.rank'], yes: s['classroom.csv.yes'], no: s['classroom.csv.no'],
    };
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    const text = `\uFEFF${resultsCsv({ title, questions: list, tallies, teams: session.teams, scores, labels })}`;
    const name = csvFileName(title, new Date());
    downloadText(name, text, 'text/csv;charset=utf-8');
    this.setState({ status: fill(s['classroom.summary.exported'], { file: name }) });
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (this.state.phase !== 'ready' || this.dialog.current?.open) return;
    const target = e.target instanceof Element ? e.target : null;
    if (isField(target)) return;
    const onControl = Boolean(target?.closest('button, a, summary'));
    const key = e.key;
    // Shift is needed for "?" and, on some layouts, for digits; with anything else it selects text.
    if (e.shiftKey && key !== '?' && !/^[1-9]$/.test(key)) return;
    let handled = true;
    if (key === 'ArrowRight' || (key === ' ' && !onControl)) this.go(1);
    else if (key === 'ArrowLeft' || key === 'Backspace') this.go(-1);
    else if (key === 'r' || key === 'R') this.reveal();
    else if (key === 't' || key === 'T') this.toggleTimer();
    else if (key === 'f' || key === 'F') this.toggleFullscreen();
    else if (key === 'u' || key === 'U') this.undo();
    else if (key === '?') this.openKeys();
    else if (/^[1-9]$/.test(key) && !this.onSummary && Number(key) <= (this.state.list[this.state.index]?.options.length ?? 0)) this.vote(Number(key) - 1, 1);
    else handled = false;
    if (handled) e.preventDefault();
  };

  // ---- rendering ----

  override render(_: Props, st: State) {
    const s = this.s;
    const title = st.session.title || s['classroom.defaultTitle'];
    const summary = this.onSummary;
    return (
      <section ref={this.root} class="tc-presenter" aria-labelledby="tc-presenter-title" data-fullscreen={st.fullscreen ? '' : undefined}>
        <div class="tc-presenter__head">
          <h1 id="tc-presenter-title">{st.phase === 'loading' ? s['classroom.defaultTitle'] : title}</h1>
          {st.phase === 'ready' && !summary && <p class="tc-presenter__count">{fill(s['classroom.questionOf'], { n: st.index + 1, total: st.list.length })}</p>}
        </div>
        {st.phase === 'loading' && <p>{s['classroom.loading']}</p>}
        {st.phase === 'error' && <ClassroomLinkError error={st.error ?? 'damaged'} retry={this.fetchBank} strings={s} />}
        {st.phase === 'ready' && st.dropped > 0 && <p class="tc-notice">{fill(s['classroom.dropped'], { n: st.dropped })}</p>}
        {st.phase === 'ready' && (summary ? this.renderSummary(title) : this.renderQuestion())}
        {st.phase === 'ready' && this.renderControls()}
        {st.phase === 'ready' && !summary && this.renderPanels()}
        {st.phase === 'ready' && (
          <p class="tc-presenter__links tc-no-print">
            <a href={classroomPrintHref('questions', st.code)}>{s['classroom.printQuestions']}</a>
            <a href={classroomPrintHref('key', st.code)}>{s['classroom.printKey']}</a>
            <a href={classroomBuilderHref(st.code)}>{s['classroom.edit']}</a>
          </p>
        )}
        <p class="tc-visually-hidden" role="status">
          {st.status}
        </p>
        {this.renderKeys()}
      </section>
    );
  }

  private renderQuestion() {
    const s = this.s;
    const { index, list, revealed } = this.state;
    const q = list[index]!;
    const shown = revealed[index] ?? false;
    return (
      <div class="tc-presenter__question">
        <h2 id="tc-presenter-prompt" class="tc-presenter__prompt" tabindex={-1}>
          {q.prompt}
        </h2>
        <p class="tc-presenter__hint">{s[`classroom.hint.${q.type}`]}</p>
        <ul class="tc-presenter__options" aria-label={s['classroom.optionsLabel']}>
          {q.options.map((o, i) => (
            <li key={i} class={shown && o.correct ? 'tc-presenter__option tc-presenter__option--correct' : 'tc-presenter__option'}>
              <span class="tc-presenter__letter">{optionLetter(i)}</span> <span class="tc-presenter__text">{o.text}</span>
              {shown && o.correct && (
                <strong class="tc-presenter__badge">
                  <span aria-hidden="true">✓ </span>
                  {s['classroom.correctAnswer']}
                </strong>
              )}
            </li>
          ))}
        </ul>
        {shown && this.renderReveal(q)}
      </div>
    );
  }

  private renderReveal(shown: PresenterQuestion) {
    const s = this.s;
    const passages = this.state.passages ?? {};
    const q = this.bankById?.get(shown.id) ?? shown;
    return (
      <div class="tc-presenter__reveal">
        {q.explanation && (
          <>
            <h3>{s['classroom.explanation']}</h3>
            <p>{q.explanation}</p>
          </>
        )}
        {q.discussion && (
          <>
            <h3>{s['classroom.discussion']}</h3>
            <p class="tc-presenter__discussion">{q.discussion}</p>
          </>
        )}
        <p>
          {s['classroom.source']}{' '}
          {q.sources.map((src, i) => (
            <>
              {i > 0 && ', '}
              <a href={src.href}>{src.label}</a>
            </>
          ))}
        </p>
        {q.passages.map((key) => {
          const p = passages[key];
          return (
            p && (
              <details key={key} class="tc-presenter__passage">
                <summary>{fill(s['classroom.showPassage'], { label: p.label })}</summary>
                <blockquote>
                  <p>{p.text}</p>
                </blockquote>
              </details>
            )
          );
        })}
      </div>
    );
  }

  private renderControls() {
    const s = this.s;
    const { index, list, revealed, mounted, fullscreen, canFullscreen } = this.state;
    const summary = this.onSummary;
    const last = index === list.length - 1;
    return (
      <div class="tc-presenter__controls tc-no-print" role="group" aria-label={s['classroom.controls']}>
        <button type="button" class="tc-button--secondary" onClick={() => this.go(-1)} aria-disabled={index === 0 ? 'true' : undefined} aria-keyshortcuts="ArrowLeft Backspace" disabled={!mounted}>
          <span aria-hidden="true" class="tc-flip-rtl">←</span>{' '}
          {summary ? s['classroom.backToQuestions'] : s['classroom.prev']}
        </button>
        {!summary && (
          <button type="button" onClick={this.reveal} aria-keyshortcuts="R" disabled={!mounted}>
            {revealed[index] ? s['classroom.hide'] : s['classroom.reveal']}
          </button>
        )}
        {!summary && (
          <button type="button" onClick={() => this.go(1)} aria-keyshortcuts="ArrowRight Space" disabled={!mounted}>
            {last ? s['classroom.toSummary'] : s['classroom.next']}
            {' '}<span aria-hidden="true" class="tc-flip-rtl">→</span>
          </button>
        )}
        {(!mounted || canFullscreen) && (
          <button type="button" class="tc-button--secondary" onClick={this.toggleFullscreen} aria-keyshortcuts="F" disabled={!mounted}>
            {fullscreen ? s['classroom.exitFullscreen'] : s['classroom.fullscreen']}
          </button>
        )}
        <button type="button" class="tc-button--secondary" onClick={this.openKeys} aria-keyshortcuts="Shift+?" aria-haspopup="dialog" disabled={!mounted}>
          {s['classroom.keys.open']}
        </button>
      </div>
    );
  }

  private renderPanels() {
    const s = this.s;
    const { index, list, tallies, revealed, mounted, session, scores } = this.state;
    const q = list[index]!;
    const d = distribution(q, tallies[index]);
    return (
      <div class="tc-presenter__panels tc-no-print">
        <section class="tc-presenter__panel" aria-labelledby="tc-votes-title">
          <h2 id="tc-votes-title">{s['classroom.votes.title']}</h2>
          <p class="tc-presenter__small">{s['classroom.votes.hint']}</p>
          <VotesTable
            caption={fill(s['classroom.votes.caption'], { n: index + 1 })}
            question={q}
            votes={d.votes}
            shares={d.shares}
            showCorrect={revealed[index] ?? false}
            s={s}
            change={(i, delta) => this.vote(i, delta)}
            disabled={!mounted}
          />
          <p>{fill(s['classroom.votes.total'], { n: d.total })}</p>
          <button type="button" class="tc-button--secondary" onClick={this.undo} aria-keyshortcuts="U" disabled={!mounted}>
            {s['classroom.votes.undo']}
          </button>
        </section>
        {this.renderTimer()}
        {session.teams.length > 0 && (
          <section class="tc-presenter__panel" aria-labelledby="tc-teams-title">
            <h2 id="tc-teams-title">{s['classroom.teams.scores']}</h2>
            <table class="tc-table">
              <caption class="tc-visually-hidden">{s['classroom.teams.scores']}</caption>
              <thead>
                <tr>
                  <th scope="col">{s['classroom.teams.team']}</th>
                  <th scope="col">{s['classroom.teams.score']}</th>
                  <th scope="col">{s['classroom.votes.change']}</th>
                </tr>
              </thead>
              <tbody>
                {session.teams.map((team, i) => (
                  <tr key={team}>
                    <th scope="row">{team}</th>
                    <td class="tc-table__number">{scores[i]}</td>
                    <td class="tc-table__actions">
                      <button type="button" class="tc-button--secondary" onClick={() => this.points(i, -1)} disabled={!mounted}>
                        −1<span class="tc-visually-hidden"> {fill(s['classroom.teams.removePoint'], { team })}</span>
                      </button>
                      <button type="button" class="tc-button--secondary" onClick={() => this.points(i, 1)} disabled={!mounted}>
                        +1<span class="tc-visually-hidden"> {fill(s['classroom.teams.addPoint'], { team })}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    );
  }

  private renderTimer() {
    const s = this.s;
    const { timer, now, mounted, sound, canSound } = this.state;
    const left = timer ? secondsLeft(timer, now) : 0;
    const running = timer ? isRunning(timer, now) : false;
    const share = timer && timer.duration > 0 ? Math.min(100, Math.round((left / Math.max(timer.duration, left)) * 100)) : 0;
    return (
      <section class="tc-presenter__panel tc-timer" aria-labelledby="tc-timer-title">
        <h2 id="tc-timer-title">{s['classroom.timer.title']}</h2>
        {timer ? (
          <>
            <p class="tc-timer__readout">
              <span id="tc-timer-label">{s['classroom.timer.left']}</span>{' '}
              <span class="tc-timer__clock" role="timer" aria-live="off" aria-labelledby="tc-timer-label">
                {formatClock(left)}
              </span>{' '}
              <span class="tc-timer__state">{left === 0 ? s['classroom.timer.up'] : running ? '' : s['classroom.timer.paused']}</span>
            </p>
            {mounted && (
              <div class="tc-timer__bar" aria-hidden="true">
                <span style={{ inlineSize: `${share}%` }} />
              </div>
            )}
            <div class="tc-presenter__row">
              <button type="button" id="tc-timer-toggle" onClick={this.toggleTimer} aria-keyshortcuts="T" disabled={!mounted}>
                {running ? s['classroom.timer.pause'] : s['classroom.timer.start']}
              </button>
              <button type="button" class="tc-button--secondary" onClick={this.addThirty} disabled={!mounted}>
                {s['classroom.timer.add']}
              </button>
              <button type="button" class="tc-button--secondary" onClick={this.timerOff} disabled={!mounted}>
                {s['classroom.timer.off']}
              </button>
            </div>
            {canSound && (
              <p class="tc-classroom-check">
                <input type="checkbox" id="tc-timer-sound" checked={sound} onChange={(e) => this.setSound((e.currentTarget as HTMLInputElement).checked)} />
                <label for="tc-timer-sound">{s['classroom.timer.sound']}</label>
              </p>
            )}
          </>
        ) : (
          <>
            <p>{s['classroom.timer.isOff']}</p>
            <button type="button" id="tc-timer-on" class="tc-button--secondary" onClick={this.timerOn} disabled={!mounted}>
              {s['classroom.timer.on']}
            </button>
          </>
        )}
      </section>
    );
  }

  private renderSummary(title: string) {
    const s = this.s;
    const { list, tallies, session, scores } = this.state;
    const sum = summarize(list, tallies);
    return (
      <div class="tc-presenter__summary">
        <h2 id="tc-summary-title" tabindex={-1}>
          {s['classroom.summary.title']}
        </h2>
        <p class="tc-visually-hidden">{title}</p>
        {sum.totalVotes === 0 ? (
          <p>{s['classroom.summary.noVotes']}</p>
        ) : (
          <>
            <p>{fill(s['classroom.summary.intro'], { answered: sum.answered, total: list.length, votes: sum.totalVotes })}</p>
            <p>{fill(s['classroom.summary.overall'], { percent: sum.overallCorrect ?? 0 })}</p>
          </>
        )}
        <div class="tc-presenter__row tc-no-print">
          <button type="button" onClick={this.exportCsv}>
            {s['classroom.summary.export']}
          </button>
          <button type="button" class="tc-button--secondary" onClick={() => window.print()}>
            {s['classroom.summary.print']}
          </button>
        </div>
        {sum.totalVotes > 0 && (
          <>
            <h3>{s['classroom.summary.hardest']}</h3>
            {sum.hardest.length > 0 ? (
              <ol class="tc-presenter__hardest">
                {sum.hardest.map((i) => (
                  <li key={i}>{fill(s['classroom.summary.hardestItem'], { n: i + 1, prompt: list[i]!.prompt, percent: sum.questions[i]!.shareCorrect ?? 0 })}</li>
                ))}
              </ol>
            ) : (
              <p>{s['classroom.summary.hardestNone']}</p>
            )}
          </>
        )}
        {session.teams.length > 0 && (
          <>
            <h3>{s['classroom.summary.scoreboard']}</h3>
            <table class="tc-table">
              <caption class="tc-visually-hidden">{s['classroom.summary.scoreboard']}</caption>
              <thead>
                <tr>
                  <th scope="col">{s['classroom.teams.rank']}</th>
                  <th scope="col">{s['classroom.teams.team']}</th>
                  <th scope="col">{s['classroom.teams.score']}</th>
                </tr>
              </thead>
              <tbody>
                {scoreboard(session.teams, scores).map((t) => (
                  <tr key={t.name}>
                    <td class="tc-table__number">{t.rank}</td>
                    <th scope="row">{t.name}</th>
                    <td class="tc-table__number">{t.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <h3>{s['classroom.summary.byQuestion']}</h3>
        {sum.questions.map((r) => (
          <section key={r.id} class="tc-presenter__result" aria-labelledby={`tc-result-${r.index}`}>
            <h4 id={`tc-result-${r.index}`}>
              {fill(s['classroom.questionTitle'], { n: r.index + 1, total: list.length, prompt: r.prompt })}
            </h4>
            <p>{r.shareCorrect === null ? s['classroom.summary.noVotesQuestion'] : fill(s['classroom.summary.shareCorrect'], { percent: r.shareCorrect, correct: r.correctVotes, total: r.total })}</p>
            <VotesTable caption={fill(s['classroom.votes.caption'], { n: r.index + 1 })} question={list[r.index]!} votes={r.votes} shares={r.shares} showCorrect s={s} withText />
          </section>
        ))}
      </div>
    );
  }

  private renderKeys() {
    const s = this.s;
    const rows: [ComponentChildren, string][] = [
      [s['classroom.keys.nextKeys'], s['classroom.keys.next']],
      [s['classroom.keys.prevKeys'], s['classroom.keys.prev']],
      [<kbd>R</kbd>, s['classroom.keys.reveal']],
      [<kbd>T</kbd>, s['classroom.keys.timer']],
      [<kbd>F</kbd>, s['classroom.keys.fullscreen']],
      [s['classroom.keys.voteKeys'], s['classroom.keys.vote']],
      [<kbd>U</kbd>, s['classroom.keys.undo']],
      [<kbd>?</kbd>, s['classroom.keys.help']],
    ];
    return (
      <dialog ref={this.dialog} class="tc-presenter__keys" aria-labelledby="tc-keys-title">
        <h2 id="tc-keys-title">{s['classroom.keys.title']}</h2>
        <table class="tc-table">
          <thead>
            <tr>
              <th scope="col">{s['classroom.keys.key']}</th>
              <th scope="col">{s['classroom.keys.action']}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, action]) => (
              <tr key={action}>
                <td>{key}</td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{s['classroom.keys.note']}</p>
        <form method="dialog">
          <button type="submit">{s['classroom.keys.close']}</button>
        </form>
      </dialog>
    );
  }
}

interface VotesTableProps {
  caption: string;
  question: PresenterQuestion;
  votes: number[];
  shares: number[];
  showCorrect: boolean;
  s: S;
  /** Adds (1) or removes (-1) a vote; without it the table is read-only. */
  change?: (option: number, delta: number) => void;
  disabled?: boolean;
  /** Repeat the option text (the summary, where the options are not on screen). */
  withText?: boolean;
}

/** Votes per option as a table, with a bar per row (its number is in the text beside it). */
function VotesTable({ caption, question, votes, shares, showCorrect, s, change, disabled = false, withText = false }: VotesTableProps) {
  return (
    <table class="tc-table tc-votes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s['classroom.votes.option']}</th>
          <th scope="col">{s['classroom.votes.votes']}</th>
          <th scope="col">{s['classroom.votes.share']}</th>
          {change && <th scope="col">{s['classroom.votes.change']}</th>}
        </tr>
      </thead>
      <tbody>
        {question.options.map((o, i) => {
          const letter = optionLetter(i);
          const share = shares[i] ?? 0;
          return (
            <tr key={i}>
              <th scope="row">
                {letter}
                {withText && <span class="tc-votes__text"> {o.text}</span>}
                {showCorrect && o.correct && (
                  <span class="tc-votes__correct">
                    {' '}
                    <span aria-hidden="true">✓ </span>
                    {s['classroom.correctAnswer']}
                  </span>
                )}
              </th>
              <td class="tc-table__number">{votes[i] ?? 0}</td>
              <td class="tc-votes__share">
                <span class="tc-votes__bar" aria-hidden="true">
                  <span style={share > 0 ? { inlineSize: `${share}%` } : undefined} />
                </span>{' '}
                {fill(s['classroom.percent'], { n: share })}
              </td>
              {change && (
                <td class="tc-table__actions">
                  <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.votes.remove'], { letter })} onClick={() => change(i, -1)} disabled={disabled}>
                    −
                  </button>
                  <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.votes.add'], { letter })} onClick={() => change(i, 1)} disabled={disabled}>
                    +
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
