#!/usr/bin/env node
// Writes dist/offline.json: every URL the offline copy needs (pages as folder
// URLs, assets, the search index) with the total download size and a version
// that changes whenever any file changes. public/sw.js reads it when the
// learner chooses "Make available offline", and on later visits to pick up
// updates. Embed views, SCORM packages and this manifest itself are left out.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const skip = /^(embed|scorm)(\/|$)|^offline\.json$|^sw\.js$|^_headers$|\.map$/;

// Fill in the download size on pages that offer "Make available offline":
// first a same-length placeholder pass to measure, then the real figure.
const placeholder = '__OFFLINE_SIZE__';
const pagesWithControl = [];

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
for (const rel of files) {
  if (!rel.endsWith('.html')) continue;
  const html = readFileSync(path.join(dist, rel), 'utf8');
  if (html.includes(placeholder)) pagesWithControl.push(rel);
}
const total = files.reduce((sum, rel) => sum + statSync(path.join(dist, rel)).size, 0);
const size = `${(total / 1024 / 1024).toFixed(1)} MB`;
for (const rel of pagesWithControl) {
  const file = path.join(dist, rel);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(placeholder, size));
}

const hash = createHash('sha256');
let bytes = 0;
const urls = files.map((rel) => {
  const content = readFileSync(path.join(dist, rel));
  hash.update(rel).update(content);
  bytes += content.length;
  // Pages are requested as folders (/modules/x/), so cache them under that URL.
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
});
const manifest = { version: hash.digest('hex').slice(0, 16), bytes, files: urls };
writeFileSync(path.join(dist, 'offline.json'), JSON.stringify(manifest));
console.log(`build-offline: ${urls.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, version ${manifest.version}`);
