/**
 * /progress/: progress per module, storage status, export, import (merged,
 * never destructive) and reset with confirmation.
 */
import { createRef } from 'preact';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { MAX_IMPORT_BYTES } from '../lib/progress-import.ts';
import type { OutlineModule } from '../lib/outline.ts';
import { importProgress, resetProgress } from '../stores/progress-transfer.ts';
import { DownloadButton } from './DownloadButton.tsx';
import ModuleProgress from './ModuleProgress.tsx';
import { storageMessages } from './StorageNotice.tsx';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  modules: OutlineModule[];
  strings: Strings<'progress' | 'assessment'>;
}
interface State {
  importMessage: { ok: boolean; text: string } | null;
  confirming: boolean;
  resetDone: boolean;
}

export default class ProgressPage extends ProgressIsland<Props, State> {
  override state: State = { importMessage: null, confirming: false, resetDone: false };
  private file = createRef<HTMLInputElement>();
  private confirm = createRef<HTMLButtonElement>();

  private say(ok: boolean, text: string): void {
    this.setState({ importMessage: { ok, text } });
  }

  private onImport = async (event: Event) => {
    event.preventDefault();
    const s = this.props.strings;
    const file = this.file.current?.files?.[0];
    if (!file) return this.say(false, s['progress.importNoFile']);
    // Refuse by size before reading anything into memory.
    if (file.size > MAX_IMPORT_BYTES) return this.say(false, s['progress.importError.too-large']);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.say(false, s['progress.importError.corrupt']);
    }
    const result = importProgress(text);
    if (!result.ok) return this.say(false, s[`progress.importError.${result.error}`]);
    const { lessonsCompleted, answersAdded, scoresImproved } = result.summary;
    this.say(true, fill(s['progress.importDone'], { lessons: lessonsCompleted, answers: answersAdded, scores: scoresImproved }));
    if (this.file.current) this.file.current.value = '';
  };

  override render({ modules, strings: s }: Props, { importMessage, confirming, resetDone }: State) {
    const messages = storageMessages(this.storage, s);
    return (
      <div class="tc-progress-page">
        <section aria-labelledby="progress-storage">
          <h2 id="progress-storage">{s['progress.storageTitle']}</h2>
          {messages.length === 0 ? <p>{s['progress.storageOk']}</p> : messages.map((m) => <p key={m}>{m}</p>)}
        </section>

        <section aria-labelledby="progress-modules">
          <h2 id="progress-modules">{s['progress.modulesTitle']}</h2>
          {modules.map((m) => (
            <div class="tc-progress-module" key={m.id}>
              <h3>
                <a href={m.href}>{m.order}. {m.title}</a>
              </h3>
              <ModuleProgress module={m} strings={s} />
            </div>
          ))}
        </section>

        <section aria-labelledby="progress-export">
          <h2 id="progress-export">{s['progress.exportTitle']}</h2>
          <p>{s['progress.exportIntro']}</p>
          <DownloadButton label={s['progress.download']} disabled={!this.mounted} />
        </section>

        <section aria-labelledby="progress-import">
          <h2 id="progress-import">{s['progress.importTitle']}</h2>
          <p>{s['progress.importIntro']}</p>
          <form method="dialog" onSubmit={this.onImport} class="tc-import">
            <label for="tc-import-file">{s['progress.importLabel']}</label>
            <input id="tc-import-file" type="file" accept="application/json,.json" ref={this.file} />
            <button type="submit" disabled={!this.mounted}>
              {s['progress.importButton']}
            </button>
          </form>
          <p role="status" class={importMessage && !importMessage.ok ? 'tc-message tc-message--error' : 'tc-message'}>
            {importMessage?.text}
          </p>
        </section>

        <section aria-labelledby="progress-reset">
          <h2 id="progress-reset">{s['progress.resetTitle']}</h2>
          <p>{s['progress.resetIntro']}</p>
          {!confirming ? (
            <button type="button" class="tc-button--danger" disabled={!this.mounted} onClick={() => this.setState({ confirming: true, resetDone: false }, () => this.confirm.current?.focus())}>
              {s['progress.resetButton']}
            </button>
          ) : (
            <div class="tc-confirm" role="group" aria-labelledby="tc-reset-question">
              <p id="tc-reset-question">
                <strong>{s['progress.resetConfirm']}</strong>
              </p>
              <button
                type="button"
                class="tc-button--danger"
                ref={this.confirm}
                onClick={() => {
                  resetProgress();
                  this.setState({ confirming: false, resetDone: true });
                }}
              >
                {s['progress.resetYes']}
              </button>{' '}
              <button type="button" class="tc-button--secondary" onClick={() => this.setState({ confirming: false })}>
                {s['progress.resetNo']}
              </button>
            </div>
          )}
          <p role="status">{resetDone ? s['progress.resetDone'] : ''}</p>
        </section>
      </div>
    );
  }
}
