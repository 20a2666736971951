/**
 * The base class of islands that show progress. Class components rather than
 * hooks: preact/hooks would add more than a kilobyte to every quiz page, which
 * must stay within its JavaScript budget (scripts/bench-size.mjs).
 *
 * Until the island has mounted it reports progress as the server rendered it
 * (empty), so the first client render matches the server's HTML exactly and
 * stored progress appears in the next render.
 *
 * The storage notice (blocked or full storage, unreadable data) is loaded only
 * when it has something to say: most learners never need its code.
 */
import { Component, type ComponentType } from 'preact';
import type { NoticeStrings } from '../i18n/index.ts';
import { $progress, $storage, type StorageStatus } from '../stores/progress.ts';
import { emptyProgress, type Progress } from '../lib/progress.ts';

const serverProgress = emptyProgress(new Date(0).toISOString());
const serverStorage: StorageStatus = { mode: 'persistent', recovered: null, backupKey: null };

type NoticeProps = { status: StorageStatus; strings: NoticeStrings };
let noticeModule: Promise<ComponentType<NoticeProps>> | undefined;

interface IslandState {
  mounted?: boolean;
  Notice?: ComponentType<NoticeProps>;
}

export abstract class ProgressIsland<P = object, S = object> extends Component<P, S & IslandState> {
  private stop: (() => void)[] = [];

  override componentDidMount(): void {
    const update = () => this.forceUpdate();
    this.stop = [$progress.listen(update), $storage.listen(update)];
    this.setState({ mounted: true } as Partial<S & IslandState>);
  }

  override componentWillUnmount(): void {
    for (const stop of this.stop) stop();
  }

  protected get mounted(): boolean {
    return Boolean(this.state.mounted);
  }

  protected get progress(): Progress {
    return this.mounted ? $progress.get() : serverProgress;
  }

  protected get storage(): StorageStatus {
    return this.mounted ? $storage.get() : serverStorage;
  }

  /** A live region, always present, that says when progress cannot be kept. */
  protected renderNotice(strings: NoticeStrings) {
    const status = this.storage;
    const Notice = (this.state as IslandState).Notice;
    if (status.mode === 'memory' || status.recovered) {
      if (Notice) return <Notice status={status} strings={strings} />;
      noticeModule ??= import('./StorageNotice.tsx').then((m) => m.StorageMessages);
      void noticeModule.then((loaded) => this.setState({ Notice: loaded } as Partial<S & IslandState>));
    }
    return <div class="tc-storage-notice" role="status" />;
  }
}
