#!/usr/bin/env node
// Writes one offline manifest per language: dist/offline.json (English, at
// the root) and dist/<lang>/offline.json. Each lists every URL the offline
// copy of that language needs (its pages as folder URLs, the shared assets,
// its part of the search index) with the total download size and a version
// that changes whenever any of those files changes. public/sw.js reads it
// when the learner chooses "Make available offline", and on later visits to
// pick up updates. Embed views, SCORM packages and the manifests are left out.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANG, LANGS } from '../src/i18n/locales.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const others = LANGS.filter((l) => l !== DEFAULT_LANG);
const skip = new RegExp(`^(?:(?:${others.join('|')})/)?(embed|scorm)(/|$)|(^|/)offline\\.json$|^sw\\.js$|^_headers$|\\.map$`);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = path.relative(dist, full).split(path.sep).join('/');
    if (skip.test(rel)) continue;
    if (statSync(full).isDirectory()) walk(full);
    else files.push(rel);
  }
};
walk(dist);

/** The language a file belongs to, 'shared' for assets every language uses. */
function owner(rel) {
  const first = rel.split('/')[0];
  if (others.includes(first)) return first;
  if (rel.startsWith('pagefind/')) {
    // Pagefind names each language's index files <lang>_<hash>; the rest is the shared search code.
    const m = /^([a-z]{2})[-_]/.exec(path.basename(rel));
    return m && LANGS.includes(m[1]) ? m[1] : 'shared';
  }
  if (rel.startsWith('_astro/') || !rel.includes('/') && !rel.endsWith('.html') && !rel.endsWith('.json')) return 'shared';
  return DEFAULT_LANG;
}
const shared = files.filter((f) => owner(f) === 'shared');

// Fill in the download size on pages that offer "Make available offline":
// a placeholder the size of the figure, replaced per language below.
const placeholder = '__OFFLINE_SIZE__';
// Shared files are in every language's manifest: read each file once.
const facts = new Map();
const factsOf = (rel) => {
  let f = facts.get(rel);
  if (!f) {
    const content = readFileSync(path.join(dist, rel));
    f = { size: content.length, digest: createHash('sha256').update(content).digest('hex') };
    facts.set(rel, f);
  }
  return f;
};
const sizeOf = (list) => list.reduce((sum, rel) => sum + statSync(path.join(dist, rel)).size, 0);

for (const lang of LANGS) {
  const own = files.filter((f) => owner(f) === lang);
  const list = [...shared, ...own].sort();
  const size = `${(sizeOf(list) / 1024 / 1024).toFixed(1)} MB`;
  for (const rel of own) {
    if (!rel.endsWith('.html')) continue;
    const file = path.join(dist, rel);
    const html = readFileSync(file, 'utf8');
    if (html.includes(placeholder)) writeFileSync(file, html.replaceAll(placeholder, size));
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const urls = list.map((rel) => {
    // Read after the size placeholder is filled in, so the version covers the final page.
    const { size, digest } = factsOf(rel);
    hash.update(rel).update(digest);
    bytes += size;
    // Pages are requested as folders (/modules/x/), so cache them under that URL.
    return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
  });
  // The 404 page serves every language offline when a page is missing.
  if (lang !== DEFAULT_LANG && files.includes('404.html')) urls.push('/404.html');
  const manifest = { version: hash.digest('hex').slice(0, 16), bytes, files: urls };
  writeFileSync(path.join(dist, lang === DEFAULT_LANG ? '' : lang, 'offline.json'), JSON.stringify(manifest));
  console.log(`build-offline: ${lang}: ${urls.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, version ${manifest.version}`);
}
