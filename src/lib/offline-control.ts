/**
 * The page side of "Make available offline" (see OfflineControl.astro and
 * public/sw.js). Nothing is registered until the learner presses the button;
 * once the worker exists, each visit asks it to check for a newer version.
 */
export function watchOffline(root: HTMLElement): void {
  const s = JSON.parse(root.dataset['strings']!) as Record<'progress' | 'ready' | 'failed' | 'updated' | 'unsupported' | 'retry', string>;
  const button = root.querySelector('button')!;
  const bar = root.querySelector('progress')!;
  const status = root.querySelector('[role="status"]')!;
  const sw = navigator.serviceWorker;
  if (!sw) {
    button.disabled = true;
    status.textContent = s.unsupported;
    return;
  }
  sw.addEventListener('message', (event: MessageEvent<{ type?: string; done?: number; total?: number }>) => {
    const { type, done = 0, total = 1 } = event.data ?? {};
    if (type === 'progress') {
      bar.hidden = false;
      bar.max = total;
      bar.value = done;
      status.textContent = s.progress.replace('{done}', String(done)).replace('{total}', String(total));
    } else if (type === 'ready') {
      bar.hidden = true;
      button.hidden = true;
      status.textContent = s.ready;
    } else if (type === 'failed') {
      bar.hidden = true;
      button.hidden = false;
      button.textContent = s.retry;
      status.textContent = s.failed;
    } else if (type === 'updated') {
      status.textContent = s.updated;
    }
  });
  button.addEventListener('click', async () => {
    button.hidden = true;
    const registration = await sw.register('/sw.js', { scope: '/' }).catch(() => undefined);
    if (!registration) {
      button.hidden = false;
      status.textContent = s.failed;
      return;
    }
    // A retry: the worker is already active, so ask it to download again.
    registration.active?.postMessage({ type: 'download' });
  });
  // Already offline-capable: say so, and pick up any newer version.
  void sw.getRegistration('/').then((registration) => {
    if (!registration?.active) return;
    button.hidden = true;
    status.textContent = s.ready;
    registration.active.postMessage({ type: 'check' });
  });
}
