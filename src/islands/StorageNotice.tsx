/**
 * What the learner is told when progress cannot be kept (storage blocked or
 * full) or saved data could not be read, with a download so nothing held in
 * memory is lost when the page closes. Loaded on demand by ProgressIsland; the
 * default export is the island for pages whose other islands do not show it.
 */
import type { NoticeStrings } from '../i18n/index.ts';
import type { StorageStatus } from '../stores/progress.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  strings: NoticeStrings;
}

export function storageMessages(status: StorageStatus, s: NoticeStrings): string[] {
  const messages: string[] = [];
  if (status.recovered) messages.push(s[`progress.recovered.${status.recovered}`]);
  if (status.mode === 'memory') messages.push(s['progress.storageMemory']);
  return messages;
}

export function StorageMessages({ status, strings }: { status: StorageStatus; strings: NoticeStrings }) {
  const messages = storageMessages(status, strings);
  return (
    <div class="tc-storage-notice" role="status">
      {messages.length > 0 && (
        <div class="tc-notice">
          {messages.map((m) => <p key={m}>{m}</p>)}
          {status.mode === 'memory' && <DownloadButton label={strings['progress.download']} />}
        </div>
      )}
    </div>
  );
}

export default class StorageNotice extends ProgressIsland<Props> {
  override render({ strings }: Props) {
    return this.renderNotice(strings);
  }
}
