/*
 * The course's service worker, registered only when a learner chooses "Make
 * available offline". It downloads every file listed in /offline.json into a
 * cache named after the manifest's version, then serves the course from that
 * cache, falling back to the network for anything else. When the manifest's
 * version changes (checked when a page asks, at most once per visit), it
 * downloads the new copy beside the old one, switches, and tells open pages.
 * Embed views (/embed/) are never served from the cache.
 *
 * Messages from pages: {type:'download'} starts or retries the download;
 * {type:'check'} checks for an update. Messages to pages: {type:'progress',
 * done, total}, {type:'ready', version}, {type:'failed'}, {type:'updated'}.
 */
'use strict';
const PREFIX = 'tc-offline-';
const BATCH = 8;

const broadcast = async (message) => {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
};

async function currentCache() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
  return names.length ? names[names.length - 1] : null;
}

/** Downloads a full copy; a partial copy is deleted so it is never used. */
async function download() {
  const manifest = await (await fetch('/offline.json', { cache: 'no-store' })).json();
  const name = PREFIX + manifest.version;
  const existing = await currentCache();
  if (existing === name) {
    await broadcast({ type: 'ready', version: manifest.version });
    return false;
  }
  const cache = await caches.open(name);
  try {
    for (let i = 0; i < manifest.files.length; i += BATCH) {
      await cache.addAll(manifest.files.slice(i, i + BATCH).map((url) => new Request(url, { cache: 'no-store' })));
      await broadcast({ type: 'progress', done: Math.min(i + BATCH, manifest.files.length), total: manifest.files.length });
    }
  } catch (error) {
    await caches.delete(name);
    await broadcast({ type: 'failed' });
    throw error;
  }
  for (const old of await caches.keys()) if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
  await broadcast({ type: 'ready', version: manifest.version });
  return existing !== null;
}

self.addEventListener('install', (event) => {
  event.waitUntil(download().catch(() => undefined).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

let checked = false;
self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'download') event.waitUntil(download().catch(() => undefined));
  if (type === 'check' && !checked) {
    checked = true;
    event.waitUntil(download().then((updated) => updated && broadcast({ type: 'updated' })).catch(() => undefined));
  }
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/embed/')) return;
  event.respondWith(
    (async () => {
      const name = await currentCache();
      if (name) {
        const cache = await caches.open(name);
        // Pages are cached under their folder URL; queries (?q=) do not change the file.
        const hit = await cache.match(url.pathname, { ignoreSearch: true });
        if (hit) return hit;
      }
      try {
        return await fetch(event.request);
      } catch (error) {
        const cache = name && (await caches.open(name));
        const fallback = cache && (await cache.match('/404.html'));
        if (fallback) return new Response(fallback.body, { status: 404, headers: fallback.headers });
        throw error;
      }
    })(),
  );
});
