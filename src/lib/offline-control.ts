/**
 * The page side of "Make available offline" (see OfflineControl.astro and
 * public/sw.js), for the page's language. Nothing is registered until the
 * learner presses the button; once this language is offline, each visit asks
 * the worker to check for a newer version.
 */
const CACHE_PREFIX = 'tc-offline-';

export function watchOffline(root: HTMLElement): void {
  const lang = document.documentElement.lang;
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
  sw.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string; done?: number; total?: number }>) => {
    const { type, done = 0, total = 1 } = event.data ?? {};
    if (event.data?.lang !== lang) return;
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
    // The worker downloads once it is active (at once when it already was: a retry, or another language).
    const ready = await sw.ready;
    ready.active?.postMessage({ type: 'download', lang });
  });
  // This language already offline: say so, and pick up any newer version.
  void Promise.all([sw.getRegistration('/'), typeof caches === 'undefined' ? ([] as string[]) : caches.keys().catch(() => [] as string[])]).then(([registration, names]) => {
    if (!registration?.active || !names.some((n) => n.startsWith(`${CACHE_PREFIX}${lang}-`))) return;
    button.hidden = true;
    status.textContent = s.ready;
    registration.active.postMessage({ type: 'check', lang });
  });
}
