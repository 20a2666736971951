/**
 * The trainer's session builder: filter and search the bank, tick questions,
 * order them, set a title, a timer and teams; present, share, print or save.
 *
 * State: the filter, the draft session (question ids in order, title, timer
 * on/off and length, team names), the saved sessions read from this device,
 * and which saved session is being edited (so saving again replaces it).
 *
 * Lifecycle: the server renders an empty draft and the filters. After
 * mounting, the questions arrive from the shared bank file
 * (src/lib/classroom-data.ts; a failure says so and offers to try again);
 * then a session in the URL fragment (#s=..., from "Edit this session" or a bookmark) is loaded,
 * and every change writes the draft's code back into the fragment with
 * replaceState, so a reload or a bookmark of the builder keeps the draft.
 * Saved sessions live under one localStorage key through the storage engine
 * that never throws; other tabs' changes arrive by the storage event. When
 * storage is unavailable the list still works for this page and says so.
 */
import { Component } from 'preact';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { filterBank, moveItem, noFilter, type BankEntry, type BankFilter, type BankQuiz } from '../lib/classroom-bank.ts';
import { SAVED_KEY, deleteSaved, duplicateSaved, newSavedId, parseSaved, serializeSaved, upsertSaved, type SavedSession } from '../lib/classroom-saved.ts';
import { SESSION_LIMITS, codeFromHash, decodeSession, encodeSession, normalizeSession, type Session, type SessionError } from '../lib/classroom-session.ts';
import { loadBank } from '../lib/classroom-data.ts';
import { browserStorage, createSafeStorage, type SafeStorage } from '../lib/safe-storage.ts';
import { classroomPrintHref, classroomSessionHref } from '../lib/urls.ts';

type S = Strings<'classroom'>;

interface Props {
  /** The shared bank file (/classroom/bank.json). */
  bankUrl: string;
  quizzes: BankQuiz[];
  modules: { id: string; order: number; title: string }[];
  audiences: { id: string; label: string }[];
  strings: S;
}

interface State {
  mounted: boolean;
  /** The questions: null until the bank file arrives. */
  bank: BankEntry[] | null;
  bankFailed: boolean;
  filter: BankFilter;
  chosen: string[];
  title: string;
  timerOn: boolean;
  /** As typed; clamped when the session is encoded. */
  timerSeconds: string;
  teams: string[];
  teamDraft: string;
  teamError: string;
  saved: SavedSession[];
  savedDamaged: boolean;
  memory: boolean;
  editing: string | null;
  linkError: SessionError | null;
  status: string;
  origin: string;
}

const DEFAULT_SECONDS = '60';
const TYPES = ['single', 'multiple', 'true-false'] as const;

export default class ClassroomBuilder extends Component<Props, State> {
  override state: State = {
    mounted: false,
    bank: null,
    bankFailed: false,
    filter: noFilter,
    chosen: [],
    title: '',
    timerOn: false,
    timerSeconds: DEFAULT_SECONDS,
    teams: [],
    teamDraft: '',
    teamError: '',
    saved: [],
    savedDamaged: false,
    memory: false,
    editing: null,
    linkError: null,
    status: '',
    origin: '',
  };

  private storage: SafeStorage | undefined;
  private byId = new Map<string, BankEntry>();

  override componentDidMount(): void {
    this.storage = createSafeStorage(browserStorage);
    this.storage.onFailure(() => this.setState({ memory: true }));
    window.addEventListener('storage', this.onStorage);
    this.setState({ mounted: true, origin: location.origin, memory: this.storage.mode === 'memory', ...this.readSaved() });
    this.fetchBank();
  }

  private fetchBank = () => {
    this.setState({ bankFailed: false });
    loadBank(this.props.bankUrl).then(
      (bank) => this.receiveBank(bank.questions.map(({ id, module, quiz, type, prompt }) => ({ id, module, quiz, type, prompt }))),
      () => this.setState({ bankFailed: true }),
    );
  };

  /** Lists the questions, then opens a session from the URL fragment, if any. */
  private receiveBank(bank: BankEntry[]) {
    this.byId = new Map(bank.map((q) => [q.id, q]));
    const code = codeFromHash(location.hash);
    const loaded = code === null ? null : decodeSession(code, new Set(this.byId.keys()));
    this.setState({
      bank,
      ...(loaded?.ok
        ? {
            ...this.draftFrom(loaded.session),
            status: [fill(this.s['classroom.share.loaded'], { n: loaded.session.questions.length }), loaded.dropped.length > 0 ? fill(this.s['classroom.dropped'], { n: loaded.dropped.length }) : ''].join(' ').trim(),
          }
        : {}),
      ...(loaded && !loaded.ok ? { linkError: loaded.error } : {}),
    });
  }

  override componentWillUnmount(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  override componentDidUpdate(_: Props, prev: State): void {
    if (!this.state.mounted) return;
    const { chosen, title, timerOn, timerSeconds, teams } = this.state;
    if (prev.chosen === chosen && prev.title === title && prev.timerOn === timerOn && prev.timerSeconds === timerSeconds && prev.teams === teams) return;
    // The builder's own URL carries the draft, so reloading or bookmarking it keeps the work.
    const url = `${location.pathname}${location.search}${chosen.length > 0 ? `#s=${this.code}` : ''}`;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      /* some embedded contexts refuse; the session link below still works */
    }
  }

  private get s(): S {
    return this.props.strings;
  }

  private onStorage = (e: StorageEvent) => {
    if (e.key === SAVED_KEY || e.key === null) this.setState(this.readSaved());
  };

  private readSaved() {
    const { sessions, damaged } = parseSaved(this.storage?.get(SAVED_KEY) ?? null);
    return { saved: sessions, savedDamaged: damaged };
  }

  private writeSaved(saved: SavedSession[], status: string) {
    const ok = this.storage?.set(SAVED_KEY, serializeSaved(saved)) ?? false;
    this.setState({ saved, status, memory: !ok });
  }

  private draftFrom(session: Session) {
    return {
      chosen: session.questions,
      title: session.title,
      timerOn: session.timer > 0,
      timerSeconds: session.timer > 0 ? String(session.timer) : DEFAULT_SECONDS,
      teams: session.teams,
      linkError: null,
    };
  }

  private get session(): Session {
    const { chosen, title, timerOn, timerSeconds, teams } = this.state;
    return normalizeSession({ questions: chosen, title, timer: timerOn ? Number(timerSeconds) || Number(DEFAULT_SECONDS) : 0, teams });
  }

  private get code(): string {
    return encodeSession(this.session);
  }

  // ---- choosing and ordering ----

  private setFilter = (patch: Partial<BankFilter>) => this.setState({ filter: { ...this.state.filter, ...patch } });

  private toggleQuestion = (id: string, on: boolean) => {
    const { chosen } = this.state;
    if (on && chosen.length >= SESSION_LIMITS.questions) {
      this.setState({ status: fill(this.s['classroom.chosen.max'], { n: SESSION_LIMITS.questions }) });
      return;
    }
    this.setState({ chosen: on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id) });
  };

  private move = (from: number, to: number, focusId: string) => {
    const chosen = moveItem(this.state.chosen, from, to);
    if (chosen.join() === this.state.chosen.join()) return;
    const at = Math.min(chosen.length - 1, Math.max(0, to));
    this.setState({ chosen, status: fill(this.s['classroom.chosen.moved'], { n: at + 1 }) }, () => document.getElementById(focusId)?.focus());
  };

  private remove = (index: number) => {
    const chosen = this.state.chosen.filter((_, i) => i !== index);
    const next = chosen[Math.min(index, chosen.length - 1)];
    this.setState({ chosen, status: this.s['classroom.chosen.removed'] }, () => document.getElementById(next ? `tc-remove-${next}` : 'tc-chosen-title')?.focus());
  };

  // ---- teams ----

  private addTeam = (e: Event) => {
    e.preventDefault();
    const s = this.s;
    const name = normalizeSession({ title: '', questions: [], timer: 0, teams: [this.state.teamDraft] }).teams[0] ?? '';
    const { teams } = this.state;
    let error = '';
    if (!name) error = s['classroom.teams.empty'];
    else if (teams.includes(name)) error = fill(s['classroom.teams.exists'], { name });
    else if (teams.length >= SESSION_LIMITS.teams) error = fill(s['classroom.teams.full'], { n: SESSION_LIMITS.teams });
    if (error) return this.setState({ teamError: error }, () => document.getElementById('tc-team-name')?.focus());
    this.setState({ teams: [...teams, name], teamDraft: '', teamError: '' });
  };

  private removeTeam = (name: string) => this.setState({ teams: this.state.teams.filter((t) => t !== name) }, () => document.getElementById('tc-team-name')?.focus());

  // ---- sharing and saving ----

  private copy = async () => {
    const s = this.s;
    const link = this.absolute(classroomSessionHref(this.code));
    try {
      await navigator.clipboard.writeText(link);
      this.setState({ status: s['classroom.share.copied'] });
    } catch {
      const field = document.getElementById('tc-session-link') as HTMLInputElement | null;
      field?.select();
      this.setState({ status: s['classroom.share.copyFailed'] });
    }
  };

  private save = () => {
    const session = this.session;
    const id = this.state.editing ?? newSavedId();
    const saved = upsertSaved(this.readSaved().saved, session, new Date(), id);
    this.writeSaved(saved, fill(this.s['classroom.share.savedAs'], { title: session.title || this.s['classroom.defaultTitle'] }));
    this.setState({ editing: id });
  };

  private edit = (entry: SavedSession) => {
    this.setState({ ...this.draftFrom(entry.session), editing: entry.id, status: fill(this.s['classroom.share.editing'], { title: this.titleOf(entry) }) }, () =>
      document.getElementById('tc-chosen-title')?.focus(),
    );
  };

  private duplicate = (entry: SavedSession) => {
    const id = newSavedId();
    const saved = duplicateSaved(this.readSaved().saved, entry.id, new Date(), id, (t) => fill(this.s['classroom.saved.copyOf'], { title: t || this.s['classroom.defaultTitle'] }));
    const copy = saved.find((x) => x.id === id);
    this.writeSaved(saved, fill(this.s['classroom.saved.duplicated'], { title: copy?.session.title ?? '' }));
  };

  private delete = (entry: SavedSession) => {
    const saved = deleteSaved(this.readSaved().saved, entry.id);
    this.writeSaved(saved, fill(this.s['classroom.saved.deleted'], { title: this.titleOf(entry) }));
    if (this.state.editing === entry.id) this.setState({ editing: null });
    document.getElementById('tc-saved-title')?.focus();
  };

  private startNew = () => {
    this.setState({ chosen: [], title: '', timerOn: false, timerSeconds: DEFAULT_SECONDS, teams: [], editing: null, linkError: null, status: this.s['classroom.share.started'] });
  };

  private titleOf = (entry: SavedSession): string => entry.session.title || this.s['classroom.defaultTitle'];

  private absolute = (path: string): string => `${this.state.origin}${path}`;

  // ---- rendering ----

  override render({ quizzes, modules, audiences }: Props, st: State) {
    const s = this.s;
    const off = !st.mounted;
    const matches = st.bank ? filterBank(st.bank, quizzes, st.filter) : [];
    const moduleOrder = new Map(modules.map((m) => [m.id, m.order]));
    const quizTitle = new Map(quizzes.map((q) => [q.id, q.title]));
    const meta = (q: BankEntry) => fill(s['classroom.bank.meta'], { n: moduleOrder.get(q.module) ?? '', type: s[`classroom.type.${q.type}`], quiz: quizTitle.get(q.quiz) ?? '' });
    const count = matches.length === 0 ? s['classroom.bank.none'] : matches.length === 1 ? s['classroom.bank.countOne'] : fill(s['classroom.bank.count'], { count: matches.length });
    const chosenSet = new Set(st.chosen);
    const code = this.code;
    const ready = st.chosen.length > 0;
    return (
      <div class="tc-builder">
        {st.linkError && (
          <div class="tc-error-summary" role="alert">
            <h3>{s['classroom.error.title']}</h3>
            <p>{s[`classroom.error.${st.linkError}`]}</p>
          </div>
        )}
        <section aria-labelledby="tc-bank-title">
          <h3 id="tc-bank-title">{s['classroom.bank.title']}</h3>
          <fieldset class="tc-builder__filters">
            <legend>{s['classroom.filter.legend']}</legend>
            <p>
              <label for="tc-filter-module">{s['classroom.filter.module']}</label>
              <select id="tc-filter-module" value={st.filter.module} onChange={(e) => this.setFilter({ module: (e.currentTarget as HTMLSelectElement).value })} disabled={off}>
                <option value="">{s['classroom.filter.any']}</option>
                {modules.map((m) => (
                  <option value={m.id} key={m.id}>
                    {fill(s['classroom.filter.moduleOption'], { n: m.order, title: m.title })}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label for="tc-filter-audience">{s['classroom.filter.audience']}</label>
              <select id="tc-filter-audience" value={st.filter.audience} onChange={(e) => this.setFilter({ audience: (e.currentTarget as HTMLSelectElement).value })} disabled={off}>
                <option value="">{s['classroom.filter.any']}</option>
                {audiences.map((a) => (
                  <option value={a.id} key={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label for="tc-filter-type">{s['classroom.filter.type']}</label>
              <select id="tc-filter-type" value={st.filter.type} onChange={(e) => this.setFilter({ type: (e.currentTarget as HTMLSelectElement).value })} disabled={off}>
                <option value="">{s['classroom.filter.any']}</option>
                {TYPES.map((t) => (
                  <option value={t} key={t}>
                    {s[`classroom.type.${t}`]}
                  </option>
                ))}
              </select>
            </p>
            <p class="tc-builder__search">
              <label for="tc-filter-query">{s['classroom.filter.search']}</label>
              <input type="search" id="tc-filter-query" value={st.filter.query} onInput={(e) => this.setFilter({ query: (e.currentTarget as HTMLInputElement).value })} disabled={off} />
            </p>
          </fieldset>
          <p role="status" class="tc-builder__count">
            {!st.mounted ? '' : st.bank ? count : st.bankFailed ? s['classroom.bank.failed'] : s['classroom.bank.loading']}
          </p>
          {st.bankFailed && (
            <p>
              <button type="button" onClick={this.fetchBank}>
                {s['classroom.error.retry']}
              </button>
            </p>
          )}
          <p class="tc-muted">{s['classroom.bank.hint']}</p>
          {/* Scrollable: focusable itself so keyboard users can scroll it even before its checkboxes work. */}
          <ul class="tc-builder__bank" tabIndex={0} aria-label={s['classroom.bank.title']}>
            {matches.map((q) => (
              <li key={q.id}>
                <input type="checkbox" id={`tc-pick-${q.id}`} checked={chosenSet.has(q.id)} onChange={(e) => this.toggleQuestion(q.id, (e.currentTarget as HTMLInputElement).checked)} aria-describedby={`tc-meta-${q.id}`} disabled={off} />
                <span class="tc-builder__pick">
                  <label for={`tc-pick-${q.id}`}>{q.prompt}</label>
                  <span class="tc-builder__meta" id={`tc-meta-${q.id}`}>
                    {meta(q)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="tc-chosen-title" class="tc-builder__session">
          <h3 id="tc-chosen-title" tabindex={-1}>
            {s['classroom.chosen.title']}
          </h3>
          <p>{st.chosen.length === 0 ? s['classroom.chosen.none'] : st.chosen.length === 1 ? s['classroom.chosen.countOne'] : fill(s['classroom.chosen.count'], { n: st.chosen.length })}</p>
          {st.chosen.length > 0 && (
            <ol class="tc-builder__chosen">
              {st.chosen.map((id, i) => {
                const q = this.byId.get(id);
                const n = i + 1;
                return (
                  <li key={id}>
                    <span class="tc-builder__prompt">{q?.prompt ?? id}</span>
                    <span class="tc-builder__actions">
                      <button type="button" class="tc-button--secondary" id={`tc-up-${id}`} aria-label={fill(s['classroom.chosen.moveUpName'], { n })} aria-disabled={i === 0 ? 'true' : undefined} onClick={() => this.move(i, i - 1, `tc-up-${id}`)}>
                        {s['classroom.chosen.moveUp']}
                      </button>
                      <button type="button" class="tc-button--secondary" id={`tc-down-${id}`} aria-label={fill(s['classroom.chosen.moveDownName'], { n })} aria-disabled={i === st.chosen.length - 1 ? 'true' : undefined} onClick={() => this.move(i, i + 1, `tc-down-${id}`)}>
                        {s['classroom.chosen.moveDown']}
                      </button>
                      <button type="button" class="tc-button--secondary" id={`tc-remove-${id}`} aria-label={fill(s['classroom.chosen.removeName'], { n })} onClick={() => this.remove(i)}>
                        {s['classroom.chosen.remove']}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}

          <h3>{s['classroom.settings.title']}</h3>
          <p class="tc-builder__field">
            <label for="tc-session-title">{s['classroom.settings.sessionTitle']}</label>
            <input type="text" id="tc-session-title" value={st.title} maxLength={SESSION_LIMITS.title} placeholder={s['classroom.defaultTitle']} onInput={(e) => this.setState({ title: (e.currentTarget as HTMLInputElement).value })} disabled={off} />
          </p>
          <p class="tc-classroom-check">
            <input type="checkbox" id="tc-timer-use" checked={st.timerOn} onChange={(e) => this.setState({ timerOn: (e.currentTarget as HTMLInputElement).checked })} disabled={off} />
            <label for="tc-timer-use">{s['classroom.settings.timerUse']}</label>
          </p>
          {st.timerOn && (
            <p class="tc-builder__field">
              <label for="tc-timer-seconds">{s['classroom.settings.timerSeconds']}</label>
              <input
                type="number"
                id="tc-timer-seconds"
                inputMode="numeric"
                min={SESSION_LIMITS.timerMin}
                max={SESSION_LIMITS.timerMax}
                step={5}
                value={st.timerSeconds}
                aria-describedby="tc-timer-hint"
                onInput={(e) => this.setState({ timerSeconds: (e.currentTarget as HTMLInputElement).value })}
                onBlur={() => this.setState({ timerSeconds: String(this.session.timer || DEFAULT_SECONDS) })}
              />
              <span id="tc-timer-hint" class="tc-muted">
                {fill(s['classroom.settings.timerHint'], { min: SESSION_LIMITS.timerMin, max: SESSION_LIMITS.timerMax })}
              </span>
            </p>
          )}

          <h3>{s['classroom.teams.title']}</h3>
          <p class="tc-muted">{fill(s['classroom.teams.hint'], { n: SESSION_LIMITS.teams })}</p>
          {st.teams.length > 0 ? (
            <ul class="tc-builder__teams">
              {st.teams.map((team) => (
                <li key={team}>
                  <span>{team}</span>
                  <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.teams.removeName'], { name: team })} onClick={() => this.removeTeam(team)}>
                    {s['classroom.teams.remove']}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p>{s['classroom.teams.none']}</p>
          )}
          <form class="tc-builder__team-form" onSubmit={this.addTeam} noValidate>
            <label for="tc-team-name">{s['classroom.teams.name']}</label>
            <input
              type="text"
              id="tc-team-name"
              value={st.teamDraft}
              maxLength={SESSION_LIMITS.team}
              aria-describedby="tc-team-error"
              aria-invalid={st.teamError ? 'true' : undefined}
              onInput={(e) => this.setState({ teamDraft: (e.currentTarget as HTMLInputElement).value })}
              disabled={off}
            />
            <button type="submit" class="tc-button--secondary" disabled={off}>
              {s['classroom.teams.add']}
            </button>
            <span id="tc-team-error" class="tc-message--error" role="alert">
              {st.teamError}
            </span>
          </form>

          <h3>{s['classroom.share.title']}</h3>
          {ready ? (
            <>
              <p class="tc-builder__field">
                <label for="tc-session-link">{s['classroom.share.link']}</label>
                <input type="text" id="tc-session-link" readOnly value={this.absolute(classroomSessionHref(code))} aria-describedby="tc-link-hint" />
                <span id="tc-link-hint" class="tc-muted">
                  {s['classroom.share.linkHint']}
                </span>
              </p>
              <p class="tc-presenter__row">
                <a class="tc-button" href={classroomSessionHref(code)}>
                  {s['classroom.share.present']}
                </a>
                <button type="button" class="tc-button--secondary" onClick={this.copy} disabled={off}>
                  {s['classroom.share.copy']}
                </button>
                <button type="button" class="tc-button--secondary" onClick={this.save} disabled={off}>
                  {st.editing ? s['classroom.share.saveChanges'] : s['classroom.share.save']}
                </button>
              </p>
              <p class="tc-presenter__row">
                <a href={classroomPrintHref('questions', code)}>{s['classroom.printQuestions']}</a>
                <a href={classroomPrintHref('key', code)}>{s['classroom.printKey']}</a>
              </p>
            </>
          ) : (
            <p>{s['classroom.share.needQuestions']}</p>
          )}
          {(ready || st.editing) && (
            <p>
              <button type="button" class="tc-button--secondary" onClick={this.startNew}>
                {s['classroom.share.new']}
              </button>
            </p>
          )}
          <p role="status" class="tc-builder__status">
            {st.status}
          </p>
        </section>

        <section aria-labelledby="tc-saved-title">
          <h3 id="tc-saved-title" tabindex={-1}>
            {s['classroom.saved.title']}
          </h3>
          {st.memory && <p class="tc-notice">{s['classroom.saved.memory']}</p>}
          {st.savedDamaged && <p class="tc-notice">{s['classroom.saved.damaged']}</p>}
          {st.mounted && st.saved.length === 0 && <p>{s['classroom.saved.none']}</p>}
          {st.saved.length > 0 && (
            <ul class="tc-builder__saved">
              {st.saved.map((entry) => {
                const title = this.titleOf(entry);
                const n = entry.session.questions.length;
                return (
                  <li key={entry.id}>
                    <span class="tc-builder__saved-title">{title}</span>{' '}
                    <span class="tc-muted">
                      {fill(s['classroom.saved.meta'], {
                        count: n === 1 ? s['classroom.oneQuestion'] : fill(s['classroom.questionsCount'], { n }),
                        date: new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.savedAt)),
                      })}
                    </span>
                    <span class="tc-builder__actions">
                      <a class="tc-button" href={classroomSessionHref(entry.code)} aria-label={fill(s['classroom.saved.openName'], { title })}>
                        {s['classroom.saved.open']}
                      </a>
                      <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.saved.editName'], { title })} onClick={() => this.edit(entry)}>
                        {s['classroom.saved.edit']}
                      </button>
                      <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.saved.duplicateName'], { title })} onClick={() => this.duplicate(entry)}>
                        {s['classroom.saved.duplicate']}
                      </button>
                      <button type="button" class="tc-button--secondary" aria-label={fill(s['classroom.saved.deleteName'], { title })} onClick={() => this.delete(entry)}>
                        {s['classroom.saved.delete']}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    );
  }
}
