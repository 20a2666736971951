/*
 * The course's service worker, registered only when a learner chooses "Make
 * available offline". For the page's language it downloads every file listed
 * in that language's manifest (/offline.json for English, /<lang>/offline.json
 * for the others) into a cache named after the language and the manifest's
 * version, then serves the course from its caches, falling back to the network
 * for anything else. When a manifest's version changes (checked when a page
 * asks, at most once per visit and language), it downloads the new copy beside
 * the old one, switches, and tells open pages. Embed views (/embed/,
 * /<lang>/embed/) are never served from the cache.
 *
 * Messages from pages: {type:'download', lang} starts or retries a download;
 * {type:'check', lang} checks for an update. Messages to pages: {type:'progress',
 * lang, done, total}, {type:'ready', lang, version}, {type:'failed', lang},
 * {type:'updated', lang}.
 */
'use strict';
const PREFIX = 'tc-offline-';
const BATCH = 8;
/** English at the root; other languages' manifests under /<lang>/. */
const manifestUrl = (lang) => (lang === 'en' ? '/offline.json' : `/${lang}/offline.json`);
const isLang = (lang) => typeof lang === 'string' && /^[a-z]{2}$/.test(lang);

const broadcast = async (message) => {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
};

/** The caches of every language made available offline, newest first. */
async function offlineCaches() {
  return (await caches.keys()).filter((n) => n.startsWith(PREFIX)).reverse();
}

/** Downloads a full copy of one language; a partial copy is deleted so it is never used. */
async function download(lang) {
  const manifest = await (await fetch(manifestUrl(lang), { cache: 'no-store' })).json();
  const name = `${PREFIX}${lang}-${manifest.version}`;
  const mine = (await offlineCaches()).filter((n) => n.startsWith(`${PREFIX}${lang}-`));
  if (mine.includes(name)) {
    await broadcast({ type: 'ready', lang, version: manifest.version });
    return false;
  }
  const cache = await caches.open(name);
  try {
    for (let i = 0; i < manifest.files.length; i += BATCH) {
      await cache.addAll(manifest.files.slice(i, i + BATCH).map((url) => new Request(url, { cache: 'no-store' })));
      await broadcast({ type: 'progress', lang, done: Math.min(i + BATCH, manifest.files.length), total: manifest.files.length });
    }
  } catch (error) {
    await caches.delete(name);
    await broadcast({ type: 'failed', lang });
    throw error;
  }
  for (const old of mine) await caches.delete(old);
  await broadcast({ type: 'ready', lang, version: manifest.version });
  return mine.length > 0;
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const checked = new Set();
self.addEventListener('message', (event) => {
  const { type, lang } = event.data || {};
  if (!isLang(lang)) return;
  if (type === 'download') event.waitUntil(download(lang).catch(() => undefined));
  if (type === 'check' && !checked.has(lang)) {
    checked.add(lang);
    event.waitUntil(download(lang).then((updated) => updated && broadcast({ type: 'updated', lang })).catch(() => undefined));
  }
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || /^\/([a-z]{2}\/)?embed\//.test(url.pathname)) return;
  event.respondWith(
    (async () => {
      const names = await offlineCaches();
      for (const name of names) {
        // Pages are cached under their folder URL; queries (?q=) do not change the file.
        const hit = await (await caches.open(name)).match(url.pathname, { ignoreSearch: true });
        if (hit) return hit;
      }
      try {
        return await fetch(event.request);
      } catch (error) {
        for (const name of names) {
          const fallback = await (await caches.open(name)).match('/404.html');
          if (fallback) return new Response(fallback.body, { status: 404, headers: fallback.headers });
        }
        throw error;
      }
    })(),
  );
});
